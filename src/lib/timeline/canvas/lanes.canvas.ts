/**
 * Paints the lanes on a 2D canvas as the SVG draws them (LaneBackdrop, EraStrips, PersonBar):
 * lane backgrounds, grid and names, era tints and strips, the guide line, and person bars with
 * their names, in the same order, colours and sizes. The layout comes from scene.ts.
 */
import type { RowSizes } from '../fit';
import type { LaneLayout } from '../lanes';
import type { Scene } from '../scene';
import type { Selection } from '../selection';
import type { EraBar, LaneBar } from '../view-model';
import { ALPHA, INK, LANE_COLORS, type Theme } from '$lib/styles/palette';
import { guideLine, haloText, vline, withAlpha, type Ctx } from './primitives';

export interface LanesPaint {
	width: number;
	/** Height of the whole lanes drawing (it may be taller than the view). */
	height: number;
	lanes: LaneLayout[];
	lanesTop: number;
	eras: EraBar[];
	/** A polity's row: a named strip when open, a thin line when folded. */
	eraRow: number;
	erasOpen: boolean;
	/** The rows' height and the sizes of the bar, the life line and the name in a row. */
	row: RowSizes;
	/** The timeline's type size (lane and polity names are set from it). */
	font: number;
	theme: Theme;
	/** Each lane's name as written and its baseline below the lane's top. */
	laneNames: Map<string, { text: string; baseline: number }>;
	polityName: (id: string) => string;
	guide: number | null;
}

/** In the SVG's order: backdrop (backgrounds, grid), eras (tints, strips), guide, bars, lane names. */
export function drawLanes(ctx: Ctx, scene: Scene, bars: LaneBar[], sel: Selection, l: LanesPaint) {
	const { width: w, theme } = l;
	const clampX = (v: number) => Math.max(-w, Math.min(2 * w, v));
	ctx.fillStyle = theme.panel;
	ctx.fillRect(0, 0, w, l.lanesTop);
	drawBackdrop(ctx, scene, l);
	drawEras(ctx, scene, sel, l, clampX);
	if (l.guide !== null) guideLine(ctx, l.guide, 0, l.height, theme);
	const any = !!sel.person || sel.linkedPeople.size > 0;
	ctx.textBaseline = 'middle';
	for (const b of bars) drawBar(ctx, b, scene.x, any, sel, l, clampX);
	ctx.globalAlpha = 1;
	drawLaneNames(ctx, l);
}

/** As LaneBackdrop.svg.svelte: lane backgrounds and the time grid. */
function drawBackdrop(ctx: Ctx, scene: Pick<Scene, 'x' | 'ticks'>, l: LanesPaint) {
	l.lanes.forEach((lane, i) => {
		ctx.fillStyle = i % 2 ? INK.laneBgAlt : INK.laneBg;
		ctx.fillRect(0, l.lanesTop + lane.y, l.width, lane.height);
	});
	for (const t of scene.ticks) vline(ctx, scene.x(t.pos), 0, l.height, INK.laneGrid);
}

/** As LaneNames.svg.svelte: each lane's name, over everything. */
function drawLaneNames(ctx: Ctx, l: LanesPaint) {
	ctx.font = `700 ${l.font - 3}px ${l.theme.font}`;
	ctx.letterSpacing = '0.04em';
	ctx.textBaseline = 'alphabetic';
	for (const lane of l.lanes) {
		const name = l.laneNames.get(lane.id);
		if (name) haloText(ctx, name.text, 6, l.lanesTop + lane.y + name.baseline, INK.laneLabel, INK.laneBg, 4);
	}
	ctx.letterSpacing = '0px';
}

