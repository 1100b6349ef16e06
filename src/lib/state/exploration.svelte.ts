/**
 * The one shared exploration state: what is selected, which time window and map view are
 * shown, the filters, the mode and the tour stop. Views read it and change it only through
 * its intent-named methods; the timeline and the map meet here and never import each other.
 */
import { getContext, setContext } from 'svelte';
import type { EventKind, Role } from '$lib/domain/types';
import { formatRelationKey, parseRelationKey } from '$lib/domain/relations';
import { EMPTY_FILTERS, type Filters, type MapView, type Mode, type TimeWindow, type UrlState } from './url-state';

/** Where a change came from, so a view can ignore the echo of its own change. */
export type Origin = 'timeline' | 'map' | 'list' | 'relations' | 'url' | 'tour' | 'kiosk' | 'presenter' | 'other';

export class ExplorationState {
	#event = $state<string | null>(null);
	#person = $state<string | null>(null);
	#window = $state<TimeWindow | null>(null);
	#map = $state<MapView | null>(null);
	#filters = $state<Filters>({ ...EMPTY_FILTERS });
	#mode = $state<Mode>('explore');
	#stop = $state<number | null>(null);
	#lastOrigin = $state<Origin>('other');
	/** A mode no URL can change (the kiosk's), or null. */
	#pinned: { mode: Mode } | null = null;
	/** The open tour's stops (event ids in order), or null outside a tour. */
	#tour: readonly string[] | null = null;
	/** The relation (from|to|kind) the relations view is stepping through, or null. */
	#relation = $state<string | null>(null);

	get selectedEvent() {
		return this.#event;
	}
	get selectedPerson() {
		return this.#person;
	}
	get window() {
		return this.#window;
	}
	get mapView() {
		return this.#map;
	}
	get filters() {
		return this.#filters;
	}
	get mode() {
		return this.#mode;
	}
	get stop() {
		return this.#stop;
	}
	/** The view that made the last selection or window change. */
	get lastOrigin() {
		return this.#lastOrigin;
	}
	/** The selected relation between two polities, "<from>|<to>|<kind>" (domain/relations), or null. */
	get selectedRelation() {
		return this.#relation;
	}

	/**
	 * Selects an event (and clears a person selection); null clears. In a tour, selecting one of
	 * its events (on the timeline or the map) moves the tour to that stop. A selection made outside
	 * the relations view leaves the relation it was stepping through.
	 */
	select(id: string | null, origin: Origin = 'other') {
		this.#lastOrigin = origin;
		this.#event = id;
		if (id) this.#person = null;
		const at = id && this.#tour ? this.#tour.indexOf(id) : -1;
		if (at >= 0) this.#stop = at + 1;
		if (origin !== 'relations') this.#relation = null;
	}

	selectPerson(id: string | null, origin: Origin = 'other') {
		this.#lastOrigin = origin;
		this.#person = id;
		if (id) {
			this.#event = null;
			this.#relation = null;
		}
	}

	/**
	 * Selects a relation ("<from>|<to>|<kind>") and one of its events, which the timeline and
	 * the map then show as selected; null clears both. An invalid key clears too.
	 */
	selectRelation(key: string | null, event: string | null, origin: Origin = 'relations') {
		const parsed = parseRelationKey(key);
		this.#lastOrigin = origin;
		this.#relation = parsed && formatRelationKey(parsed);
		this.#event = parsed ? event : null;
		this.#person = null;
	}

	clearSelection(origin: Origin = 'other') {
		this.#lastOrigin = origin;
		this.#event = null;
		this.#person = null;
		this.#relation = null;
	}

	/** The visible time window in decimal years (see domain/dates); null means "everything". */
	setWindow(from: number, to: number, origin: Origin = 'other') {
		if (!(from < to)) return;
		const w = this.#window;
		if (w && Math.abs(w.from - from) < 1e-6 && Math.abs(w.to - to) < 1e-6) return;
		this.#lastOrigin = origin;
		this.#window = { from, to };
	}

	resetWindow(origin: Origin = 'other') {
		this.#lastOrigin = origin;
		this.#window = null;
	}

	setMapView(view: MapView | null) {
		const m = this.#map;
		if (
			m &&
			view &&
			Math.abs(m.lon - view.lon) < 1e-4 &&
			Math.abs(m.lat - view.lat) < 1e-4 &&
			Math.abs(m.zoom - view.zoom) < 1e-3
		)
			return;
		this.#map = view;
	}

