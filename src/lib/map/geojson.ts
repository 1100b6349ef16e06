/**
 * Content → GeoJSON for the map, pure: which events the time window shows, how many of them
 * touch each place, the place points labelled in the reader's language and the curved routes
 * coloured by kind. The MapLibre view and the static SVG fallback both draw from these.
 */
import type { ContentModel, EventEntry, EventKind, Filters, Place, TimeWindow } from '$lib/domain/types';
import { localTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import { KIND_STYLE } from '$lib/styles/palette';
import { eventsInWindow, filterEvents } from '$lib/domain/queries';
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
	selected: number;
}

export type PlaceCollection = GeoJSON.FeatureCollection<GeoJSON.Point, PlaceProps>;
export type RouteCollection = GeoJSON.FeatureCollection<GeoJSON.LineString, RouteProps>;

/** The events the map shows: those passing the filters and overlapping the window. */
export function visibleEvents(
	model: Pick<ContentModel, 'events' | 'people'>,
	window: TimeWindow | null,
	filters?: Filters
): EventEntry[] {
	const filtered = filters ? filterEvents(model, filters) : model.events;
	return eventsInWindow(filtered, window);
}

/** Every place an event touches: where it happened and each stop of its route. */
export function eventPlaceIds(event: Pick<EventEntry, 'places' | 'route'>): string[] {
	return [...new Set([...event.places, ...event.route])];
}

export function placeCounts(events: EventEntry[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of events) for (const id of eventPlaceIds(e)) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

export interface ShownPlace {
	id: string;
	name: string;
	count: number;
	lon: number;
	lat: number;
}

/**
 * The places the map shows: every place with at least one event in view, plus the selected
 * event's places even when the window has moved past it. Most events first, then by name.
 */
export function shownPlaces(
	places: Place[],
	counts: Map<string, number>,
	locale: Locale,
	always: string[] = []
): ShownPlace[] {
	const keep = new Set(always);
	const collator = new Intl.Collator(locale);
	return places
		.filter((p) => (counts.get(p.id) ?? 0) > 0 || keep.has(p.id))
		.map((p) => ({ id: p.id, name: localTitle(p.texts, locale), count: counts.get(p.id) ?? 0, lon: p.lon, lat: p.lat }))
		.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
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

/** The routes of some events, from their precomputed curves; the selected one last (on top). */
export function routeCollection(
	events: EventEntry[],
	curves: ReadonlyMap<string, LonLat[]>,
	selectedId: string | null = null
): RouteCollection {
	const features: RouteCollection['features'] = [];
	let selected: RouteCollection['features'][number] | null = null;
	for (const e of events) {
		const line = curves.get(e.id);
		if (!line) continue;
		const f: RouteCollection['features'][number] = {
			type: 'Feature',
			properties: { id: e.id, kind: e.kind, color: KIND_STYLE[e.kind].color, selected: e.id === selectedId ? 1 : 0 },
			geometry: { type: 'LineString', coordinates: line }
		};
		if (e.id === selectedId) selected = f;
		else features.push(f);
	}
	if (selected) features.push(selected);
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
