import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TimeWindow } from '$lib/domain/types';
import { transformFor, windowOf, type ZoomLike } from '$lib/timeline/scale';
import { PUBLISH_MS, SETTLE_MS, TimelineView, type ViewHost } from '$lib/timeline/timeline-view.svelte';
import type { TimelineZoom } from '$lib/timeline/zoom';

const SPAN = { from: 1400, to: 2000 };
const OVERVIEW = { from: 1500, to: 1900 };
const WIDTH = 1000;

/** A d3-zoom stand-in: records what it was asked and reports transforms like d3 does. */
function fakeZoom(view: () => TimelineView) {
	const calls: string[] = [];
	const synced: ZoomLike[] = [];
	const zoom: TimelineZoom = {
		transform(t, animate) {
			calls.push(`transform ${animate ? 'glide' : 'jump'}`);
			view().onZoom(t, false);
			view().onEnd(false);
		},
		scaleBy(factor, _at, animate) {
			calls.push(`scaleBy ${factor} ${animate ? 'glide' : 'jump'}`);
		},
		translateBy(px) {
			calls.push(`translateBy ${px}`);
		},
		refresh() {
			calls.push('refresh');
		},
		sync(t) {
			synced.push(t);
		},
		destroy() {
			calls.push('destroy');
		}
	};
	return { zoom, calls, synced };
}

function setup(reduced = false) {
	const published: (TimeWindow | null)[] = [];
	const host: ViewHost = {
		span: () => SPAN,
		width: () => WIDTH,
		overview: () => OVERVIEW,
		reducedMotion: () => reduced,
		publish: (w) => published.push(w)
	};
	const view = new TimelineView(host);
	const { zoom, calls, synced } = fakeZoom(() => view);
	view.attach(zoom);
	return { view, published, calls, synced };
}

const at = (win: TimeWindow): ZoomLike => transformFor(SPAN, WIDTH, win);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TimelineView', () => {
	test('starts at the overview, laid out there, at rest', () => {
		const { view } = setup();
		expect(view.window.from).toBeCloseTo(OVERVIEW.from, 6);
		expect(view.window.to).toBeCloseTo(OVERVIEW.to, 6);
		expect(view.layout).toEqual(view.transform);
		expect(view.moving).toBe(false);
	});

	test('tells the zoom where it starts (the overview) as it attaches, and again when measured at rest', () => {
		const { view, synced } = setup();
		expect(synced).toEqual([view.transform]);
		view.onZoom(at({ from: 1600, to: 1700 }), true);
		view.measured();
		expect(synced).toHaveLength(1);
		view.settle();
		view.measured();
		expect(synced).toEqual([at(OVERVIEW), view.transform]);
	});

	test('is engaged (the SVG lays out what a pan brings in) from its first motion, not before', () => {
		const { view } = setup();
		expect(view.engaged).toBe(false);
		view.follow({ from: 1600, to: 1700 });
		expect(view.engaged).toBe(true);
	});

	test('a gesture moves the view at once; the SVG is laid out only after it has rested', () => {
		const { view, published } = setup();
		const before = view.layout;
		view.onZoom(at({ from: 1600, to: 1700 }), true);
		expect(view.moving).toBe(true);
		expect(view.window.from).toBeCloseTo(1600, 6);
		expect(view.layout).toEqual(before);
		view.onEnd(true);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(view.moving).toBe(true);
		// Another step before the quiet spell ends postpones the layout.
		view.onZoom(at({ from: 1610, to: 1710 }), true);
		view.onEnd(true);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(view.layout).toEqual(before);
		vi.advanceTimersByTime(1);
		expect(view.moving).toBe(false);
		expect(view.layout).toEqual(view.transform);
		expect(published).toHaveLength(1);
		expect(published[0]!.from).toBeCloseTo(1610, 6);
	});

	test('a long gesture publishes its window every PUBLISH_MS, so the map can follow', () => {
		const { view, published } = setup();
		for (let t = 0; t < 2 * PUBLISH_MS + 50; t += 50) {
			view.onZoom(at({ from: 1600 + t / 100, to: 1700 + t / 100 }), true);
			vi.advanceTimersByTime(50);
		}
		expect(published).toHaveLength(2);
		expect(view.moving).toBe(true);
	});

	test('a programmatic move settles without publishing', () => {
		const { view, published } = setup();
		view.onZoom(at({ from: 1600, to: 1700 }), false);
		view.onEnd(false);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(view.moving).toBe(false);
		expect(published).toEqual([]);
	});

	test('back at the overview the window is published as a reset (null)', () => {
		const { view, published } = setup();
		view.onZoom(at(OVERVIEW), true);
		view.onEnd(true);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(published).toEqual([null]);
	});

	test.each([
		['a glide when motion is welcome', false, 'transform glide'],
		['a jump when the reader prefers reduced motion', true, 'transform jump']
	])('showWindow asks d3 for %s', (_name, reduced, call) => {
		const { view, calls } = setup(reduced);
		view.showWindow({ from: 1700, to: 1800 }, true, true);
		expect(calls).toContain(call);
	});

	test('a jump lays the SVG out at once and publishes when the reader asked for it', () => {
		const { view, published } = setup(true);
		view.showWindow({ from: 1700, to: 1800 }, true, true);
		expect(view.moving).toBe(false);
		expect(view.layout).toEqual(view.transform);
		expect(published[0]!.from).toBeCloseTo(1700, 6);
	});

	test('a window from elsewhere is applied unless it is already shown, and never published back', () => {
		const { view, calls, published } = setup();
		view.follow(null);
		expect(calls).toEqual([]);
		view.follow({ from: 1700, to: 1800 });
		expect(calls).toEqual(['transform jump']);
		expect(view.window.from).toBeCloseTo(1700, 6);
		expect(published).toEqual([]);
	});

	test('after a resize the same years stay in view', () => {
		const { view } = setup();
		view.follow({ from: 1700, to: 1800 });
		// The host is now 1000 px wide; the transform was made for 500 px.
		view.transform = transformFor(SPAN, 500, { from: 1700, to: 1800 });
		view.resized(500);
		expect(windowOf(SPAN, WIDTH, view.transform).from).toBeCloseTo(1700, 6);
		expect(windowOf(SPAN, WIDTH, view.transform).to).toBeCloseTo(1800, 6);
	});

	test.each([
		['zoom in', (v: TimelineView) => v.zoomBy(2), 'scaleBy 2 glide'],
		['zoom out', (v: TimelineView) => v.zoomBy(0.5), 'scaleBy 0.5 glide'],
		['earlier by half a screen', (v: TimelineView) => v.page(-1), 'translateBy 500'],
		['later by half a screen', (v: TimelineView) => v.page(1), 'translateBy -500']
	])('%s', (_name, act, call) => {
		const { view, calls } = setup();
		act(view);
		expect(calls).toEqual([call]);
	});

	test('destroy detaches d3 and cancels the timers', () => {
		const { view, calls, published } = setup();
		view.onZoom(at({ from: 1600, to: 1700 }), true);
		view.onEnd(true);
		view.destroy();
		vi.advanceTimersByTime(PUBLISH_MS * 2);
		expect(calls).toEqual(['destroy']);
		expect(published).toEqual([]);
		expect(view.attached).toBe(false);
	});
});
