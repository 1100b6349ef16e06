/**
 * Geometry of the static SVG maps (locator maps, the no-WebGL fallback, printed handouts):
 * which prepared basemap picture to use, which part of it to show, and where places and curved
 * routes fall on it. Pure; the same projections drew the pictures at build time.
 */
import { geoPath } from 'd3-geo';
import {
	BASEMAP_FILES,
	STATIC_SIZE,
	frameFor,
	projectionFor,
	type LonLat,
	type StaticFrameName
} from './basemap-region';
import { boundsOf } from './bounds';
import { curvedRoute } from './curves';

export interface StaticPlace {
	id: string;
	name: string;
	lon: number;
	lat: number;
	/** Events at the place (drives the marker size when given). */
	count?: number;
	selected?: boolean;
}

export interface StaticRoute {
	id: string;
	color: string;
	stops: LonLat[];
	/** Per leg, whether a source documents it (drawn solid) or not (dashed); all documented when absent. */
	documented?: boolean[];
	selected?: boolean;
}

/** A path's runs of documented or undocumented legs, each a projected SVG path. */
export interface StaticSegment {
	d: string;
	documented: boolean;
}

const LEG_STEPS = 24;

export interface ViewBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface StaticScene {
	frame: StaticFrameName;
	image: string;
	size: { width: number; height: number };
	/** Where the picture lies in the frame: the whole frame, or the part a crop covers. */
	imageBox: ViewBox;
	viewBox: ViewBox;
	/** Marks and labels are drawn this many times their base size. */
	labelScale: number;
	/** Projected places; `labelled` is false where the name would collide with one already placed. */
	places: (StaticPlace & { x: number; y: number; labelled: boolean })[];
	/** Each route's path, its runs of documented and undocumented legs, and its direction arrows (one mid-leg per leg). */
	routes: (StaticRoute & { d: string; segments: StaticSegment[]; arrows: { x: number; y: number; angle: number }[] })[];
}

/**
 * The part of a frame to show around some points: their projected box padded by `pad` (a share
 * of its size), at least `minWidth` user units wide, with the given aspect ratio, kept inside the
 * picture. With no points, the whole picture.
 */
export function fitViewBox(
	xy: [number, number][],
	size: { width: number; height: number },
	aspect = 4 / 3,
	minWidth = 260,
	pad = 0.25
): ViewBox {
	const box = boundsOf(xy);
	if (!box) return { x: 0, y: 0, width: size.width, height: size.height };
	const [[x0, y0], [x1, y1]] = box;
	let w = (x1 - x0) * (1 + 2 * pad);
	let h = (y1 - y0) * (1 + 2 * pad);
	w = Math.max(w, h * aspect, minWidth);
	h = w / aspect;
	if (w > size.width) {
		w = size.width;
		h = w / aspect;
	}
	if (h > size.height) {
		h = size.height;
		w = h * aspect;
	}
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	const x = Math.min(Math.max(0, cx - w / 2), size.width - w);
	const y = Math.min(Math.max(0, cy - h / 2), size.height - h);
	const r = (n: number) => Math.round(n * 10) / 10;
	return { x: r(x), y: r(y), width: r(w), height: r(h) };
}

