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
import { journeyStops, staticScene, type StaticScene } from './static-map';
import { journeyCollections, journeyIndex, type JourneyCollections, type JourneyIndex } from './journey-index';
import type { Journey } from './journeys';

/** The model with the lookups, journeys and route curves the map needs, built once per page. */
export interface MapModel extends Pick<ContentModel, 'events' | 'people' | 'places'> {
	placesById: ReadonlyMap<string, Place>;
	eventsById: ReadonlyMap<string, EventEntry>;
	/**
	 * Every place each event touches, by event id (counting a window's places then allocates
	 * nothing per event): where it happened, its route, and a journey's ends (a seat too).
	 */
	placeIds: ReadonlyMap<string, string[]>;
	/** Every embassy and letter as a journey (journeys.ts), with its lines and arrow. */
	journeys: JourneyIndex;
	/** The curve of each route that is not a journey, by event id (never recomputed when the window or selection changes). */
	curves: ReadonlyMap<string, LonLat[]>;
}

export function mapModel(
	model: Pick<ContentModel, 'events' | 'people' | 'places'> & Partial<Pick<ContentModel, 'polities'>>
): MapModel {
	const placesById = new Map(model.places.map((p) => [p.id, p]));
	const journeys = journeyIndex(model.events, model.polities ?? [], placesById);
	const placeIds = (e: EventEntry) => {
		const stops = journeys.byEvent.get(e.id)?.stops ?? [];
		return [...new Set([...eventPlaceIds(e), ...stops])];
	};
	return {
		events: model.events,
		people: model.people,
		places: model.places,
		placesById,
		eventsById: new Map(model.events.map((e) => [e.id, e])),
		placeIds: new Map(model.events.map((e) => [e.id, placeIds(e)])),
		journeys,
		// A journey draws its own route (documented stages solid): no second line for it.
		curves: routeCurves(
			model.events.filter((e) => !journeys.byEvent.has(e.id)),
			placesById
		)
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
	journeys: JourneyCollections;
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
	/** How many routes are shown: those of `routeEvents` with a curve (an embassy or a letter is a journey instead). */
	routeCount: number;
	/** How many journeys are shown: those of `routeEvents` that are journeys. */
	journeyCount: number;
	/** The selected event's journey, if it is an embassy or a letter the map can place. */
	journey: Journey | null;
	/** Embassies and letters in the window that the map cannot place (no place or seat known for an end). */
	unplaced: EventEntry[];
	places: PlaceCollection;
	/**
	 * The routes the map holds: every route of the filtered events and the selected one. The map
	 * shows those in the window by its filter, so this stays the same object while only the window moves.
	 */
	routes: RouteCollection;
	/** Likewise the journeys' lines and arrows: the window and the selection pick among them by filters. */
	journeys: JourneyCollections;
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
		journeyCount: routeEvents.reduce((n, e) => (model.journeys.byEvent.has(e.id) ? n + 1 : n), 0),
		journey: (selected && model.journeys.byEvent.get(selected.id)) || null,
		unplaced: visible.filter((e) => model.journeys.unmapped.has(e.id)),
		places: placeCollection(shown, selectedPlaces),
		routes: basis.routes,
		journeys: basis.journeys,
		focus: selected ? pointsOf(selectedPlaces, model.placesById) : [],
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
	const keep = same && prev.filtered === filtered && prev.outside === outside;
	const held = outside ? [...filtered, outside] : filtered;
	const routes = keep ? prev.routes : routeCollection(held, model.curves);
	const journeys = keep ? prev.journeys : journeyCollections(held, model.journeys);
	return { model, filters, locale, filtered, named, outside, routes, journeys };
}

function pointsOf(ids: string[], placesById: ReadonlyMap<string, Place>): LonLat[] {
	return ids.flatMap((id) => {
		const p = placesById.get(id);
		return p ? [[p.lon, p.lat] as LonLat] : [];
	});
}

/** The static map drawn where WebGL is missing: the same places and routes, the whole region or the selection. */
export function fallbackScene(model: MapModel, scene: MapScene): StaticScene {
	const selectedId = scene.selected?.id ?? null;
	return staticScene(
		scene.shown.map((p) => ({ ...p, selected: scene.selectedPlaces.includes(p.id) })),
		scene.routeEvents
			.map((e) => {
				const journey = model.journeys.byEvent.get(e.id);
				const route = { id: e.id, color: KIND_STYLE[e.kind].color, selected: e.id === selectedId };
				return journey
					? { ...route, ...journeyStops(journey, model.placesById) }
					: { ...route, stops: routeStops(e, model.placesById) };
			})
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
