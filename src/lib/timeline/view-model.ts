/**
 * Turning the model and the zoom into what the timeline draws: the span it covers, person
 * bars, and positioned event marks (stacks and counts). Pure, so the drawing components
 * stay thin and the arithmetic is tested.
 */
import type { ContentModel, EventEntry } from '$lib/domain/types';
import type { TimeWindow } from '$lib/domain/types';
import { MAX_STACK, type Cluster, type Mark } from './clusters';
import { toDecimalEnd, toDecimalStart } from '$lib/domain/dates';
import { placeRowLabels, type LabelPlacement } from './labels';
import { packRows, personSpan, type LaneLayout, type PersonSpan } from './lanes';

/** Everything the timeline can show (events and people), with a small margin. */
export function timelineSpan(model: Pick<ContentModel, 'events' | 'people'>, spans: PersonSpan[]): TimeWindow {
	let from = Infinity;
	let to = -Infinity;
	for (const e of model.events) {
		from = Math.min(from, e.start);
		to = Math.max(to, e.stop);
	}
	for (const s of spans) {
		from = Math.min(from, s.start);
		to = Math.max(to, s.stop);
	}
	if (!Number.isFinite(from)) return { from: 1400, to: 2000 };
	const pad = Math.max(1, (to - from) * 0.02);
	return { from: from - pad, to: to + pad };
}

export function personSpans(model: Pick<ContentModel, 'events' | 'people'>): PersonSpan[] {
	const byId = new Map(model.events.map((e) => [e.id, e]));
	const out: PersonSpan[] = [];
	for (const p of model.people) {
		const evs = p.events.map((id) => byId.get(id)).filter((e): e is EventEntry => !!e);
		const s = personSpan(p, evs);
		if (s) out.push(s);
	}
	return out;
}

export type BandItem =
	| { type: 'mark'; mark: Mark; x: number; y: number; row: number }
	| { type: 'count'; cluster: Cluster; x: number; y: number };

/** Positions marks in the events band: stacks of up to MAX_STACK rows, else one count. */
export function bandItems(clusters: Cluster[], x: (pos: number) => number, top: number, rowStep: number): BandItem[] {
	const out: BandItem[] = [];
	for (const c of clusters) {
		if (c.marks.length <= MAX_STACK) {
			c.marks.forEach((mark, row) => out.push({ type: 'mark', mark, x: x(mark.pos), y: top + row * rowStep, row }));
		} else out.push({ type: 'count', cluster: c, x: x(c.pos), y: top + rowStep });
	}
	return out;
}

/**
 * Which marks get their title written beside them: a title is drawn to the right of its
 * mark when it fits before the next mark in the same row and inside the view. Returns
 * id → available width, for marks that get a label.
 */
export function markLabels(
	items: BandItem[],
	titleWidth: (id: string) => number,
	r: number,
	viewWidth: number
): Map<string, number> {
	const rows = new Map<number, { id: string; x: number }[]>();
	const counts: number[] = [];
	for (const it of items) {
		if (it.type === 'count') counts.push(it.x);
		else {
			const row = rows.get(it.row) ?? [];
			row.push({ id: it.mark.id, x: it.x });
			rows.set(it.row, row);
		}
	}
	const out = new Map<string, number>();
	for (const [row, list] of rows) {
		list.sort((a, b) => a.x - b.x);
		list.forEach((mk, i) => {
			const start = mk.x + r + 4;
			let limit = Math.min(i + 1 < list.length ? list[i + 1].x - r - 6 : Infinity, viewWidth - 2);
			// Count badges sit in row 1 and block that row's labels.
			if (row === 1) for (const cx of counts) if (cx > mk.x && cx - r - 6 < limit) limit = cx - r - 6;
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

/**
 * The first view when no window is asked for: the years where most events are (5th to 95th
 * percentile, padded), so a sparse antiquity does not squeeze the dense centuries. Home and
 * the reset button still show the whole span.
 */
export function overviewWindow(positions: number[], span: TimeWindow): TimeWindow {
	if (positions.length < 10) return span;
	const sorted = [...positions].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
	const lo = at(0.05);
	const hi = at(0.95);
	const pad = Math.max(5, (hi - lo) * 0.06);
	const from = Math.max(span.from, lo - pad);
	const to = Math.min(span.to, hi + pad);
	return to - from < (span.to - span.from) * 0.8 ? { from, to } : span;
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
 * with years first (inside a long bar) and the name alone beside a short one.
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
	/** The rows scrolled into view (px, lanes area): others are not drawn at all. */
	yRange: [number, number] = [-Infinity, Infinity]
): LaneBar[] {
	const out: LaneBar[] = [];
	for (const { lane, row, members } of rows) {
		const y = top + lane.rowsTop + row * rowHeight;
		if (y + rowHeight < yRange[0] || y > yRange[1]) continue;
		// Only rows with a bar in view need their labels placed.
		if (!members.some(({ span }) => span.stop >= win.from && span.start <= win.to)) continue;
		const texts = members.map(({ span }) => labels(span.id));
		const placed = placeRowLabels(
			members.map(({ span }, i) => ({
				x0: x(span.start),
				x1: x(span.stop),
				widths: texts[i].widths,
				besideFrom: texts[i].besideFrom,
				solid: span.reign && ([x(span.reign[0]), x(span.reign[1])] as const)
			})),
			0,
			width
		);
		members.forEach(({ span }, i) => {
			if (span.stop < win.from || span.start > win.to) return;
			const { place, choice } = placed[i];
			const text = texts[i].texts[Math.max(0, choice)];
			out.push({
				span,
				lane: lane.id,
				y: top + lane.rowsTop + row * rowHeight,
				x0: x(span.start),
				x1: x(span.stop),
				place,
				text
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
