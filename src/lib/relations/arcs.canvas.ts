/**
 * The arcs on a canvas, for networks too large for one SVG element per relation (a layout of
 * thousands of stroked paths costs seconds in software rendering): the painter, and the hit test
 * that finds the arc under a pointer. Pure but for the context it is given.
 */
import type { Arc } from './arc-layout';
import { RELATION_STYLE } from './style';

/** Above this many arcs in view the diagram paints them on a canvas. */
export const CANVAS_ARCS = 400;

export type ArcContext = Pick<
	CanvasRenderingContext2D,
	| 'beginPath'
	| 'ellipse'
	| 'moveTo'
	| 'lineTo'
	| 'closePath'
	| 'stroke'
	| 'fill'
	| 'clearRect'
	| 'setTransform'
	| 'globalAlpha'
	| 'strokeStyle'
	| 'fillStyle'
	| 'lineWidth'
>;

/**
 * Paints the arcs that cross the band [top, bottom) of the diagram (the part on screen: the
 * canvas covers only that); with a selection, the others faded and the selected one on top.
 * One stroke per arc (software rendering strokes many simple paths faster than a few large
 * ones) and no dashes: a dashed stroke costs four times a plain one, and in a network this
 * large the dashes no longer read; the colour still tells the kind, the table the rest.
 */
export function drawArcs(
	ctx: ArcContext,
	arcs: readonly Arc[],
	selected: string | null,
	scale: number,
	width: number,
	[top, bottom]: [number, number]
) {
	ctx.setTransform(scale, 0, 0, scale, 0, -top * scale);
	ctx.clearRect(0, top, width, bottom - top);
	const last = arcs.find((a) => a.key === selected);
	ctx.globalAlpha = selected ? 0.22 : 1;
	for (const a of arcs) if (a !== last && crosses(a, top, bottom)) paint(ctx, a);
	ctx.globalAlpha = 1;
	if (last) paint(ctx, last);
}

/** Whether an arc (with its arrowhead and line width) reaches into a band of the diagram. */
export function crosses(a: Arc, top: number, bottom: number): boolean {
	const margin = a.width + 12;
	return Math.max(a.y0, a.y1) + margin > top && Math.min(a.y0, a.y1) - margin < bottom;
}

/** The right half of the arc's ellipse, from the sender (or upper party) on, and its arrowhead. */
function paint(ctx: ArcContext, a: Arc) {
	const color = RELATION_STYLE[a.kind].color;
	const down = a.y0 < a.y1;
	ctx.strokeStyle = color;
	ctx.lineWidth = a.width;
	ctx.beginPath();
	ctx.ellipse(a.cx, a.cy, a.rx, a.ry, 0, down ? -Math.PI / 2 : Math.PI / 2, down ? Math.PI / 2 : -Math.PI / 2, !down);
	ctx.stroke();
	if (!a.directed) return;
	const len = 5 + a.width * 1.2;
	const half = 3 + a.width * 0.8;
	ctx.fillStyle = color;
	ctx.beginPath();
	ctx.moveTo(a.cx, a.y1);
	ctx.lineTo(a.cx + len, a.y1 - half);
	ctx.lineTo(a.cx + len, a.y1 + half);
	ctx.closePath();
	ctx.fill();
}

/**
 * The arc whose line passes nearest a point, within `tolerance` px (measured across the line,
 * approximately: the point's distance from the ellipse along its radius); null when none.
 */
export function arcAt(arcs: readonly Arc[], x: number, y: number, tolerance: number): string | null {
	let best: string | null = null;
	let bestD = Infinity;
	for (const a of arcs) {
		if (x < a.cx - tolerance || Math.abs(y - a.cy) > a.ry + tolerance || x > a.cx + a.rx + tolerance) continue;
		const dx = Math.max(0, x - a.cx) / a.rx;
		const dy = (y - a.cy) / a.ry;
		const r = Math.hypot(dx, dy);
		if (r === 0) continue;
		// Radial distance to the ellipse, in px along the direction of the point.
		const px = Math.hypot(dx * a.rx, dy * a.ry);
		const d = Math.abs(px - px / r) - a.width / 2;
		if (d <= tolerance && d < bestD) {
			bestD = d;
			best = a.key;
		}
	}
	return best;
}
