/**
 * Embassy routes as smooth curves. Each leg is a quadratic Bézier drawn in Web Mercator (the
 * interactive map's plane), bowed to the left of the direction of travel, so a route reads as a
 * journey with a direction rather than a ruler line between two dots; consecutive legs bow the
 * same way, so an outward and a return leg separate instead of overlapping.
 */
import type { LonLat } from './basemap-region';

const MAX_LAT = 85.0511287798;

/** Web Mercator on the unit square: x to the east, y to the south, both in [0, 1]. */
export function toMercator([lon, lat]: LonLat): [number, number] {
	const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
	const s = Math.sin((clamped * Math.PI) / 180);
	return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

export function fromMercator([x, y]: [number, number]): LonLat {
	const lon = x * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [lon, lat];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * One leg from a to b: `steps + 1` points, the first exactly a and the last exactly b. `bend` is
 * the control point's offset from the chord's midpoint as a share of the chord's length.
 */
export function curveLeg(a: LonLat, b: LonLat, bend = 0.18, steps = 24): LonLat[] {
	const [ax, ay] = toMercator(a);
	const [bx, by] = toMercator(b);
	const dx = bx - ax;
	const dy = by - ay;
	if (dx === 0 && dy === 0) return [a];
	// Left of travel on a north-up map: y grows southwards, so the left normal is (dy, -dx).
	const cx = (ax + bx) / 2 + dy * bend;
	const cy = (ay + by) / 2 - dx * bend;
	const out: LonLat[] = [a];
	for (let i = 1; i < steps; i++) {
		const t = i / steps;
		const u = 1 - t;
		const x = u * u * ax + 2 * u * t * cx + t * t * bx;
		const y = u * u * ay + 2 * u * t * cy + t * t * by;
		const [lon, lat] = fromMercator([x, y]);
		out.push([round6(lon), round6(lat)]);
	}
	out.push(b);
	return out;
}

/** A whole route through its stops in order, as one line without repeated joints. */
export function curvedRoute(stops: LonLat[], bend = 0.18, steps = 24): LonLat[] {
	const out: LonLat[] = [];
	for (let i = 0; i < stops.length - 1; i++) {
		const leg = curveLeg(stops[i], stops[i + 1], bend, steps);
		out.push(...(out.length ? leg.slice(1) : leg));
	}
	if (!out.length && stops.length) out.push(stops[0]);
	return out;
}
