/**
 * Fitting the map's view to what is selected, in pure functions tested against a fake map. The
 * map moves only when the selection is not already comfortably in view: that comparison is what
 * keeps map and shared state from chasing each other.
 */
import type { Bounds, LonLat } from './basemap-region';
import { boundsOf } from './bounds';
import { fromMercator, toMercator } from './curves';

export interface View {
	lon: number;
	lat: number;
	zoom: number;
}

/** What the view logic needs from a map (MapLibre's Map has all of it). */
export interface MapLike {
	getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
	getZoom(): number;
	getContainer(): { clientWidth: number; clientHeight: number };
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

/**
 * The centre and zoom that show `bounds` inside a viewport of the given size with `padding`
 * pixels on every side, never closer than `maxZoom` (a single place would otherwise fill the
 * screen with featureless steppe).
 */
export function fitView(bounds: Bounds, size: { width: number; height: number }, padding = 40, maxZoom = 6): View {
	const [x0, y1] = toMercator(bounds[0]);
	const [x1, y0] = toMercator(bounds[1]);
	const w = Math.max(1, size.width - 2 * padding);
	const h = Math.max(1, size.height - 2 * padding);
	const dx = Math.max(x1 - x0, 1e-9);
	const dy = Math.max(y1 - y0, 1e-9);
	const zoom = Math.min(maxZoom, Math.log2(Math.min(w / (dx * TILE), h / (dy * TILE))));
	const [lon, lat] = fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]);
	return { lon: round(lon, 4), lat: round(lat, 4), zoom: round(Math.max(0, zoom), 3) };
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** A view at the precision the URL keeps (3 decimals of a degree, 2 of zoom). */
export function urlView(view: View): View {
	return { lon: round(view.lon, 3), lat: round(view.lat, 3), zoom: round(view.zoom, 2) };
}

/** Whether `inner` lies within `outer` shrunk by `margin` (a share of its size on each side). */
export function contains(outer: Bounds, inner: Bounds, margin = 0.05): boolean {
	const mx = (outer[1][0] - outer[0][0]) * margin;
	const my = (outer[1][1] - outer[0][1]) * margin;
	return (
		inner[0][0] >= outer[0][0] + mx &&
		inner[1][0] <= outer[1][0] - mx &&
		inner[0][1] >= outer[0][1] + my &&
		inner[1][1] <= outer[1][1] - my
	);
}

/**
 * Where the map should go to show a selection, or null when it already shows it well: every
 * point inside the view and the view not so far out that the selection is a speck.
 */
export function planSelectionMove(map: MapLike, points: LonLat[], padding = 40, maxZoom = 6): View | null {
	const target = boundsOf(points);
	if (!target) return null;
	const b = map.getBounds();
	const current: Bounds = [
		[b.getWest(), b.getSouth()],
		[b.getEast(), b.getNorth()]
	];
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const fit = fitView(target, { width, height }, padding, maxZoom);
	if (contains(current, target) && map.getZoom() >= fit.zoom - 1.5) return null;
	return fit;
}

/** Same view within what the URL keeps (3 decimals of a degree, 2 of zoom). */
export function sameView(a: View | null, b: View | null): boolean {
	if (!a || !b) return a === b;
	return Math.abs(a.lon - b.lon) < 1e-3 && Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.zoom - b.zoom) < 1e-2;
}
