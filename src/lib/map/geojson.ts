/**
 * Content → GeoJSON for the map, pure: how many events touch each place, the place points
 * labelled in the reader's language and the curved routes coloured by kind, each with its
 * span. The MapLibre view and the static SVG fallback both draw from these.
 */
import type { EventEntry, EventKind, Place } from '$lib/domain/types';
import { localTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import { KIND_STYLE } from '$lib/styles/palette';
import type { LonLat } from './basemap-region';
import { curvedRoute } from './curves';

export interface PlaceProps {
	id: string;
	name: string;
	/** Events in the window at this place (as a venue or a stop on a route). */
	count: number;
	/** 1 when the place belongs to the selected event. */
	selected: number;
}

export interface RouteProps {
	id: string;
	kind: EventKind;
	color: string;
	/** The event's span in decimal years: the map shows the route while it overlaps the window (style.ts). */
	start: number;
	stop: number;
}

export type PlaceCollection = GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProps>;
export type RouteCollection = GeoJSON.FeatureCollection<GeoJSON.LineString, RouteProps>;

/** Every place an event touches: where it happened and each stop of its route. */
export function eventPlaceIds(event: Pick<EventEntry, 'places' | 'route'>): string[] {
	return [...new Set([...event.places, ...event.route])];
}

/** Events per place; `placeIds` (each event's places, worked out once per model) spares a new window the work. */
export function placeCounts(events: EventEntry[], placeIds?: ReadonlyMap<string, string[]>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of events)
		for (const id of placeIds?.get(e.id) ?? eventPlaceIds(e)) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** A place with its name in the reader's language. */
export interface NamedPlace {
	id: string;
	name: string;
	lon: number;
	lat: number;
}

/** Every place named in one language, in that language's alphabetical order (sorted once per language, not per window). */
export function namedPlaces(places: Place[], locale: Locale): NamedPlace[] {
	const collator = new Intl.Collator(locale);
	return places
		.map((p) => ({ id: p.id, name: localTitle(p.texts, locale), lon: p.lon, lat: p.lat }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

export interface ShownPlace extends NamedPlace {
	count: number;
}

/**
 * The places the map shows: every place with at least one event in view, plus the selected
 * event's places even when the window has moved past it. Most events first, then by name.
 */
export function shownPlaces(named: NamedPlace[], counts: Map<string, number>, always: string[] = []): ShownPlace[] {
	const keep = new Set(always);
	const shown: ShownPlace[] = [];
	for (const p of named) {
		const count = counts.get(p.id) ?? 0;
		if (count > 0 || keep.has(p.id)) shown.push({ ...p, count });
	}
	// A stable sort: places with as many events stay in name order.
	return shown.sort((a, b) => b.count - a.count);
}

export function placeCollection(shown: ShownPlace[], selected: string[] = []): PlaceCollection {
	const sel = new Set(selected);
	return {
		type: 'FeatureCollection',
		features: shown.map((p) => ({
			type: 'Feature',
			properties: { id: p.id, name: p.name, count: p.count, selected: sel.has(p.id) ? 1 : 0 },
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
		}))
	};
}

/** The stops of an event's route that have coordinates, in travel order. */
export function routeStops(
	event: Pick<EventEntry, 'route'>,
	placesById: ReadonlyMap<string, Pick<Place, 'lon' | 'lat'>>
): LonLat[] {
	const stops: LonLat[] = [];
	for (const id of event.route) {
		const p = placesById.get(id);
		if (p) stops.push([p.lon, p.lat]);
	}
	return stops;
}

/**
 * Each route's curve by event id, for the events with two or more located stops. Computed once
 * per model: a new time window or selection then costs no geometry.
 */
export function routeCurves(
	events: Pick<EventEntry, 'id' | 'route'>[],
	placesById: ReadonlyMap<string, Pick<Place, 'lon' | 'lat'>>
): Map<string, LonLat[]> {
	const curves = new Map<string, LonLat[]>();
	for (const e of events) {
		const stops = routeStops(e, placesById);
		if (stops.length > 1) curves.set(e.id, curvedRoute(stops));
	}
	return curves;
}

/**
 * The routes of some events, from their precomputed curves, each with its span: the map holds
 * them all and shows those in the window by a filter (style.ts), so a new window costs no data.
 */
export function routeCollection(events: EventEntry[], curves: ReadonlyMap<string, LonLat[]>): RouteCollection {
	const features: RouteCollection['features'] = [];
	for (const e of events) {
		const line = curves.get(e.id);
		if (!line) continue;
		features.push({
			type: 'Feature',
			properties: { id: e.id, kind: e.kind, color: KIND_STYLE[e.kind].color, start: e.start, stop: e.stop },
			geometry: { type: 'LineString', coordinates: line }
		});
	}
	return { type: 'FeatureCollection', features };
}

/** Where an event is on the map: its places and route stops, for fitting the view. */
export function eventPoints(
	event: Pick<EventEntry, 'places' | 'route'>,
	placesById: ReadonlyMap<string, Pick<Place, 'lon' | 'lat'>>
): LonLat[] {
	const out: LonLat[] = [];
	for (const id of eventPlaceIds(event)) {
		const p = placesById.get(id);
		if (p) out.push([p.lon, p.lat]);
	}
	return out;
}
