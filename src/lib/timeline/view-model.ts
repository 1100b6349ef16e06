/**
 * Turning the model and the zoom into what the timeline draws: person bars with their names,
 * positioned event marks (stacks and counts) and their titles, era strips. Pure, so the drawing components
 * stay thin and the arithmetic is tested.
 */
import type { ContentModel } from '$lib/domain/types';
import type { TimeWindow } from '$lib/domain/types';
import { MAX_STACK, type Cluster, type Mark } from './clusters';
import { toDecimalEnd, toDecimalStart } from '$lib/domain/dates';
import { placeRowLabels, type LabelPlacement } from './labels';
import { packRows, type LaneLayout, type PersonSpan } from './lanes';

export type BandItem =
	| { type: 'mark'; mark: Mark; x: number; y: number; row: number }
	| { type: 'count'; cluster: Cluster; x: number; y: number; row: number };

/**
 * Positions marks in the events band: stacks of up to `maxStack` rows from `firstRow`, else
 * one count in the middle row of the stack. `top` is the y of the band's row 0.
 */
export function bandItems(
	clusters: Cluster[],
	x: (pos: number) => number,
	top: number,
	rowStep: number,
	maxStack = MAX_STACK,
	firstRow = 0
): BandItem[] {
	const out: BandItem[] = [];
	const countRow = firstRow + Math.floor((maxStack - 1) / 2);
	for (const c of clusters) {
		if (c.marks.length <= maxStack) {
			c.marks.forEach((mark, i) =>
				out.push({ type: 'mark', mark, x: x(mark.pos), y: top + (firstRow + i) * rowStep, row: firstRow + i })
			);
		} else out.push({ type: 'count', cluster: c, x: x(c.pos), y: top + countRow * rowStep, row: countRow });
	}
	return out;
}

/**
 * Which marks get their title written beside them: a title is drawn to the right of its
 * mark when it fits before the next mark or count badge in the same row and inside the view.
 * Returns id → the title's width, for marks that get one.
 */
export function markLabels(
	items: BandItem[],
	titleWidth: (id: string) => number,
	r: number,
	viewWidth: number
): Map<string, number> {
	const rows = new Map<number, { id: string; x: number; count: boolean }[]>();
	for (const it of items) {
		const row = rows.get(it.row) ?? [];
		row.push(it.type === 'mark' ? { id: it.mark.id, x: it.x, count: false } : { id: '', x: it.x, count: true });
		rows.set(it.row, row);
	}
	const out = new Map<string, number>();
	for (const list of rows.values()) {
		list.sort((a, b) => a.x - b.x);
		list.forEach((mk, i) => {
			if (mk.count) return;
			const start = mk.x + r + 4;
			// A count badge is wider than a mark.
			const next = list[i + 1];
			const limit = Math.min(next ? next.x - r - (next.count ? 10 : 6) : Infinity, viewWidth - 2);
			const w = titleWidth(mk.id);
			if (start >= 0 && start + w <= limit) out.set(mk.id, w);
		});
	}
	return out;
}

export interface EraBar {
	id: string;
	start: number;
	stop: number;
	row: number;
	color: string;
	circa: boolean;
}

/** Polities as era strips, packed by overlap only (names show inside or beside where they fit). */
export function layoutEras(
	polities: ContentModel['polities'],
	span: TimeWindow,
	pack: { from: number; pxPerYear: number }
): { bars: EraBar[]; rows: number } {
	const list = polities
		.map((p) => ({
			id: p.id,
			start: Math.max(span.from, toDecimalStart(p.from)),
			stop: Math.min(span.to, p.to ? toDecimalEnd(p.to) : span.to),
			color: p.color ?? '#8a8f98',
			circa: p.circa
		}))
		.filter((p) => p.stop > p.start)
		.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
	const { rows, count } = packRows(
		list.map((p) => ({ x0: (p.start - pack.from) * pack.pxPerYear, x1: (p.stop - pack.from) * pack.pxPerYear })),
		2
	);
	return { bars: list.map((p, i) => ({ ...p, row: rows[i] })), rows: count };
}

