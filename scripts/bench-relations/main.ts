/**
 * The benchmark page: builds the synthetic corpus and offers `window.bench` to the driver
 * (scripts/bench-relations.ts), which times, in Chromium, mounting each view (layout and first
 * drawn frame) and changing the time window (state change to the next drawn frame).
 */
import { flushSync, mount, unmount } from 'svelte';
import '../../src/lib/styles/global.css';
import { ExplorationState } from '../../src/lib/state/exploration.svelte';
import { actsOf } from '../../src/lib/relations/acts';
import { arcDiagram, arcLanes, polityOrder } from '../../src/lib/relations/arc-layout';
import { networkOf } from '../../src/lib/relations/network';
import { relationSizes } from '../../src/lib/relations/sizes';
import Harness from './Harness.svelte';
import { forceBaseline } from './force-baseline';
import { synthesize } from './synthetic';

const q = new URLSearchParams(location.search);
const model = synthesize(Number(q.get('polities') ?? 100), Number(q.get('acts') ?? 5000));
const acts = actsOf(model.events);
const target = document.getElementById('app')!;

/** Resolves after the next frame has been produced (style, layout, paint). */
const nextFrame = () =>
	new Promise<void>((resolve) =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve();
			channel.port2.postMessage(0);
		})
	);

let atlas: { state: ExplorationState; app: ReturnType<typeof mount> } | null = null;
let baseline: ReturnType<typeof forceBaseline> | null = null;

const bench = {
	info: () => ({ polities: model.polities.length, events: model.events.length, acts: acts.length }),
	async mountAtlas() {
		await nextFrame();
		const t0 = performance.now();
		const state = new ExplorationState();
		const app = mount(Harness, { target, props: { model, state } });
		flushSync();
		await nextFrame();
		atlas = { state, app };
		return performance.now() - t0;
	},
	async windowAtlas(from: number | null, to: number | null) {
		const t0 = performance.now();
		if (from === null || to === null) atlas!.state.resetWindow('timeline');
		else atlas!.state.setWindow(from, to, 'timeline');
		await nextFrame();
		return performance.now() - t0;
	},
	async mountBaseline() {
		await nextFrame();
		const t0 = performance.now();
		baseline = forceBaseline(target, polityOrder(model.polities, acts), acts, 1200, 1200);
		await nextFrame();
		return performance.now() - t0;
	},
	async windowBaseline(from: number | null, to: number | null) {
		const t0 = performance.now();
		baseline!.draw(from === null || to === null ? null : { from, to });
		await nextFrame();
		return performance.now() - t0;
	},
	/** The arcs of a window as the diagram lays them out at 1280 px. */
	arcs(from: number | null, to: number | null) {
		const order = polityOrder(model.polities, acts);
		const lanes = arcLanes(networkOf(acts, null).relations, order);
		const s = relationSizes(1280, 'explore');
		const net = networkOf(acts, from === null || to === null ? null : { from, to });
		return arcDiagram(order, net.relations, lanes, { ...s, width: 1280 - s.labelWidth }).arcs;
	},
	/** The arc layout's own work for one window, without the DOM. */
	layoutOnly(from: number | null, to: number | null) {
		const order = polityOrder(model.polities, acts);
		const lanes = arcLanes(networkOf(acts, null).relations, order);
		const s = relationSizes(1280, 'explore');
		const t0 = performance.now();
		const net = networkOf(acts, from === null || to === null ? null : { from, to });
		arcDiagram(order, net.relations, lanes, { ...s, width: 1280 - s.labelWidth });
		return performance.now() - t0;
	},
	/** Arcs drawn by the atlas (SVG elements or canvas), or lines by the baseline. */
	edgesDrawn: () => {
		const diagram = document.querySelector<HTMLElement>('[data-arcs]');
		return diagram ? Number(diagram.dataset.arcs) : document.querySelectorAll('[data-relation]').length;
	},
	renderMode: () => document.querySelector<HTMLElement>('[data-render-mode]')?.dataset.renderMode ?? 'svg',
	expectedEdges: (from: number | null, to: number | null) =>
		networkOf(acts, from === null || to === null ? null : { from, to }).relations.length,
	clear() {
		if (atlas) unmount(atlas.app);
		baseline?.destroy();
		atlas = null;
		baseline = null;
		target.replaceChildren();
	}
};

Object.assign(window, { bench });
document.body.dataset.ready = 'true';
