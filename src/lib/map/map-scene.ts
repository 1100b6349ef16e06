/**
 * What the explorer's map shows, pure: from the model, the time window, the filters, the
 * selected event and the language to the places and routes (GeoJSON for MapLibre) and, when
 * WebGL is missing, the static fallback's scene. MapPanel derives these; the views only draw.
 */
import type { ContentModel, EventEntry, Filters, Place, TimeWindow } from '$lib/domain/types';
import type { Locale } from '$lib/i18n/locales';
import { KIND_STYLE } from '$lib/styles/palette';
import { eventsInWindow, filterEvents } from '$lib/domain/queries';
import type { LonLat } from './basemap-region';
import {
	eventPlaceIds,
	eventPoints,
	namedPlaces,
	placeCollection,
	placeCounts,
	routeCollection,
	routeCurves,
	routeStops,
	shownPlaces,
	type NamedPlace,
	type PlaceCollection,
	type RouteCollection,
	type ShownPlace
} from './geojson';
import { staticScene, type StaticScene } from './static-map';

/** The model with the lookups and route curves the map needs, built once per page. */
export interface MapModel extends Pick<ContentModel, 'events' | 'people' | 'places'> {
	placesById: ReadonlyMap<string, Place>;
	eventsById: ReadonlyMap<string, EventEntry>;
	/** Every place each event touches, by event id (counting a window's places then allocates nothing per event). */
	placeIds: ReadonlyMap<string, string[]>;
	/** Each route's curve by event id (never recomputed when the window or selection changes). */
	curves: ReadonlyMap<string, LonLat[]>;
}

export function mapModel(model: Pick<ContentModel, 'events' | 'people' | 'places'>): MapModel {
	const placesById = new Map(model.places.map((p) => [p.id, p]));
	return {
		events: model.events,
		people: model.people,
		places: model.places,
		placesById,
		eventsById: new Map(model.events.map((e) => [e.id, e])),
		placeIds: new Map(model.events.map((e) => [e.id, eventPlaceIds(e)])),
		curves: routeCurves(model.events, placesById)
	};
}

export interface MapSceneInput {
	window: TimeWindow | null;
	filters: Filters;
	/** The selected event's id (an unknown id selects nothing). */
	selected: string | null;
	locale: Locale;
}

/** What a scene worked out that does not depend on the window, for the next scene to reuse. */
interface Basis {
	model: MapModel;
	filters: Filters;
	locale: Locale;
	filtered: EventEntry[];
	named: NamedPlace[];
	/** The selected event when the filters leave it out (its route is still drawn). */
	outside: EventEntry | null;
	routes: RouteCollection;
}

export interface MapScene {
	/** The window the map's route filter applies (style.ts: IN_WINDOW). */
	window: TimeWindow | null;
	/** The events in the window that pass the filters. */
	visible: EventEntry[];
	selected: EventEntry | null;
	/** Every place the selected event touches. */
	selectedPlaces: string[];
	/** The places on the map and in its list, most events first. */
	shown: ShownPlace[];
	/** The visible events plus the selected one: its route stays drawn when the window has moved past it. */
	routeEvents: EventEntry[];
	/** How many routes are shown: those of `routeEvents` with a curve. */
	routeCount: number;
	places: PlaceCollection;
	/**
	 * The routes the map holds: every route of the filtered events and the selected one. The map
	 * shows those in the window by its filter, so this stays the same object while only the window moves.
	 */
	routes: RouteCollection;
	/** Where the selected event is (places and stops), for bringing it into view. */
	focus: LonLat[];
	basis: Basis;
}

/**
 * The scene for some input. `previous` (the last scene) lends what does not depend on the
 * window when the model, filters and language are the same, so a new window costs only the
 * events in it, their places and the place list.
 */
export function mapScene(model: MapModel, input: MapSceneInput, previous?: MapScene): MapScene {
	const { window, filters, selected: id, locale } = input;
	const selected = (id && model.eventsById.get(id)) || null;
	const basis = nextBasis(model, filters, locale, selected, previous?.basis);
	const visible = eventsInWindow(basis.filtered, window);
	const selectedPlaces = selected ? (model.placeIds.get(selected.id) ?? []) : [];
	const shown = shownPlaces(basis.named, placeCounts(visible, model.placeIds), selectedPlaces);
	const routeEvents = selected && !visible.includes(selected) ? [...visible, selected] : visible;
	return {
		window,
		visible,
		selected,
		selectedPlaces,
		shown,
		routeEvents,
		routeCount: routeEvents.reduce((n, e) => (model.curves.has(e.id) ? n + 1 : n), 0),
		places: placeCollection(shown, selectedPlaces),
		routes: basis.routes,
		focus: selected ? eventPoints(selected, model.placesById) : [],
		basis
	};
}

function nextBasis(
	model: MapModel,
	filters: Filters,
	locale: Locale,
	selected: EventEntry | null,
	prev: Basis | undefined
): Basis {
	const same = prev?.model === model;
	const filtered = same && prev.filters === filters ? prev.filtered : filterEvents(model, filters);
	const named = same && prev.locale === locale ? prev.named : namedPlaces(model.places, locale);
	const outside = selected && !filtered.includes(selected) ? selected : null;
	const routes =
		same && prev.filtered === filtered && prev.outside === outside
			? prev.routes
			: routeCollection(outside ? [...filtered, outside] : filtered, model.curves);
	return { model, filters, locale, filtered, named, outside, routes };
}

/** The static map drawn where WebGL is missing: the same places and routes, the whole region or the selection. */
export function fallbackScene(model: MapModel, scene: MapScene): StaticScene {
	const selectedId = scene.selected?.id ?? null;
	return staticScene(
		scene.shown.map((p) => ({ ...p, selected: scene.selectedPlaces.includes(p.id) })),
		scene.routeEvents
			.map((e) => ({
				id: e.id,
				color: KIND_STYLE[e.kind].color,
				stops: routeStops(e, model.placesById),
				selected: e.id === selectedId
			}))
			.filter((r) => r.stops.length > 1),
		{
			frame: 'region',
			aspect: 1200 / 780,
			minWidth: 360,
			whole: !scene.selected,
			clip: true,
			focus: scene.selected ? scene.focus : undefined
		}
	);
}
