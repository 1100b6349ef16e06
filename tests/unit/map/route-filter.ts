/** The map's route filters (style.ts) evaluated as MapLibre evaluates them, for the unit tests. */
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { TimeWindow } from '../../../src/lib/domain/types';
import { buildStyle, mapState, LAYERS } from '../../../src/lib/map/style';
import type { MapScene } from '../../../src/lib/map/map-scene';
import type { RouteCollection } from '../../../src/lib/map/geojson';

const FONTS = {
	latin400: '/a.woff2',
	cyrillic400: '/b.woff2',
	cyrillicExt400: '/c.woff2',
	latin700: '/d.woff2',
	cyrillic700: '/e.woff2',
	cyrillicExt700: '/f.woff2'
};
export const STYLE = buildStyle('http://127.0.0.1:4173', FONTS);

/** A layer's filter from the style itself, so the test reads what the map draws with. */
export function layerFilter(id: string): FilterSpecification {
	const layer = STYLE.layers.find((l) => l.id === id);
	if (!layer || !('filter' in layer) || !layer.filter) throw new Error(`layer ${id} has no filter`);
	return layer.filter;
}

/** The ids of the routes a layer draws from a route collection, for a window and a selection. */
export function routesDrawn(
	routes: RouteCollection,
	window: TimeWindow | null,
	selected: string | null,
	layer: string
): string[] {
	const filter = featureFilter(layerFilter(layer), `layers.${layer}.filter`, mapState(window, selected));
	return routes.features
		.filter((f) => filter.filter({ zoom: 4 }, { type: 2, properties: f.properties, geometry: [] }))
		.map((f) => f.properties.id);
}

/** The routes the map draws for a scene: the window's (`routes` layer) or the selected one (`selected`). */
export function drawnRoutes(scene: MapScene, selected: string | null, which: 'routes' | 'selected' = 'routes') {
	const layer = which === 'routes' ? LAYERS.routes : LAYERS.routeSelected;
	return routesDrawn(scene.routes, scene.window, selected, layer);
}
