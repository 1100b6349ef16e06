/**
 * The part of the world the atlas shows, and the two fixed projections its static SVG maps use
 * (locator maps, the no-WebGL fallback). The build-time script draws the basemap images with
 * these same functions, so markers drawn later in the browser or at prerender land exactly on
 * them. Relative imports only: scripts/prepare-basemap.ts runs this file under tsx.
 */
import { geoConicEqualArea, geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export type LonLat = [number, number];
/** [[west, south], [east, north]] in degrees. */
export type Bounds = [LonLat, LonLat];

/** Steppe diplomacy from the Bosporus to Beijing and from Jeddah to St Petersburg. */
export const REGION: Bounds = [
	[22, 14],
	[122, 62]
];

/** Wide enough for the far ends of modern diplomacy (London, Paris, New York, Washington). */
export const WIDE: Bounds = [
	[-95, 8],
	[125, 68]
];

/** Size of the static basemap images in SVG user units. */
export const STATIC_SIZE = { region: { width: 1200, height: 780 }, wide: { width: 1600, height: 720 } } as const;
export type StaticFrameName = keyof typeof STATIC_SIZE;

/** The outline of a lon/lat box as a GeoJSON polygon (densified so conic edges curve). */
export function boundsPolygon([[w, s], [e, n]]: Bounds): GeoJSON.Polygon {
	const ring: LonLat[] = [];
	const steps = 24;
	for (let i = 0; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
	for (let i = 1; i <= steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
	for (let i = 1; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
	for (let i = 1; i <= steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
	// d3-geo wants the exterior ring clockwise on the sphere: reverse the counter-clockwise walk.
	return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** An equal-area conic centred on the Kazakh steppe: shapes and areas stay honest across Eurasia. */
export function regionProjection(): GeoProjection {
	const { width, height } = STATIC_SIZE.region;
	return geoConicEqualArea()
		.parallels([30, 55])
		.rotate([-72, 0])
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			boundsPolygon(REGION)
		);
}

export function wideProjection(): GeoProjection {
	const { width, height } = STATIC_SIZE.wide;
	return geoNaturalEarth1()
		.rotate([-15, 0])
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			boundsPolygon(WIDE)
		);
}

export function projectionFor(name: StaticFrameName): GeoProjection {
	return name === 'region' ? regionProjection() : wideProjection();
}

export function inBounds([lon, lat]: LonLat, [[w, s], [e, n]]: Bounds): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** The region frame when every point fits it, otherwise the wide one. */
export function frameFor(points: LonLat[]): StaticFrameName {
	return points.every((p) => inBounds(p, REGION)) ? 'region' : 'wide';
}

/** Where the prepared files are served from (see scripts/prepare-basemap.ts). */
export const BASEMAP_BASE = '/basemap';
export const BASEMAP_FILES = {
	land: `${BASEMAP_BASE}/land.json`,
	water: `${BASEMAP_BASE}/water.json`,
	rivers: `${BASEMAP_BASE}/rivers.json`,
	borders: `${BASEMAP_BASE}/borders.json`,
	regionSvg: `${BASEMAP_BASE}/region.svg`,
	wideSvg: `${BASEMAP_BASE}/wide.svg`
} as const;
