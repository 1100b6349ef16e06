/**
 * The box around a set of points, in whatever plane they are given (longitude and latitude for
 * the interactive map, projected pixels for the static maps). One implementation, on d3-array.
 */
import { extent } from 'd3-array';

export type Box = [[number, number], [number, number]];

/** `[[minX, minY], [maxX, maxY]]` of the points; null when there are none. */
export function boundsOf(points: readonly (readonly [number, number])[]): Box | null {
	const [x0, x1] = extent(points, (p) => p[0]);
	const [y0, y1] = extent(points, (p) => p[1]);
	if (x0 === undefined || x1 === undefined || y0 === undefined || y1 === undefined) return null;
	return [
		[x0, y0],
		[x1, y1]
	];
}
