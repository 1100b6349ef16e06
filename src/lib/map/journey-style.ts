/**
 * The journeys' layers of the MapLibre style (journey-features.ts gives their data): documented
 * stages solid, undocumented paths dashed, arrows along the way and one at the arrival; the
 * selected event's journey on top, wider, over a light casing. The time window and the selection
 * pick the journeys by filters (style-state.ts), as for routes. The dash is kept for "not
 * documented": the selected journey is marked by width and casing, never by an animated dash.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { IN_WINDOW, IS_SELECTED } from './style-state';

export const JOURNEY_SOURCES = { lines: 'journey-lines', arrows: 'journey-arrows' } as const;

export const JOURNEY_LAYERS = {
	documented: 'journeys-documented',
	undocumented: 'journeys-undocumented',
	arrows: 'journey-arrows-along',
	ends: 'journey-arrows-end',
	selectedCasing: 'journey-selected-casing',
	selectedDocumented: 'journey-selected-documented',
	selectedUndocumented: 'journey-selected-undocumented',
	selectedArrows: 'journey-selected-arrows',
	selectedEnd: 'journey-selected-end'
} as const;

/** Every journey line layer: what the map reports as drawn journeys (maplibre-view.ts; drawn.ts knows the selected ones by their `journey-selected` prefix). */
export const JOURNEY_LINE_LAYERS = [
	JOURNEY_LAYERS.documented,
	JOURNEY_LAYERS.undocumented,
	JOURNEY_LAYERS.selectedDocumented,
	JOURNEY_LAYERS.selectedUndocumented
];

/** Dash of an undocumented path, in line widths (the legend draws the same, MapLegend.svelte). */
export const UNDOCUMENTED_DASH = [2, 1.6];

const DOCUMENTED: ExpressionSpecification = ['==', ['get', 'documented'], 1];
const UNDOCUMENTED: ExpressionSpecification = ['==', ['get', 'documented'], 0];
const SHOWN: ExpressionSpecification = ['all', ['!', IS_SELECTED], IN_WINDOW];

const width = (at2: number, at6: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	2,
	at2,
	6,
	at6
];

function line(id: string, filter: ExpressionSpecification, w: ExpressionSpecification, dashed: boolean) {
	return {
		id,
		type: 'line',
		source: JOURNEY_SOURCES.lines,
		filter,
		layout: { 'line-cap': dashed ? 'butt' : 'round', 'line-join': 'round' },
		paint: {
			'line-color': ['get', 'color'],
			'line-width': w,
			...(dashed ? { 'line-dasharray': UNDOCUMENTED_DASH } : {})
		}
	} as LayerSpecification;
}

function arrowsAlong(id: string, filter: ExpressionSpecification, image: string, size: number) {
	return {
		id,
		type: 'symbol',
		source: JOURNEY_SOURCES.lines,
		filter,
		layout: {
			'symbol-placement': 'line',
			'symbol-spacing': ['interpolate', ['linear'], ['zoom'], 2, 90, 6, 160],
			'icon-image': image,
			'icon-size': size,
			'icon-allow-overlap': true,
			'icon-ignore-placement': true,
			'icon-rotation-alignment': 'map'
		},
		paint: { 'icon-color': ['get', 'color'], 'icon-halo-color': '#ffffff', 'icon-halo-width': 1 }
	} as LayerSpecification;
}

function arrival(id: string, filter: ExpressionSpecification, image: string, size: number) {
	return {
		id,
		type: 'symbol',
		source: JOURNEY_SOURCES.arrows,
		filter,
		layout: {
			'icon-image': image,
			'icon-size': size,
			// The image points east (bearing 90); `bearing` is the direction of arrival.
			'icon-rotate': ['-', ['get', 'bearing'], 90],
			'icon-rotation-alignment': 'map',
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		},
		paint: { 'icon-color': ['get', 'color'], 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 }
	} as LayerSpecification;
}

/** The journeys' layers, bottom to top; `arrowImage` is the style's SDF arrowhead. */
export function journeyLayers(arrowImage: string): LayerSpecification[] {
	return [
		line(JOURNEY_LAYERS.documented, ['all', SHOWN, DOCUMENTED], width(1.8, 3.2), false),
		line(JOURNEY_LAYERS.undocumented, ['all', SHOWN, UNDOCUMENTED], width(1.6, 3), true),
		arrowsAlong(JOURNEY_LAYERS.arrows, SHOWN, arrowImage, 0.75),
		arrival(JOURNEY_LAYERS.ends, SHOWN, arrowImage, 1),
		{
			id: JOURNEY_LAYERS.selectedCasing,
			type: 'line',
			source: JOURNEY_SOURCES.lines,
			filter: IS_SELECTED,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': '#fffdf6', 'line-width': width(7, 11), 'line-opacity': 0.9 }
		},
		line(JOURNEY_LAYERS.selectedDocumented, ['all', IS_SELECTED, DOCUMENTED], width(3.5, 6), false),
		line(JOURNEY_LAYERS.selectedUndocumented, ['all', IS_SELECTED, UNDOCUMENTED], width(3.5, 6), true),
		arrowsAlong(JOURNEY_LAYERS.selectedArrows, IS_SELECTED, arrowImage, 1.1),
		arrival(JOURNEY_LAYERS.selectedEnd, IS_SELECTED, arrowImage, 1.5)
	];
}
