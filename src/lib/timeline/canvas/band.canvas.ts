/**
 * Paints the events band on a 2D canvas as the SVG draws it (EventBand, TimelineAxis): axis,
 * the band's name, the guide line, spans, marks, stacks and count badges, with the same
 * colours, sizes and dimming. The layout comes from scene.ts; this only paints.
 */
import { ALPHA, INK, KIND_STYLE, type Theme } from '$lib/styles/palette';
import type { EventKind } from '$lib/domain/types';
import type { Cluster } from '../clusters';
import { axisLabelX, type Scene } from '../scene';
import type { Selection } from '../selection';
import type { MarkLabel } from '../featured';
import type { BandItem } from '../view-model';
import { guideLine, haloText, ringAt, shape, vline, type Ctx } from './primitives';

export interface AxisPaint {
	width: number;
	/** Height of the band: tick lines run down through it. */
	height: number;
	axisHeight: number;
	font: number;
}

export function drawAxis(ctx: Ctx, scene: Pick<Scene, 'x' | 'ticks' | 'minor'>, a: AxisPaint, theme: Theme) {
	const { x } = scene;
	ctx.fillStyle = INK.axisBg;
	ctx.fillRect(0, 0, a.width, a.axisHeight);
	for (const t of scene.minor) vline(ctx, x(t.pos), a.axisHeight - 6, a.axisHeight, INK.minor);
	ctx.textBaseline = 'middle';
	for (const t of scene.ticks) {
		vline(ctx, x(t.pos), 0, a.height, t.major ? INK.gridMajor : INK.grid);
		const lx = axisLabelX(t, x, a.width, a.font);
		if (lx === null) continue;
		ctx.font = `${t.major ? 700 : 600} ${a.font}px ${theme.font}`;
		ctx.textAlign = t.anchor === 'middle' ? 'center' : 'left';
		ctx.fillStyle = INK.axisLabel;
		ctx.fillText(t.label, lx, a.axisHeight / 2);
	}
	ctx.textAlign = 'left';
	ctx.strokeStyle = INK.minor;
	ctx.beginPath();
	ctx.moveTo(0, a.axisHeight + 0.5);
	ctx.lineTo(a.width, a.axisHeight + 0.5);
	ctx.stroke();
}

export interface MarkPaint {
	r: number;
	font: number;
	kind: (id: string) => EventKind | undefined;
	circa: (id: string) => boolean;
	theme: Theme;
}

/** Marks, stacks and count badges; names where `labelled` places them. */
export function drawMarks(
	ctx: Ctx,
	items: BandItem[],
	labelled: Map<string, MarkLabel>,
	sel: Pick<Selection, 'event' | 'linkedEvents' | 'focusEvent'>,
	p: MarkPaint
) {
	const { r, theme } = p;
	const any = !!sel.event || sel.linkedEvents.size > 0;
	for (const it of items) {
		ctx.save();
		ctx.translate(it.x, it.y);
		if (it.type === 'count') drawCount(ctx, it.cluster, any, sel, p);
		else {
			const id = it.mark.id;
			const kind = p.kind(id);
			if (kind) {
				const style = KIND_STYLE[kind];
				const ring = style.shape === 'ring';
				ctx.globalAlpha = any && id !== sel.event && !sel.linkedEvents.has(id) ? ALPHA.dimMark : 1;
				if (id === sel.event || id === sel.focusEvent) ringAt(ctx, r + 5, theme);
				const circa = p.circa(id);
				const path = shape(kind, r);
				ctx.save();
				if (circa) {
					ctx.globalAlpha *= ALPHA.circaMark;
					ctx.setLineDash([2, 2]);
				}
				ctx.fillStyle = ring ? INK.white : style.color;
				ctx.fill(path);
				ctx.strokeStyle = ring ? style.color : INK.white;
				ctx.lineWidth = ring ? 3 : 1.5;
				ctx.stroke(path);
				ctx.restore();
				const label = labelled.get(id);
				if (label) {
					ctx.font = `${it.mark.featured ? 700 : 600} ${p.font - 1}px ${theme.font}`;
					ctx.textBaseline = 'middle';
					const lx = label.side === 'right' ? r + 4 : label.fades ? -r - 4 - label.width : -r - 4;
					ctx.textAlign = label.side === 'right' || label.fades ? 'left' : 'right';
					ctx.save();
					// A first word wider than its room is cut at the room's edge (the SVG fades it there).
					if (label.fades) {
						ctx.beginPath();
						ctx.rect(lx, -p.font, label.width, p.font * 2);
						ctx.clip();
					}
					haloText(ctx, label.text, lx, 0, INK.text, INK.white, 3);
					ctx.restore();
					ctx.textAlign = 'left';
				}
			}
		}
		ctx.restore();
	}
}

