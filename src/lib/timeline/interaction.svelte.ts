/**
 * What the reader's picks and keys do in the timeline: keyboard focus (one tab stop, arrows
 * walk events then lanes), selecting through the shared state, opening a count badge, and
 * bringing a selection made elsewhere into view.
 */
import type { Locale } from '$lib/i18n/locales';
import type { ExplorationState } from '$lib/state/exploration.svelte';
import type { Cluster } from './clusters';
import { clusterLabel } from './cluster-text';
import { keyAction } from './keyboard';
import { moveFocus, type FocusItem, type NavModel } from './navigation';
import { focusWindow } from './scale';
import type { Scene } from './scene';
import type { TimelineData } from './timeline-data';
import type { TimelineTexts } from './texts';
import type { TimelineView } from './timeline-view.svelte';
import type { Tip } from './toggles';

export interface InteractionHost {
	view: TimelineView;
	exploration: ExplorationState;
	data(): TimelineData;
	/** The scene the SVG shows now. */
	scene(): Scene;
	/** Keyboard order: events in time order, then lanes top to bottom. */
	nav(): NavModel;
	texts(): TimelineTexts;
	locale(): Locale;
}

export class TimelineInteraction {
	focus = $state<FocusItem | null>(null);
	/** The timeline has keyboard focus: the focus ring shows. */
	focused = $state(false);
	/** What the pointer is on that has a tooltip (a count badge, a polity). */
	hover = $state<Tip | null>(null);
	#host: InteractionHost;

	constructor(host: InteractionHost) {
		this.#host = host;
	}

	/** What the screen reader's live region says about the focused item. */
	get announcement(): string {
		const f = this.focus;
		if (!f) return '';
		const texts = this.#host.texts();
		if (f.kind === 'person') return texts.personName(f.id);
		return this.#host.data().events.has(f.id) ? texts.eventName(f.id) : '';
	}

	/** The tooltip to show: what a count holds when the keyboard is on an event folded into it, as a pointer would see. */
	tip(r: number): Tip | null {
		const c = this.focused ? this.countFocused() : null;
		if (!c) return this.hover;
		return { text: clusterLabel(c.cluster, this.#host.data().events, this.#host.locale()), x: c.x, y: c.y - r - 6 };
	}

	/** The id of the element the screen reader is on (aria-activedescendant). */
	activeId(): string | undefined {
		const f = this.focus;
		if (!f || !this.focused) return undefined;
		if (f.kind === 'person') return `tl-p-${f.id}`;
		const scene = this.#host.scene();
		if (scene.mode !== 'svg') return undefined;
		if (scene.items.some((it) => it.type === 'mark' && it.mark.id === f.id)) return `tl-e-${f.id}`;
		// An event folded into a count: the count is read out (what it holds).
		const count = this.countFocused();
		return count ? `tl-c-${count.cluster.marks[0].id}` : undefined;
	}

	/** The count badge the focused event is folded into, if it is. */
	countFocused(): Extract<Scene['items'][number], { type: 'count' }> | null {
		const f = this.focus;
		if (f?.kind !== 'event') return null;
		for (const it of this.#host.scene().items)
			if (it.type === 'count' && it.cluster.marks.some((mk) => mk.id === f.id)) return it;
		return null;
	}

	pickEvent(id: string) {
		const { exploration } = this.#host;
		this.focus = { kind: 'event', id };
		exploration.select(exploration.selectedEvent === id ? null : id, 'timeline');
	}

	pickPerson(id: string) {
		const { exploration } = this.#host;
		this.focus = { kind: 'person', id };
		exploration.selectPerson(exploration.selectedPerson === id ? null : id, 'timeline');
	}

	/** Zooms into a count badge's group so its events show as themselves. */
	expand(c: Cluster) {
		const pad = Math.max((c.last - c.first) * 0.3, 0.1);
		this.#host.view.showWindow({ from: c.first - pad, to: c.last + pad }, true, true);
	}

	/** A selection made elsewhere (map, tour, URL) takes the focus and glides into view. */
	follow(eventId: string | null, personId: string | null) {
		const data = this.#host.data();
		const at = eventId ? data.events.get(eventId) : personId ? data.spans.find((s) => s.id === personId) : undefined;
		if (!at) return;
		this.focus = eventId ? { kind: 'event', id: eventId } : { kind: 'person', id: personId! };
		const { view, exploration } = this.#host;
		const target = focusWindow(exploration.window ?? view.window, data.span, at);
		if (target) view.showWindow(target, true, true);
		else if (eventId) {
			// In view but folded into a count: open the group so the event shows as itself.
			const group = this.#countHolding(eventId);
			if (group) this.expand(group);
		}
	}

	/** Zoom keys and buttons zoom around the focused mark when it is in view. */
	anchor(): number | undefined {
		const f = this.focus;
		const mk = f?.kind === 'event' ? this.#host.data().marks.find((k) => k.id === f.id) : undefined;
		const scene = this.#host.scene();
		const px = mk ? scene.x(mk.pos) : -1;
		return px >= 0 && px <= scene.x(scene.win.to) ? px : undefined;
	}

	onKey(e: KeyboardEvent) {
		const { view, exploration } = this.#host;
		const hasSelection = !!(exploration.selectedEvent || exploration.selectedPerson);
		const action = keyAction(e.key, { hasFocus: !!this.focus, hasSelection });
		if (!action) return;
		e.preventDefault();
		const f = this.focus;
		if (action.type === 'move') {
			const win = view.window;
			const next = moveFocus(this.#host.nav(), f, action.key, (win.from + win.to) / 2);
			if (next) {
				this.focus = next;
				this.#ensureVisible(next);
			}
		} else if (action.type === 'select' && f) {
			// An event hidden in a count is selected and its group opened, so it can be seen.
			const cluster = f.kind === 'event' ? this.#countHolding(f.id) : undefined;
			if (cluster) this.expand(cluster);
			if (f.kind === 'event') exploration.select(f.id, 'timeline');
			else exploration.selectPerson(f.id, 'timeline');
		} else if (action.type === 'clear') exploration.clearSelection('timeline');
		else if (action.type === 'zoomIn') view.zoomBy(2, this.anchor());
		else if (action.type === 'zoomOut') view.zoomBy(0.5, this.anchor());
		else if (action.type === 'reset') view.reset();
		else if (action.type === 'page') view.page(action.direction);
	}

	/** The count badge an event is folded into at the current zoom, if it is. */
	#countHolding(id: string): Cluster | undefined {
		for (const it of this.#host.scene().items)
			if (it.type === 'count' && it.cluster.marks.some((mk) => mk.id === id)) return it.cluster;
		return undefined;
	}

	/** Pans so the focused item is not at the very edge of the view. */
	#ensureVisible(item: FocusItem) {
		const { view } = this.#host;
		const data = this.#host.data();
		const at = item.kind === 'event' ? data.events.get(item.id) : data.spans.find((s) => s.id === item.id);
		if (!at) return;
		const win = view.window;
		const pos =
			item.kind === 'event'
				? data.marks.find((mk) => mk.id === item.id)!.pos
				: Math.max(at.start, Math.min(at.stop, (win.from + win.to) / 2));
		const years = win.to - win.from;
		if (pos < win.from + years * 0.05 || pos > win.to - years * 0.05)
			view.showWindow({ from: pos - years / 2, to: pos + years / 2 }, true, true);
	}
}
