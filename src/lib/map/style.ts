/**
 * The MapLibre style: the offline basemap (sea, land, lakes, rivers), routes with direction
 * arrows and the places with their labels. Labels are drawn from the site's own Noto Sans files
 * through MapLibre 6's `font-faces`, whose Cyrillic Extended subset carries every Kazakh letter
 * (Ә Ғ Қ Ң Ө Ұ Ү Һ І); there is no glyphs URL, so no request leaves the site.
 */
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS as C } from './colors';
import { BASEMAP_FILES } from './basemap-region';
import { JOURNEY_SOURCES, journeyLayers } from './journey-style';
import { ALL_TIME, IN_WINDOW, IS_SELECTED, STATE } from './style-state';

export { IN_WINDOW, IS_SELECTED, STATE, mapState, type MapState } from './style-state';

export interface FontFiles {
	latin400: string;
	cyrillic400: string;
	cyrillicExt400: string;
	latin700: string;
	cyrillic700: string;
	cyrillicExt700: string;
}

/** Unicode ranges of the @fontsource/noto-sans subsets (from its 400.css). */
const RANGES = {
	latin: [
		'U+0000-00FF',
		'U+0131',
		'U+0152-0153',
		'U+02BB-02BC',
		'U+02C6',
		'U+02DA',
		'U+02DC',
		'U+0304',
		'U+0308',
		'U+0329',
		'U+2000-206F',
		'U+20AC',
		'U+2122',
		'U+2191',
		'U+2193',
		'U+2212',
		'U+2215',
		'U+FEFF',
		'U+FFFD'
	],
	cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
	cyrillicExt: ['U+0460-052F', 'U+1C80-1C8A', 'U+20B4', 'U+2DE0-2DFF', 'U+A640-A69F', 'U+FE2E-FE2F']
};

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
export const ARROW_IMAGE = 'route-arrow';

export const LAYERS = {
	places: 'place-circles',
	clusters: 'place-clusters',
	labels: 'place-labels',
	routes: 'routes',
	routeSelected: 'route-selected',
	borders: 'borders'
} as const;

export const SOURCES = { places: 'places', routes: 'routes', borders: 'borders' } as const;

const notCluster: FilterSpecification = ['!', ['has', 'point_count']];