function drawCount(
	ctx: Ctx,
	c: Cluster,
	any: boolean,
	sel: Pick<Selection, 'event' | 'linkedEvents' | 'focusEvent'>,
	p: MarkPaint
) {
	const hasSelected = c.marks.some((mk) => mk.id === sel.event);
	const hasFocus = c.marks.some((mk) => mk.id === sel.focusEvent);
	ctx.globalAlpha = any && !hasSelected && !c.marks.some((mk) => sel.linkedEvents.has(mk.id)) ? ALPHA.dimMark : 1;
	if (hasSelected || hasFocus) ringAt(ctx, p.r + 8, p.theme);
	ctx.beginPath();
	ctx.arc(0, 0, p.r + 4, 0, Math.PI * 2);
	ctx.fillStyle = INK.badge;
	ctx.fill();
	ctx.strokeStyle = INK.white;
	ctx.lineWidth = 2;
	ctx.stroke();
	ctx.fillStyle = INK.white;
	ctx.font = `700 ${p.font - 2}px ${p.theme.font}`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillText(String(c.marks.length), 0, 0.5);
	ctx.textAlign = 'left';
}

export interface BandPaint extends MarkPaint {
	width: number;
	height: number;
	axisHeight: number;
	axisFont: number;
	label: string;
	/** Baseline of the band's name. */
	labelY: number;
	top: number;
	locale: string;
	guide: number | null;
}

/** The whole events band: axis, name, guide, spans, marks. */
export function drawBand(ctx: Ctx, scene: Scene, sel: Selection, b: BandPaint) {
	const { theme } = b;
	ctx.fillStyle = theme.panel;
	ctx.fillRect(0, 0, b.width, b.height);
	drawAxis(ctx, scene, { width: b.width, height: b.height, axisHeight: b.axisHeight, font: b.axisFont }, theme);
	ctx.font = `700 ${b.font - 3}px ${theme.font}`;
	ctx.letterSpacing = '0.04em';
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = INK.bandLabel;
	ctx.fillText(b.label.toLocaleUpperCase(b.locale), 6, b.labelY);
	ctx.letterSpacing = '0px';
	if (b.guide !== null) guideLine(ctx, b.guide, b.top - b.r - 2, b.height, theme);
	const any = !!sel.event || sel.linkedEvents.size > 0;
	for (const s of scene.spans) {
		const dim = any && s.id !== sel.event && !sel.linkedEvents.has(s.id);
		const kind = b.kind(s.id);
		if (!kind) continue;
		ctx.globalAlpha = dim ? ALPHA.dimSpan : b.circa(s.id) ? ALPHA.spanCirca : s.ranged ? ALPHA.spanRanged : ALPHA.span;
		ctx.fillStyle = KIND_STYLE[kind].color;
		ctx.beginPath();
		ctx.roundRect(s.x0, s.y - (s.ranged ? 4 : b.r + 2), Math.max(1, s.x1 - s.x0), s.ranged ? 8 : 2 * b.r + 4, 4);
		ctx.fill();
	}
	ctx.globalAlpha = 1;
	drawMarks(ctx, scene.items, scene.labelled, sel, b);
	ctx.globalAlpha = 1;
}
