/**
 * Inputs of a locator map for some events: their places and curved routes. Shared by the event
 * and place pages and by the printable tour handout (modes), which passes a tour's events.
 */
import type { ContentModel, EventEntry, Place } from '$lib/domain/types';
import { localTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import { KIND_STYLE } from '$lib/styles/palette';
import { eventPlaceIds, routeStops } from './geojson';
import { journeyStops, type StaticPlace, type StaticRoute } from './static-map';
import { journeysOf, type Journey } from './journeys';

export type LocatorPlace = Pick<Place, 'id' | 'lat' | 'lon' | 'texts'>;
export type LocatorEvent = Pick<EventEntry, 'id' | 'kind' | 'places' | 'route'>;

/**
 * Places and routes of the given events, places named in the reader's language. An event with a
 * journey (an embassy or a letter) is drawn as that journey: its ends too, dashed where undocumented.
 */
export function locatorInputs(
	events: LocatorEvent[],
	places: LocatorPlace[],
	locale: Locale,
	journeys: LocatorJourney[] = []
): { places: StaticPlace[]; routes: StaticRoute[] } {
	const byId = new Map([...places, ...journeys.flatMap((j) => j.places)].map((p) => [p.id, p]));
	const journeyOf = new Map(journeys.map((j) => [j.journey.event, j.journey]));
	const touched = events.flatMap((e) => [...eventPlaceIds(e), ...(journeyOf.get(e.id)?.stops ?? [])]);
	const ids = [...new Set(touched)].filter((id) => byId.has(id));
	return {
		places: ids.map((id) => {
			const p = byId.get(id)!;
			return { id, name: localTitle(p.texts, locale), lon: p.lon, lat: p.lat };
		}),
		routes: events
			.map((e) => {
				const journey = journeyOf.get(e.id);
				const route = { id: e.id, color: KIND_STYLE[e.kind].color };
				return journey ? { ...route, ...journeyStops(journey, byId) } : { ...route, stops: routeStops(e, byId) };
			})
			.filter((r) => r.stops.length > 1)
	};
}

/** The same for events picked from the whole model by id (a tour's stops, in order). */
export function locatorFor(
	model: Pick<ContentModel, 'events' | 'places'> & Partial<Pick<ContentModel, 'polities'>>,
	eventIds: string[],
	locale: Locale
) {
	const byId = new Map(model.events.map((e) => [e.id, e]));
	const events = eventIds.map((id) => byId.get(id)).filter((e): e is EventEntry => !!e);
	const full = model.polities ? (model as Pick<ContentModel, 'events' | 'places' | 'polities'>) : null;
	const journeys = full ? events.flatMap((e) => locatorJourney(full, e.id) ?? []) : [];
	return locatorInputs(events, model.places, locale, journeys);
}

/** An event's journey with the places it runs through, for its page's locator map (built at prerender). */
export interface LocatorJourney {
	journey: Journey;
	places: LocatorPlace[];
}

const journeysByModel = new WeakMap<object, Map<string, Journey>>();

/** The journey of one embassy or letter of the model, if the map can place it. */
export function locatorJourney(
	model: Pick<ContentModel, 'events' | 'places' | 'polities'>,
	eventId: string
): LocatorJourney | null {
	let byEvent = journeysByModel.get(model);
	if (!byEvent) {
		byEvent = new Map(journeysOf(model.events, model.polities).journeys.map((j) => [j.event, j]));
		journeysByModel.set(model, byEvent);
	}
	const journey = byEvent.get(eventId);
	if (!journey) return null;
	const byId = new Map(model.places.map((p) => [p.id, p]));
	const places = journey.stops.flatMap((id) => {
		const p = byId.get(id);
		if (!p) return [];
		// Names only: the page needs no place bodies.
		const texts = Object.fromEntries(Object.entries(p.texts).map(([l, t]) => [l, t && { ...t, html: '' }]));
		return [{ id, lon: p.lon, lat: p.lat, texts: texts as LocatorPlace['texts'] }];
	});
	return { journey, places };
}
