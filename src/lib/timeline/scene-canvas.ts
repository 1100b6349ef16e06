/**
 * Paints a timeline scene on a 2D canvas, matching what the SVG components draw (colours,
 * shapes, sizes, feathered ends, dimming): while the reader zooms or pans the canvas stands
 * in for the SVG, and with very many marks it draws the events band at rest. Only paints;
 * the layout comes from scene.ts.
 */
import { KIND_STYLE, shapePath } from '$lib/components/kind-style';
import type { EventKind } from '$lib/domain/types';
import type { LaneId } from '$lib/i18n/labels';
import type { Cluster } from './clusters';
import type { LaneLayout } from './lanes';
import type { Scene } from './scene';
import type { Selection } from './selection';
import { axisLabelX } from './scene';
import { LANE_COLORS } from './sizes';
import type { BandItem, EraBar, LaneBar } from './view-model';

type Ctx = CanvasRenderingContext2D;

/** Colours of the SVG drawing (the components' CSS), in one place for the canvas. */
export const INK = {
	axisBg: '#f3efe6',
	grid: '#d8d2c6',
	gridMajor: '#b9b1a2',
	minor: '#9c9487',
	axisLabel: '#2c2c33',
	bandLabel: '#6b6558',
	laneBg: '#fffdf8',
	laneBgAlt: '#f6f2e9',
	laneGrid: '#e4ded2',
	laneLabel: '#5b564b',
	text: '#1b1b1f',
	badge: '#33333d',
	white: '#ffffff'
};

export interface Theme {
	font: string;
	focus: string;
	panel: string;
}

const pathCache = new Map<string, Path2D>();
function shape(kind: EventKind, r: number): Path2D {
	const key = `${kind}:${r}`;
	let p = pathCache.get(key);
	if (!p) {
		p = new Path2D(shapePath(KIND_STYLE[kind].shape, r));
		pathCache.set(key, p);
	}
	return p;
}

function haloText(ctx: Ctx, text: string, x: number, y: number, fill: string, halo: string, width: number) {
	ctx.lineJoin = 'round';
	ctx.lineWidth = width;
	ctx.strokeStyle = halo;
	ctx.strokeText(text, x, y);
	ctx.fillStyle = fill;
	ctx.fillText(text, x, y);
}

function vline(ctx: Ctx, x: number, y0: number, y1: number, color: string) {
	const px = Math.round(x) + 0.5;
	ctx.strokeStyle = color;
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(px, y0);
	ctx.lineTo(px, y1);
	ctx.stroke();
}

function guideLine(ctx: Ctx, x: number, y0: number, y1: number, theme: Theme) {
	ctx.save();
	ctx.globalAlpha = 0.7;
	ctx.setLineDash([5, 4]);
	ctx.strokeStyle = theme.focus;
	ctx.lineWidth = 2;
	ctx.beginPath();
	ctx.moveTo(x, y0);
	ctx.lineTo(x, y1);
	ctx.stroke();
	ctx.restore();
}

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
	title: (id: string) => string;
	theme: Theme;
}

/** Marks, stacks and count badges; titles where `labelled` says they fit. */
export function drawMarks(
	ctx: Ctx,
	items: BandItem[],
	labelled: Map<string, number>,
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
				ctx.globalAlpha = any && id !== sel.event && !sel.linkedEvents.has(id) ? 0.28 : 1;
				if (id === sel.event || id === sel.focusEvent) ringAt(ctx, r + 5, theme);
				const circa = p.circa(id);
				const path = shape(kind, r);
				ctx.save();
				if (circa) {
					ctx.globalAlpha *= 0.75;
					ctx.setLineDash([2, 2]);
				}
				ctx.fillStyle = ring ? INK.white : style.color;
				ctx.fill(path);
				ctx.strokeStyle = ring ? style.color : INK.white;
				ctx.lineWidth = ring ? 3 : 1.5;
				ctx.stroke(path);
				ctx.restore();
				if (labelled.has(id)) {
					ctx.font = `600 ${p.font - 1}px ${theme.font}`;
					ctx.textBaseline = 'middle';
					haloText(ctx, p.title(id), r + 4, 0, INK.text, INK.white, 3);
				}
			}
		}
		ctx.restore();
	}
}