/** A person's name candidates, longest first, and their widths (see RowBar). */
export interface PersonLabels {
	texts: string[];
	widths: number[];
	besideFrom?: number;
}

export interface LaneBar {
	span: PersonSpan;
	lane: string;
	/** Top of the bar's row, px. */
	y: number;
	x0: number;
	x1: number;
	place: LabelPlacement;
	text: string;
}

/**
 * The bars in view with their names placed: row by row, left to right, trying the name
 * with years first (inside a long bar) and the name alone beside a short one. `nameScale`:
 * the names' type size against the size their widths were measured at; 0 when rows are too
 * thin for names (they stay in tooltips). A folded lane's names are never written.
 */
export function laneBars(
	lanes: LaneLayout[],
	x: (pos: number) => number,
	win: TimeWindow,
	width: number,
	labels: (id: string) => PersonLabels,
	top: number,
	rowHeight: number,
	rows: LaneRows = laneRows(lanes),
	nameScale = 1,
	/** Where names may start in a lane's first row (the lane's name may sit over it). */
	nameStart: (lane: LaneLayout) => number = () => 0
): LaneBar[] {
	const out: LaneBar[] = [];
	const none: LabelPlacement = { mode: 'none', x: 0 };
	for (const { lane, row, members } of rows) {
		// Only rows with a bar in view need their labels placed.
		if (!members.some(({ span }) => span.stop >= win.from && span.start <= win.to)) continue;
		const named = nameScale > 0 && !lane.collapsed;
		const texts = members.map(({ span }) => labels(span.id));
		const placed = named
			? placeRowLabels(
					members.map(({ span }, i) => ({
						x0: x(span.start),
						x1: x(span.stop),
						widths: texts[i].widths.map((w) => Math.ceil(w * nameScale)),
						besideFrom: texts[i].besideFrom,
						solid: span.reign && ([x(span.reign[0]), x(span.reign[1])] as const)
					})),
					row === 0 ? nameStart(lane) : 0,
					width
				)
			: null;
		members.forEach(({ span }, i) => {
			if (span.stop < win.from || span.start > win.to) return;
			const { place, choice } = placed?.[i] ?? { place: none, choice: -1 };
			out.push({
				span,
				lane: lane.id,
				y: top + lane.rowsTop + row * rowHeight,
				x0: x(span.start),
				x1: x(span.stop),
				place,
				text: texts[i].texts[Math.max(0, choice)]
			});
		});
	}
	return out;
}

export type LaneRows = { lane: LaneLayout; row: number; members: LaneLayout['people'] }[];

/** The people of each lane grouped by row, left to right: computed once per packing, not per frame. */
export function laneRows(lanes: LaneLayout[]): LaneRows {
	const out: LaneRows = [];
	for (const lane of lanes) {
		const byRow = new Map<number, LaneLayout['people']>();
		for (const p of lane.people) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
		for (const [row, members] of byRow) out.push({ lane, row, members });
	}
	return out;
}

/** Era names inside their strip or beside it where the row is free (never over another name). */
export function eraLabelPlacements(
	eras: EraBar[],
	x: (pos: number) => number,
	width: number,
	textWidthOf: (id: string) => number
): Map<string, LabelPlacement> {
	const out = new Map<string, LabelPlacement>();
	const byRow = new Map<number, EraBar[]>();
	for (const e of eras) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
	for (const list of byRow.values()) {
		const placed = placeRowLabels(
			list.map((e) => ({ x0: x(e.start), x1: x(e.stop), widths: [textWidthOf(e.id)] })),
			0,
			width
		);
		list.forEach((e, i) => out.set(e.id, placed[i].place));
	}
	return out;
}
