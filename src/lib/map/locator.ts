/**
 * Inputs of a locator map for some events: their places and curved routes. Shared by the event
 * and place pages and by the printable tour handout (modes), which passes a tour's events.
 */
import type { ContentModel, EventEntry, Place } from '$lib/domain/types';
import { localTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import { KIND_STYLE } from '$lib/styles/palette';
import { eventPlaceIds, routeStops } from './geojson';
import type { StaticPlace, StaticRoute } from './static-map';

export type LocatorPlace = Pick<Place, 'id' | 'lat' | 'lon' | 'texts'>;
export type LocatorEvent = Pick<EventEntry, 'id' | 'kind' | 'places' | 'route'>;

/** Places and routes of the given events, places named in the reader's language. */
export function locatorInputs(
	events: LocatorEvent[],
	places: LocatorPlace[],
	locale: Locale
): { places: StaticPlace[]; routes: StaticRoute[] } {
	const byId = new Map(places.map((p) => [p.id, p]));
	const ids = [...new Set(events.flatMap(eventPlaceIds))].filter((id) => byId.has(id));
	return {
		places: ids.map((id) => {
			const p = byId.get(id)!;
			return { id, name: localTitle(p.texts, locale), lon: p.lon, lat: p.lat };
		}),
		routes: events
			.map((e) => ({ id: e.id, color: KIND_STYLE[e.kind].color, stops: routeStops(e, byId) }))
			.filter((r) => r.stops.length > 1)
	};
}

/** The same for events picked from the whole model by id (a tour's stops, in order). */
export function locatorFor(model: Pick<ContentModel, 'events' | 'places'>, eventIds: string[], locale: Locale) {
	const byId = new Map(model.events.map((e) => [e.id, e]));
	const events = eventIds.map((id) => byId.get(id)).filter((e): e is EventEntry => !!e);
	return locatorInputs(events, model.places, locale);
}