function ringAt(ctx: Ctx, radius: number, theme: Theme) {
	ctx.beginPath();
	ctx.arc(0, 0, radius, 0, Math.PI * 2);
	ctx.strokeStyle = theme.focus;
	ctx.lineWidth = 3;
	ctx.stroke();
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
	ctx.globalAlpha = any && !hasSelected && !c.marks.some((mk) => sel.linkedEvents.has(mk.id)) ? 0.28 : 1;
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
		ctx.globalAlpha = dim ? 0.08 : b.circa(s.id) ? 0.1 : s.ranged ? 0.55 : 0.16;
		ctx.fillStyle = KIND_STYLE[kind].color;
		ctx.beginPath();
		ctx.roundRect(s.x0, s.y - (s.ranged ? 4 : b.r + 2), Math.max(1, s.x1 - s.x0), s.ranged ? 8 : 2 * b.r + 4, 4);
		ctx.fill();
	}
	ctx.globalAlpha = 1;
	drawMarks(ctx, scene.items, scene.labelled, sel, b);
	ctx.globalAlpha = 1;
}

export interface LanesPaint {
	width: number;
	/** Height of the whole lanes drawing (it may be taller than the view). */
	height: number;
	lanes: LaneLayout[];
	lanesTop: number;
	eras: EraBar[];
	eraRow: number;
	rowHeight: number;
	barHeight: number;
	font: number;
	theme: Theme;
	laneLabel: (id: LaneId) => string;
	polityName: (id: string) => string;
	guide: number | null;
}

/** Lane backgrounds, era strips and tints, grid, lane names and person bars with their names. */
export function drawLanes(ctx: Ctx, scene: Scene, bars: LaneBar[], sel: Selection, l: LanesPaint) {
	const { x } = scene;
	const { width: w, theme } = l;
	const clampX = (v: number) => Math.max(-w, Math.min(2 * w, v));
	const erasTop = 2;
	ctx.fillStyle = theme.panel;
	ctx.fillRect(0, 0, w, l.lanesTop);
	l.lanes.forEach((lane, i) => {
		ctx.fillStyle = i % 2 ? INK.laneBgAlt : INK.laneBg;
		ctx.fillRect(0, l.lanesTop + lane.y, w, lane.height);
	});
	for (const era of l.eras) {
		if (!sel.parties.has(era.id)) continue;
		const x0 = clampX(x(era.start));
		ctx.globalAlpha = 0.14;
		ctx.fillStyle = era.color;
		ctx.fillRect(x0, l.lanesTop, Math.max(0, clampX(x(era.stop)) - x0), l.height - l.lanesTop);
	}
	ctx.globalAlpha = 1;
	for (const t of scene.ticks) vline(ctx, x(t.pos), 0, l.height, INK.laneGrid);
	ctx.font = `600 ${l.font - 3}px ${theme.font}`;
	ctx.textBaseline = 'middle';
	for (const era of l.eras) {
		const x0 = clampX(x(era.start));
		const x1 = clampX(x(era.stop));
		if (x1 <= -w || x0 >= 2 * w) continue;
		const y = erasTop + era.row * l.eraRow;
		ctx.globalAlpha = sel.parties.has(era.id) ? 0.95 : era.circa ? 0.35 : 0.55;
		ctx.fillStyle = era.color;
		ctx.beginPath();
		ctx.roundRect(x0, y, Math.max(1, x1 - x0), l.eraRow - 3, 3);
		ctx.fill();
		ctx.globalAlpha = 1;
		const place = scene.eraLabels.get(era.id);
		if (place && place.mode !== 'none')
			haloText(ctx, l.polityName(era.id), place.x, y + (l.eraRow - 3) / 2, INK.text, INK.white, 3);
	}
	if (l.guide !== null) guideLine(ctx, l.guide, 0, l.height, theme);

	ctx.font = `700 ${l.font - 3}px ${theme.font}`;
	ctx.letterSpacing = '0.04em';
	ctx.textBaseline = 'alphabetic';
	for (const lane of l.lanes)
		haloText(
			ctx,
			l.laneLabel(lane.id).toLocaleUpperCase(),
			6,
			l.lanesTop + lane.y + l.font,
			INK.laneLabel,
			INK.laneBg,
			4
		);
	ctx.letterSpacing = '0px';

	const any = !!sel.person || sel.linkedPeople.size > 0;
	const mid = l.rowHeight / 2;
	ctx.textBaseline = 'middle';
	for (const b of bars) drawBar(ctx, b, x, any, sel, l, mid, clampX);
	ctx.globalAlpha = 1;
}

