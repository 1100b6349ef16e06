/**
 * Drawing primitives shared by the canvas painters: mark shapes (cached as Path2D), text with
 * a halo, hairlines, the guide line and the focus ring. Colours come from styles/palette.
 */
import { ALPHA, KIND_STYLE, shapePath, type Theme } from '$lib/styles/palette';
import type { EventKind } from '$lib/domain/types';

export type Ctx = CanvasRenderingContext2D;

const pathCache = new Map<string, Path2D>();
export function shape(kind: EventKind, r: number): Path2D {
	const key = `${kind}:${r}`;
	let p = pathCache.get(key);
	if (!p) {
		p = new Path2D(shapePath(KIND_STYLE[kind].shape, r));
		pathCache.set(key, p);
	}
	return p;
}

export function haloText(ctx: Ctx, text: string, x: number, y: number, fill: string, halo: string, width: number) {
	ctx.lineJoin = 'round';
	ctx.lineWidth = width;
	ctx.strokeStyle = halo;
	ctx.strokeText(text, x, y);
	ctx.fillStyle = fill;
	ctx.fillText(text, x, y);
}

export function vline(ctx: Ctx, x: number, y0: number, y1: number, color: string) {
	const px = Math.round(x) + 0.5;
	ctx.strokeStyle = color;
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(px, y0);
	ctx.lineTo(px, y1);
	ctx.stroke();
}

export function guideLine(ctx: Ctx, x: number, y0: number, y1: number, theme: Theme) {
	ctx.save();
	ctx.globalAlpha = ALPHA.guide;
	ctx.setLineDash([5, 4]);
	ctx.strokeStyle = theme.focus;
	ctx.lineWidth = 2;
	ctx.beginPath();
	ctx.moveTo(x, y0);
	ctx.lineTo(x, y1);
	ctx.stroke();
	ctx.restore();
}

export function ringAt(ctx: Ctx, radius: number, theme: Theme) {
	ctx.beginPath();
	ctx.arc(0, 0, radius, 0, Math.PI * 2);
	ctx.strokeStyle = theme.focus;
	ctx.lineWidth = 3;
	ctx.stroke();
}

/** '#rrggbb' with an alpha, for gradient stops that fade to nothing. */
export function withAlpha(hex: string, alpha: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