/** `origin` makes the data URLs absolute (the worker resolves them outside the page). */
export function buildStyle(origin: string, fonts: FontFiles): StyleSpecification {
	const url = (p: string) => new URL(p, origin).href;
	const attribution = 'Natural Earth';
	return {
		version: 8,
		name: 'steppe-atlas',
		state: { [STATE.window]: { default: ALL_TIME }, [STATE.selected]: { default: '' } },
		'font-faces': {
			[FONT_REGULAR]: [
				{ url: url(fonts.latin400), 'unicode-range': RANGES.latin },
				{ url: url(fonts.cyrillic400), 'unicode-range': RANGES.cyrillic },
				{ url: url(fonts.cyrillicExt400), 'unicode-range': RANGES.cyrillicExt }
			],
			[FONT_BOLD]: [
				{ url: url(fonts.latin700), 'unicode-range': RANGES.latin },
				{ url: url(fonts.cyrillic700), 'unicode-range': RANGES.cyrillic },
				{ url: url(fonts.cyrillicExt700), 'unicode-range': RANGES.cyrillicExt }
			]
		},
		sources: {
			land: { type: 'geojson', data: url(BASEMAP_FILES.land), attribution, maxzoom: 8, tolerance: 0.5 },
			water: { type: 'geojson', data: url(BASEMAP_FILES.water), maxzoom: 8 },
			rivers: { type: 'geojson', data: url(BASEMAP_FILES.rivers), maxzoom: 8 },
			[SOURCES.routes]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 10 },
			[JOURNEY_SOURCES.lines]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 10 },
			[JOURNEY_SOURCES.arrows]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 10 },
			[SOURCES.places]: {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: [] },
				cluster: true,
				clusterRadius: 36,
				clusterMaxZoom: 4,
				clusterProperties: {
					total: ['+', ['get', 'count']],
					selected: ['max', ['get', 'selected']],
					selectedPlaces: ['+', ['get', 'selected']]
				}
			}
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': C.sea } },
			{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': C.land } },
			{
				id: 'coast',
				type: 'line',
				source: 'land',
				paint: { 'line-color': C.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.2] }
			},
			{ id: 'lakes', type: 'fill', source: 'water', paint: { 'fill-color': C.water, 'fill-outline-color': C.coast } },
			{
				id: 'rivers',
				type: 'line',
				source: 'rivers',
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': C.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 5, 1.3, 8, 2.4] }
			},
			{
				id: LAYERS.routes,
				type: 'line',
				source: SOURCES.routes,
				filter: ['all', ['!', IS_SELECTED], IN_WINDOW],
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': ['get', 'color'],
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 1.6, 6, 3],
					'line-opacity': 0.75
				}
			},
			{
				id: LAYERS.routeSelected,
				type: 'line',
				source: SOURCES.routes,
				filter: IS_SELECTED,
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': ['get', 'color'], 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 3.5, 6, 6] }
			},
			{
				id: 'route-arrows',
				type: 'symbol',
				source: SOURCES.routes,
				filter: ['any', IS_SELECTED, IN_WINDOW],
				layout: {
					'symbol-placement': 'line',
					'symbol-spacing': ['interpolate', ['linear'], ['zoom'], 2, 70, 6, 120],
					'icon-image': ARROW_IMAGE,
					'icon-size': ['case', IS_SELECTED, 1.15, 0.8],
					'icon-allow-overlap': true,
					'icon-ignore-placement': true,
					'icon-rotation-alignment': 'map'
				},
				paint: { 'icon-color': ['get', 'color'], 'icon-halo-color': '#ffffff', 'icon-halo-width': 1 }
			},
			...journeyLayers(ARROW_IMAGE),
			{
				id: LAYERS.clusters,
				type: 'circle',
				source: SOURCES.places,
				filter: ['has', 'point_count'],
				paint: {
					'circle-color': C.place,
					'circle-opacity': 0.85,
					'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'total']], 1, 10, 10, 22],
					'circle-stroke-color': ['case', ['==', ['get', 'selected'], 1], '#f2c14e', '#ffffff'],
					'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 4, 2]
				}
			},
			{
				id: 'cluster-count',
				type: 'symbol',
				source: SOURCES.places,
				filter: ['has', 'point_count'],
				layout: {
					'text-field': ['to-string', ['get', 'total']],
					'text-font': [FONT_BOLD],
					'text-size': 14,
					'text-allow-overlap': true
				},
				paint: { 'text-color': '#ffffff' }
			},
			{
				id: LAYERS.places,
				type: 'circle',
				source: SOURCES.places,
				filter: notCluster,
				paint: {
					'circle-color': C.place,
					'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 0, 4, 1, 6, 6, 16],
					'circle-opacity': ['case', ['==', ['get', 'count'], 0], 0.45, 0.9],
					'circle-stroke-color': ['case', ['==', ['get', 'selected'], 1], '#f2c14e', '#ffffff'],
					'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 4, 1.5]
				}
			},
			{
				id: LAYERS.labels,
				type: 'symbol',
				source: SOURCES.places,
				filter: notCluster,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': ['case', ['==', ['get', 'selected'], 1], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 12, 6, 16],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.9,
					'text-justify': 'auto',
					'symbol-sort-key': ['-', 0, ['+', ['*', ['get', 'selected'], 1000], ['get', 'count']]]
				},
				paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.6 }
			}
		]
	};
}

/** The faint, optional modern borders: anachronistic for most of the atlas, so off by default. */
export function bordersLayer() {
	return {
		id: LAYERS.borders,
		type: 'line' as const,
		source: SOURCES.borders,
		paint: { 'line-color': C.border, 'line-width': 0.8, 'line-dasharray': [3, 2], 'line-opacity': 0.7 }
	};
}

/** A right-pointing arrowhead as an SDF-ready alpha image, so MapLibre can tint it per route. */
export function arrowImage(size = 24): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const c = size / 2;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// A chevron-like triangle: tip on the right, base on the left, inset by 3 px.
			const fx = x + 0.5 - 3;
			const span = size - 6;
			const half = ((span - fx) / span) * (c - 3);
			const inside = fx >= 0 && fx <= span && Math.abs(y + 0.5 - c) <= half;
			const i = (y * size + x) * 4;
			data[i] = data[i + 1] = data[i + 2] = 255;
			data[i + 3] = inside ? 255 : 0;
		}
	}
	return { width: size, height: size, data };
}