function drawBar(
	ctx: Ctx,
	b: LaneBar,
	x: (pos: number) => number,
	any: boolean,
	sel: Selection,
	l: LanesPaint,
	mid: number,
	clampX: (v: number) => number
) {
	const s = b.span;
	const c = LANE_COLORS[b.lane];
	const selected = sel.person === s.id;
	const linked = sel.linkedPeople.has(s.id);
	ctx.globalAlpha = any && !selected && !linked ? 0.3 : 1;
	const y = b.y;
	if (s.life) {
		const lx0 = x(s.life[0]);
		const lx1 = x(s.life[1]);
		if (s.attested) {
			ctx.save();
			ctx.globalAlpha *= 0.7;
			ctx.setLineDash([4, 4]);
			ctx.strokeStyle = c.reign;
			ctx.lineWidth = 3;
			ctx.beginPath();
			ctx.moveTo(clampX(lx0), y + mid);
			ctx.lineTo(clampX(lx1), y + mid);
			ctx.stroke();
			ctx.restore();
		} else {
			const width = Math.max(2, lx1 - lx0);
			if (s.softStart || s.softEnd) {
				// The SVG's gradient runs over the whole bar (objectBoundingBox), not the clipped part.
				const g = ctx.createLinearGradient(lx0, 0, lx0 + width, 0);
				g.addColorStop(0, withAlpha(c.life, s.softStart ? 0 : 1));
				g.addColorStop(0.18, c.life);
				g.addColorStop(0.82, c.life);
				g.addColorStop(1, withAlpha(c.life, s.softEnd ? 0 : 1));
				ctx.fillStyle = g;
			} else ctx.fillStyle = c.life;
			const x0 = clampX(lx0);
			ctx.beginPath();
			ctx.roundRect(x0, y + mid - 3, Math.max(2, clampX(lx0 + width) - x0), 6, 3);
			ctx.fill();
		}
	}
	if (s.reign) {
		const rx0 = clampX(x(s.reign[0]));
		ctx.fillStyle = c.reign;
		ctx.beginPath();
		ctx.roundRect(rx0, y + mid - l.barHeight / 2, Math.max(3, clampX(x(s.reign[1])) - rx0), l.barHeight, 3);
		ctx.fill();
	}
	if (selected || sel.focusPerson === s.id) {
		ctx.strokeStyle = l.theme.focus;
		ctx.lineWidth = 3;
		ctx.beginPath();
		ctx.roundRect(clampX(b.x0) - 3, y, Math.max(8, clampX(b.x1) - clampX(b.x0)) + 6, l.rowHeight, 5);
		ctx.stroke();
	}
	if (b.place.mode !== 'none') {
		ctx.font = `${selected || linked ? 700 : 600} ${l.font}px ${l.theme.font}`;
		// On the reign, light on dark with a halo of the bar's own colour where glyphs overhang it.
		if (b.place.solid) haloText(ctx, b.text, b.place.x, y + mid, INK.white, c.reign, 3.5);
		else haloText(ctx, b.text, b.place.x, y + mid, INK.text, INK.laneBg, 3.5);
	}
}

/** '#rrggbb' with an alpha, for gradient stops that fade to nothing. */
function withAlpha(hex: string, alpha: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** The page's font and accent colours, read from CSS so the canvas follows the stylesheet. */
export function readTheme(el: Element): Theme {
	const css = getComputedStyle(el);
	return {
		font: css.getPropertyValue('--font').trim() || css.fontFamily || 'sans-serif',
		focus: css.getPropertyValue('--focus').trim() || '#c2410c',
		panel: css.getPropertyValue('--panel').trim() || '#ffffff'
	};
}