/** As EraStrips.svg.svelte: the selected event's parties tint the lanes; polities as named strips. */
function drawEras(
	ctx: Ctx,
	scene: Pick<Scene, 'x' | 'eraLabels'>,
	sel: Selection,
	l: LanesPaint,
	clampX: (v: number) => number
) {
	const { x } = scene;
	const w = l.width;
	const erasTop = 2;
	for (const era of l.eras) {
		if (!sel.parties.has(era.id)) continue;
		const x0 = clampX(x(era.start));
		ctx.globalAlpha = ALPHA.eraTint;
		ctx.fillStyle = era.color;
		ctx.fillRect(x0, l.lanesTop, Math.max(0, clampX(x(era.stop)) - x0), l.height - l.lanesTop);
	}
	ctx.globalAlpha = 1;
	ctx.font = `600 ${Math.max(9, Math.min(l.font - 3, l.eraRow - 2))}px ${l.theme.font}`;
	ctx.textBaseline = 'middle';
	for (const era of l.eras) {
		const x0 = clampX(x(era.start));
		const x1 = clampX(x(era.stop));
		if (x1 <= -w || x0 >= 2 * w) continue;
		const y = erasTop + era.row * l.eraRow;
		ctx.globalAlpha = sel.parties.has(era.id) ? ALPHA.eraParty : era.circa ? ALPHA.eraCirca : ALPHA.era;
		ctx.fillStyle = era.color;
		ctx.beginPath();
		if (l.erasOpen) ctx.roundRect(x0, y, Math.max(1, x1 - x0), Math.max(2, l.eraRow - 3), 3);
		else ctx.rect(x0, y, Math.max(1, x1 - x0), l.eraRow);
		ctx.fill();
		ctx.globalAlpha = 1;
		const place = scene.eraLabels.get(era.id);
		if (place && place.mode !== 'none')
			haloText(ctx, l.polityName(era.id), place.x, y + (l.eraRow - 3) / 2, INK.text, INK.white, 3);
	}
}

function drawBar(
	ctx: Ctx,
	b: LaneBar,
	x: (pos: number) => number,
	any: boolean,
	sel: Selection,
	l: LanesPaint,
	clampX: (v: number) => number
) {
	const { row } = l;
	const mid = row.rowHeight / 2;
	const life = row.lifeHeight;
	const s = b.span;
	const c = LANE_COLORS[b.lane];
	const selected = sel.person === s.id;
	const linked = sel.linkedPeople.has(s.id);
	ctx.globalAlpha = any && !selected && !linked ? ALPHA.dimPerson : 1;
	const y = b.y;
	if (s.life) {
		const lx0 = x(s.life[0]);
		const lx1 = x(s.life[1]);
		if (s.attested) {
			ctx.save();
			ctx.globalAlpha *= ALPHA.attested;
			ctx.setLineDash([4, 4]);
			ctx.strokeStyle = c.reign;
			ctx.lineWidth = Math.min(3, life);
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
			ctx.roundRect(x0, y + mid - life / 2, Math.max(2, clampX(lx0 + width) - x0), life, life / 2);
			ctx.fill();
		}
	}
	if (s.reign) {
		const rx0 = clampX(x(s.reign[0]));
		ctx.fillStyle = c.reign;
		ctx.beginPath();
		const h = row.barHeight;
		ctx.roundRect(rx0, y + mid - h / 2, Math.max(3, clampX(x(s.reign[1])) - rx0), h, Math.min(3, h / 2));
		ctx.fill();
	}
	if (selected || sel.focusPerson === s.id) {
		ctx.strokeStyle = l.theme.focus;
		ctx.lineWidth = 3;
		ctx.beginPath();
		const w = Math.max(8, clampX(b.x1) - clampX(b.x0)) + 6;
		ctx.roundRect(clampX(b.x0) - 3, y, w, row.rowHeight, Math.min(5, row.rowHeight / 2));
		ctx.stroke();
	}
	if (b.place.mode !== 'none') {
		ctx.font = `${selected || linked ? 700 : 600} ${row.font}px ${l.theme.font}`;
		// On the reign, light on dark with a halo of the bar's own colour where glyphs overhang it.
		if (b.place.solid) haloText(ctx, b.text, b.place.x, y + mid, INK.white, c.reign, 3.5);
		else haloText(ctx, b.text, b.place.x, y + mid, INK.text, INK.laneBg, 3.5);
	}
}
