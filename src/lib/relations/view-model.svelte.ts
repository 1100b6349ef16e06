/**
 * What the relations view shows, derived from the content and the shared state: the column and
 * lanes (from the whole corpus, so nothing moves), the network of the window under the filters,
 * the selected relation with its events, the relations of a selected event, and the frames a
 * play goes through. Runes in a function, so the view and the presenter's steps share one
 * derivation each.
 */
import { filterEvents } from '$lib/domain/queries';
import { formatRelationKey, isDirected, parseRelationKey, relationsOfEvent } from '$lib/domain/relations';
import type { ContentModel } from '$lib/domain/types';
import { localTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import type { ExplorationState } from '$lib/state/exploration.svelte';
import { actsOf } from './acts';
import { arcLanes, polityOrder } from './arc-layout';
import { actsExtent, byId as indexById, eventsInNetwork, eventsOfRelation, networkOf } from './network';
import { playFrames, playYears } from './play';

const shown = (k: ReturnType<typeof relationsOfEvent>[number]) => ({
	...k,
	key: formatRelationKey(k),
	directed: isDirected(k.kind)
});

export type RelationsViewModel = ReturnType<typeof relationsViewModel>;

export function relationsViewModel(model: () => ContentModel, locale: () => Locale, state: ExplorationState) {
	const polities = $derived(indexById(model().polities));
	const byId = $derived(indexById(model().events));
	const allActs = $derived(actsOf(model().events));
	const order = $derived(polityOrder(model().polities, allActs));
	const lanes = $derived(arcLanes(networkOf(allActs, null).relations, order));
	// Kind and role filters choose the events; the polity filter chooses relations (networkOf).
	const events = $derived(filterEvents(model(), { ...state.filters, polities: [] }));
	const acts = $derived(actsOf(events));
	const network = $derived(networkOf(acts, state.window, state.filters.polities));
	// Frames depend on the window's width only, so moving the window does not recount them.
	const extent = $derived(actsExtent(acts));
	const years = $derived(playYears(state.window, extent));
	const frames = $derived(playFrames(acts, years));
	const selected = $derived.by(() => {
		const k = parseRelationKey(state.selectedRelation);
		return k && shown(k);
	});
	const relationEvents = $derived.by(() => {
		const key = state.selectedRelation;
		if (!key) return [];
		const ids = eventsOfRelation(acts, key);
		return events.filter((e) => ids.has(e.id));
	});
	const inWindow = $derived(eventsInNetwork(network, state.selectedRelation));
	// Without a relation chosen: the relations of the selected event, else (a polity chosen) of
	// the polity, so a finger on a kiosk can choose one as a large button rather than a thin arc.
	const choices = $derived.by(() => {
		const id = state.selectedEvent;
		const e = id ? byId.get(id) : undefined;
		if (e) return { of: 'event' as const, relations: relationsOfEvent(e).map(shown) };
		if (state.filters.polities.length)
			return { of: 'polity' as const, relations: [...network.relations].sort((a, b) => b.count - a.count) };
		return { of: null, relations: [] };
	});

	return {
		get order() {
			return order;
		},
		get lanes() {
			return lanes;
		},
		/** The events the kind and role filters keep. */
		get events() {
			return events;
		},
		get network() {
			return network;
		},
		get frames() {
			return frames;
		},
		get selected() {
			return selected;
		},
		/** Every event of the selected relation under the filters, in date order, whatever the window. */
		get relationEvents() {
			return relationEvents;
		},
		/** Those of them in the window. */
		get inWindow() {
			return inWindow;
		},
		/** Relations to offer as buttons: those of the selected event, or of the chosen polities. */
		get choices() {
			return choices;
		},
		name: (id: string) => {
			const p = polities.get(id);
			return p ? localTitle(p.texts, locale()) : id;
		},
		/** The event a chosen relation starts at: its first in the window, else its first at all. */
		firstEvent(key: string): string | null {
			return network.relations.find((r) => r.key === key)?.events[0] ?? acts.find((a) => a.key === key)?.event ?? null;
		}
	};
}