/** Everything a static map draws, projected. `whole` shows the entire frame regardless of points. */
export function staticScene(
	places: StaticPlace[],
	routes: StaticRoute[],
	options: {
		frame?: StaticFrameName;
		aspect?: number;
		minWidth?: number;
		/** Show the entire frame whatever the points. */
		whole?: boolean;
		/** Points to fit the view to (default: all places and routes). */
		focus?: LonLat[];
		/** Drop places that fall outside the frame's picture (they stay in the place list). */
		clip?: boolean;
		/** Size of marks and labels relative to the view (small maps want larger, 1.6 on a locator). */
		labelScale?: number;
	} = {}
): StaticScene {
	const all: LonLat[] = [...places.map((p) => [p.lon, p.lat] as LonLat), ...routes.flatMap((r) => r.stops)];
	const frame = options.frame ?? frameFor(all);
	const projection = projectionFor(frame);
	const size = STATIC_SIZE[frame];
	const project = (p: LonLat): [number, number] => {
		const xy = projection(p) ?? [0, 0];
		return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
	};
	const path = geoPath(projection).digits(1);
	const focus = options.focus ?? all;
	const viewBox = options.whole
		? { x: 0, y: 0, width: size.width, height: size.height }
		: fitViewBox(focus.map(project), size, options.aspect, options.minWidth);
	return {
		frame,
		image: frame === 'region' ? BASEMAP_FILES.regionSvg : BASEMAP_FILES.wideSvg,
		size,
		imageBox: { x: 0, y: 0, width: size.width, height: size.height },
		viewBox,
		labelScale: options.labelScale ?? 1,
		places: placeLabels(
			places
				.map((p) => {
					const [x, y] = project([p.lon, p.lat]);
					return { ...p, x, y };
				})
				.filter((p) => !options.clip || (p.x >= 0 && p.y >= 0 && p.x <= size.width && p.y <= size.height)),
			viewBox,
			options.labelScale ?? 1
		),
		routes: routes
			.filter((r) => r.stops.length > 1)
			.map((r) => {
				const line = curvedRoute(r.stops, 0.18, LEG_STEPS);
				const arrows: { x: number; y: number; angle: number }[] = [];
				const arrowAt = (i: number) => {
					const a = project(line[Math.max(0, i - 1)]);
					const b = project(line[Math.min(line.length - 1, i + 1)]);
					const [x, y] = project(line[i]);
					arrows.push({ x, y, angle: Math.round((Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI) });
				};
				for (let i = LEG_STEPS / 2; i < line.length - 1; i += LEG_STEPS) arrowAt(i);
				const runs: { documented: boolean; points: LonLat[] }[] = [];
				// Legs of equal length (a repeated stop draws none): otherwise one run, documented or not as a whole.
				const even = line.length === (r.stops.length - 1) * LEG_STEPS + 1;
				if (!even) runs.push({ documented: r.documented?.every(Boolean) ?? true, points: line });
				else
					for (let leg = 0; leg < r.stops.length - 1; leg++) {
						const documented = r.documented?.[leg] ?? true;
						const points = line.slice(leg * LEG_STEPS, (leg + 1) * LEG_STEPS + 1);
						const last = runs.at(-1);
						if (last && last.documented === documented) last.points.push(...points.slice(1));
						else runs.push({ documented, points });
					}
				return {
					...r,
					d: path({ type: 'LineString', coordinates: line }) ?? '',
					segments: runs.map((s) => ({
						d: path({ type: 'LineString', coordinates: s.points }) ?? '',
						documented: s.documented
					})),
					arrows
				};
			})
	};
}

/** A journey's located stops in travel order, with whether each leg between them is documented. */
export function journeyStops(
	journey: { stops: string[]; legs: { documented: boolean }[] },
	placesById: ReadonlyMap<string, { lon: number; lat: number }>
): { stops: LonLat[]; documented: boolean[] } {
	const stops: LonLat[] = [];
	const documented: boolean[] = [];
	let previous = -1;
	journey.stops.forEach((id, i) => {
		const p = placesById.get(id);
		if (!p) return;
		// A stop without coordinates joins its neighbours by an undocumented leg.
		if (previous >= 0) documented.push(previous === i - 1 && journey.legs[i - 1]?.documented === true);
		stops.push([p.lon, p.lat]);
		previous = i;
	});
	return { stops, documented };
}

/** Label geometry shared with StaticMap.svelte: sizes are shares of the view's width. */
export const LABEL = { unit: (vb: ViewBox) => vb.width / 100, fontSize: 2.1, offset: 0.6, charWidth: 0.56 };

export function markRadius(unit: number, count?: number): number {
	return unit * (count === undefined ? 0.9 : 0.55 + Math.min(1.2, Math.sqrt(count) * 0.28));
}

/**
 * Greedy label placement: selected places first, then in the given order (most events first),
 * each name kept only if its box overlaps no name already kept, so a dense cluster of steppe
 * towns stays readable; unlabelled places are still drawn and listed.
 */
export function placeLabels<P extends StaticPlace & { x: number; y: number }>(
	places: P[],
	vb: ViewBox,
	scale = 1
): (P & { labelled: boolean })[] {
	const unit = LABEL.unit(vb) * scale;
	const fs = unit * LABEL.fontSize;
	const boxes: [number, number, number, number][] = [];
	const order = places.map((p, i) => i).sort((a, b) => Number(!!places[b].selected) - Number(!!places[a].selected));
	const labelled = new Set<number>();
	for (const i of order) {
		const p = places[i];
		const inside = p.x >= vb.x && p.x <= vb.x + vb.width && p.y >= vb.y && p.y <= vb.y + vb.height;
		if (!inside) continue;
		const x0 = p.x + markRadius(unit, p.count) + unit * LABEL.offset;
		const box: [number, number, number, number] = [
			x0,
			p.y - fs * 0.75,
			x0 + p.name.length * fs * LABEL.charWidth,
			p.y + fs * 0.35
		];
		if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
		boxes.push(box);
		labelled.add(i);
	}
	return places.map((p, i) => ({ ...p, labelled: labelled.has(i) }));
}
