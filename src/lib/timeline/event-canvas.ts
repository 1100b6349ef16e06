/**
 * The dense-layer fallback: when more marks are visible than SVG redraws smoothly, the
 * events band is painted on a canvas from the same layout. Hit-testing stays in the
 * component (it knows the layout), so this only draws.
 */
import { KIND_STYLE, shapePath } from '$lib/components/kind-style';
import type { EventKind } from '$lib/content/types';

export interface CanvasMark {
	x: number;
	y: number;
	kind?: EventKind;
	count?: number;
	dim?: boolean;
	selected?: boolean;
}

const pathCache = new Map<string, Path2D>();
function path(kind: EventKind, r: number): Path2D {
	const key = `${kind}:${r}`;
	let p = pathCache.get(key);
	if (!p) {
		p = new Path2D(shapePath(KIND_STYLE[kind].shape, r));
		pathCache.set(key, p);
	}
	return p;
}

export function drawMarks(
	ctx: CanvasRenderingContext2D,
	width: number,
	height: number,
	marks: CanvasMark[],
	r: number,
	font: number
) {
	const dpr = ctx.canvas.width / Math.max(1, width);
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, width, height);
	ctx.lineWidth = 1.5;
	ctx.strokeStyle = '#ffffff';
	for (const m of marks) {
		ctx.globalAlpha = m.dim ? 0.3 : 1;
		ctx.save();
		ctx.translate(m.x, m.y);
		if (m.count) {
			ctx.beginPath();
			ctx.arc(0, 0, r + 3, 0, Math.PI * 2);
			ctx.fillStyle = '#33333d';
			ctx.fill();
			ctx.stroke();
			ctx.fillStyle = '#ffffff';
			ctx.font = `700 ${font - 2}px 'Noto Sans', sans-serif`;
			ctx.textAlign = 'center';
			ctx.textBaseline = 'middle';
			ctx.fillText(String(m.count), 0, 0.5);
		} else if (m.kind) {
			const p = path(m.kind, r);
			ctx.fillStyle = KIND_STYLE[m.kind].shape === 'ring' ? '#ffffff' : KIND_STYLE[m.kind].color;
			ctx.fill(p);
			ctx.strokeStyle = KIND_STYLE[m.kind].shape === 'ring' ? KIND_STYLE[m.kind].color : '#ffffff';
			ctx.lineWidth = KIND_STYLE[m.kind].shape === 'ring' ? 3 : 1.5;
			ctx.stroke(p);
			ctx.strokeStyle = '#ffffff';
			ctx.lineWidth = 1.5;
		}
		ctx.restore();
	}
	ctx.globalAlpha = 1;
}
