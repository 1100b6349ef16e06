/**
 * What the explorer's map shows, pure: from the model, the time window, the filters, the
 * selected event and the language to the places and routes (GeoJSON for MapLibre) and, when
 * WebGL is missing, the static fallback's scene. MapPanel derives these; the views only draw.
 */
import type { ContentModel, EventEntry, Filters, Place, TimeWindow } from '$lib/domain/types';
import type { Locale } from '$lib/i18n/locales';
import { KIND_STYLE } from '$lib/styles/palette';
import type { LonLat } from './basemap-region';
import {
	eventPlaceIds,
	eventPoints,
	placeCollection,
	placeCounts,
	routeCollection,
	routeCurves,
	routeStops,
	shownPlaces,
	visibleEvents,
	type PlaceCollection,
	type RouteCollection,
	type ShownPlace
} from './geojson';
import { staticScene, type StaticScene } from './static-map';

/** The model with the lookups and route curves the map needs, built once per page. */
export interface MapModel extends Pick<ContentModel, 'events' | 'people' | 'places'> {
	placesById: ReadonlyMap<string, Place>;
	eventsById: ReadonlyMap<string, EventEntry>;
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

export interface MapScene {
	/** The events in the window that pass the filters. */
	visible: EventEntry[];
	selected: EventEntry | null;
	/** Every place the selected event touches. */
	selectedPlaces: string[];
	/** The places on the map and in its list, most events first. */
	shown: ShownPlace[];
	/** The visible events plus the selected one: its route stays drawn when the window has moved past it. */
	routeEvents: EventEntry[];
	places: PlaceCollection;
	routes: RouteCollection;
	/** Where the selected event is (places and stops), for bringing it into view. */
	focus: LonLat[];
}

export function mapScene(model: MapModel, { window, filters, selected: id, locale }: MapSceneInput): MapScene {
	const selected = (id && model.eventsById.get(id)) || null;
	const visible = visibleEvents(model, window, filters);
	const selectedPlaces = selected ? eventPlaceIds(selected) : [];
	const shown = shownPlaces(model.places, placeCounts(visible), locale, selectedPlaces);
	const routeEvents = selected && !visible.includes(selected) ? [...visible, selected] : visible;
	return {
		visible,
		selected,
		selectedPlaces,
		shown,
		routeEvents,
		places: placeCollection(shown, selectedPlaces),
		routes: routeCollection(routeEvents, model.curves, selected?.id ?? null),
		focus: selected ? eventPoints(selected, model.placesById) : []
	};
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
