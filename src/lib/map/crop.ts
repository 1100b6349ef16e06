/**
 * Locator basemaps of a few KB: the part of a static frame's picture a locator shows, cut out,
 * simplified to what its pixels can show, and written as a small SVG of its own (one file per
 * view, shared by the view's three languages and cached like any image). The geometry comes
 * from the frame's picture as prepared at build time (scripts/prepare-basemap.ts, projected
 * and clipped to the frame); the crop is made at prerender (routes/basemap/locator). Relative
 * imports only: the prepare script runs this file under tsx.
 */
import { clipPolygon, clipPolyline, type Point } from 'lineclip';
import simplify from 'simplify-js';
import { BASEMAP_BASE, STATIC_SIZE, type StaticFrameName } from './basemap-region';
import { BASEMAP_COLORS } from './colors';

/** A frame's picture as rings and lines of flat [x0, y0, x1, y1, …] in frame units. */
export interface FrameGeometry {
	land: number[][];
	lakes: number[][];
	rivers: number[][];
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Share of the view added on each side, so the cut edges fall outside what is shown. */
const MARGIN = 0.04;
/** Widest a locator is drawn, in device pixels (34rem at twice the CSS pixel): detail beyond this is invisible. */
const MAX_DEVICE_PX = 1100;

/** The rectangle a view's crop covers: the view with a margin, in tenths of a unit, inside the frame. */
export function cropBox(view: Box, frame: StaticFrameName): Box {
	const size = STATIC_SIZE[frame];
	const t = (n: number) => Math.round(n * 10) / 10;
	const x0 = Math.max(0, view.x - view.width * MARGIN);
	const y0 = Math.max(0, view.y - view.height * MARGIN);
	const x1 = Math.min(size.width, view.x + view.width * (1 + MARGIN));
	const y1 = Math.min(size.height, view.y + view.height * (1 + MARGIN));
	return { x: t(x0), y: t(y0), width: t(x1 - x0), height: t(y1 - y0) };
}

const tenths = (n: number) => String(Math.round(n * 10));

/** Where the crop of a box is served: its frame and rectangle in the name. */
export function cropUrl(frame: StaticFrameName, box: Box): string {
	return `${BASEMAP_BASE}/locator/${frame}-${[box.x, box.y, box.width, box.height].map(tenths).join('-')}.svg`;
}

/** The frame and rectangle a crop's file name stands for, or null for any other name. */
export function parseCropName(name: string): { frame: StaticFrameName; box: Box } | null {
	const match = /^(region|wide)-(\d+)-(\d+)-(\d+)-(\d+)\.svg$/.exec(name);
	if (!match) return null;
	const [x, y, width, height] = match.slice(2).map((n) => Number(n) / 10);
	const frame = match[1] as StaticFrameName;
	const size = STATIC_SIZE[frame];
	if (width <= 0 || height <= 0 || x + width > size.width + 0.05 || y + height > size.height + 0.05) return null;
	return { frame, box: { x, y, width, height } };
}

const toPoints = (flat: number[]): Point[] => {
	const points: Point[] = [];
	for (let i = 0; i + 1 < flat.length; i += 2) points.push([flat[i], flat[i + 1]]);
	return points;
};

function overlaps(flat: number[], [x0, y0, x1, y1]: [number, number, number, number]): boolean {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	for (let i = 0; i + 1 < flat.length; i += 2) {
		if (flat[i] < minX) minX = flat[i];
		if (flat[i] > maxX) maxX = flat[i];
		if (flat[i + 1] < minY) minY = flat[i + 1];
		if (flat[i + 1] > maxY) maxY = flat[i + 1];
	}
	return minX <= x1 && maxX >= x0 && minY <= y1 && maxY >= y0;
}

/**
 * A path in the crop's own integer grid (one step = `step` frame units), relative moves after
 * the first point, repeated points dropped: the compact form minifiers write.
 */
function pathOf(points: Point[], origin: Point, step: number, closed: boolean): string {
	let d = '';
	let px = 0,
		py = 0;
	let count = 0;
	for (const [x, y] of points) {
		const gx = Math.round((x - origin[0]) / step);
		const gy = Math.round((y - origin[1]) / step);
		if (count && gx === px && gy === py) continue;
		d += count ? `${count === 1 ? 'l' : ' '}${gx - px} ${gy - py}` : `M${gx} ${gy}`;
		px = gx;
		py = gy;
		count++;
	}
	if (count < (closed ? 3 : 2)) return '';
	return (closed ? `${d}z` : d).replace(/ -/g, '-');
}

/** Clips, simplifies and writes one layer of rings (closed) or lines (open). */
function layer(shapes: number[][], box: Box, step: number, closed: boolean): string {
	const bbox: [number, number, number, number] = [box.x, box.y, box.x + box.width, box.y + box.height];
	const origin: Point = [box.x, box.y];
	const parts: string[] = [];
	for (const flat of shapes) {
		if (!overlaps(flat, bbox)) continue;
		const pieces = closed ? [clipPolygon(toPoints(flat), bbox)] : clipPolyline(toPoints(flat), bbox);
		for (const piece of pieces) {
			if (piece.length < (closed ? 3 : 2)) continue;
			const simple = simplify(
				piece.map(([x, y]) => ({ x, y })),
				step,
				true
			).map(({ x, y }) => [x, y] as Point);
			const d = pathOf(simple, origin, step, closed);
			if (d) parts.push(d);
		}
	}
	return parts.join('');
}

/** The crop of a frame's picture as an SVG document (coordinates in its own grid, drawn to fill its box). */
export function cropSvg(geometry: FrameGeometry, box: Box): string {
	// Half a device pixel at the widest a locator is drawn.
	const step = box.width / MAX_DEVICE_PX;
	const w = Math.round(box.width / step);
	const h = Math.round(box.height / step);
	const stroke = (units: number) => +(units / step).toFixed(1);
	const c = BASEMAP_COLORS;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none">`,
		`<!-- Made with Natural Earth (public domain); Ili, Ishim and Balkhash traced schematically. -->`,
		`<rect width="${w}" height="${h}" fill="${c.sea}"/>`,
		`<path d="${layer(geometry.land, box, step, true)}" fill="${c.land}" stroke="${c.coast}" stroke-width="${stroke(0.6)}" stroke-linejoin="round"/>`,
		`<path d="${layer(geometry.lakes, box, step, true)}" fill="${c.water}" stroke="${c.coast}" stroke-width="${stroke(0.4)}"/>`,
		`<path d="${layer(geometry.rivers, box, step, false)}" fill="none" stroke="${c.river}" stroke-width="${stroke(0.8)}" stroke-linecap="round" stroke-linejoin="round"/>`,
		`</svg>`
	].join('\n');
}