	setFilters(patch: Partial<Filters>) {
		this.#filters = { ...this.#filters, ...patch };
	}

	toggleKind(kind: EventKind) {
		const kinds = this.#filters.kinds.includes(kind)
			? this.#filters.kinds.filter((k) => k !== kind)
			: [...this.#filters.kinds, kind];
		this.setFilters({ kinds });
	}

	toggleRole(role: Role) {
		const roles = this.#filters.roles.includes(role)
			? this.#filters.roles.filter((r) => r !== role)
			: [...this.#filters.roles, role];
		this.setFilters({ roles });
	}

	/** Adds a polity to the filter, or takes it out again. */
	togglePolity(id: string) {
		const polities = this.#filters.polities.includes(id)
			? this.#filters.polities.filter((p) => p !== id)
			: [...this.#filters.polities, id];
		this.setFilters({ polities });
	}

	clearFilters() {
		this.#filters = { ...EMPTY_FILTERS };
	}

	/** Changes the mode, unless it is pinned. */
	setMode(mode: Mode) {
		if (!this.#pinned) this.#mode = mode;
	}

	/**
	 * Holds the mode whatever the URL or a view says (the kiosk is a kiosk on every page it
	 * shows); returns the function that lets go of it.
	 */
	pinMode(mode: Mode): () => void {
		const pin = { mode };
		this.#pinned = pin;
		this.#mode = mode;
		return () => {
			// Only its own pin: a kiosk page mounted before the previous one unmounts keeps its pin.
			if (this.#pinned === pin) this.#pinned = null;
		};
	}

	/**
	 * A tour page opens its stops (event ids in order) while it is shown; returns the function
	 * that closes the tour. A stop named by the URL without its event gets its event.
	 */
	openTour(stops: readonly string[]): () => void {
		this.#tour = stops;
		this.#completeStop();
		return () => {
			if (this.#tour === stops) this.#tour = null;
		};
	}

	/** A tour step: the stop (null: the introduction) and its event change together, one history entry. */
	goToStop(stop: number | null, origin: Origin = 'tour') {
		this.#lastOrigin = origin;
		this.#stop = stop;
		this.#event = (stop && this.#tour?.[stop - 1]) || null;
		if (this.#event) this.#person = null;
	}

	#completeStop() {
		if (!this.#tour?.length || this.#stop === null || this.#event) return;
		const at = Math.min(Math.max(Math.round(this.#stop), 1), this.#tour.length);
		this.#event = this.#tour[at - 1];
		this.#person = null;
	}

	/** Back to the start: no selection, whole span, default map, no filters. */
	reset(origin: Origin = 'other') {
		this.#lastOrigin = origin;
		this.#event = null;
		this.#person = null;
		this.#window = null;
		this.#map = null;
		this.#filters = { ...EMPTY_FILTERS };
		this.#stop = null;
		this.#relation = null;
	}

	toUrlState(): UrlState {
		return {
			event: this.#event,
			person: this.#person,
			window: this.#window,
			map: this.#map,
			filters: this.#filters,
			mode: this.#mode,
			stop: this.#stop,
			relation: this.#relation
		};
	}

	applyUrlState(url: UrlState) {
		this.#lastOrigin = 'url';
		this.#event = url.event;
		this.#person = url.person;
		this.#window = url.window;
		this.#map = url.map;
		this.#filters = url.filters;
		if (!this.#pinned) this.#mode = url.mode;
		this.#stop = url.stop;
		this.#relation = url.relation ?? null;
		this.#completeStop();
	}
}

const KEY = Symbol('exploration-state');

export function provideExplorationState(state: ExplorationState): ExplorationState {
	return setContext(KEY, state);
}

/** The state as the context of a component rendered or mounted on its own (svelte/server's render, mount). */
export function explorationContext(state: ExplorationState): Map<unknown, unknown> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a context, read once as the component starts
	return new Map([[KEY, state]]);
}

/** The state when a parent provides one (components usable outside the explorer ask this way). */
export function maybeExplorationState(): ExplorationState | undefined {
	return getContext<ExplorationState | undefined>(KEY);
}

export function useExplorationState(): ExplorationState {
	const state = getContext<ExplorationState | undefined>(KEY);
	if (!state) throw new Error('useExplorationState() needs provideExplorationState() in a parent component');
	return state;
}
