/**
 * People in lanes: which lane a role belongs to, what span a person's bar covers, and how
 * bars are packed into sub-rows so that no bar or name overlaps another. Pure functions.
 */
import { toDecimalEnd, toDecimalStart } from '$lib/domain/dates';
import type { EventEntry, Person, Role } from '$lib/domain/types';
import type { LaneId } from '$lib/i18n/labels';
import { fitsInside } from './labels';

export type { LaneId };

export const LANES: { id: LaneId; roles: Role[] }[] = [
	{ id: 'rulers', roles: ['khan', 'sultan'] },
	{ id: 'biys', roles: ['biy'] },
	{ id: 'batyrs', roles: ['batyr', 'zhyrau'] },
	{ id: 'alash', roles: ['alash'] },
	{ id: 'diplomats', roles: ['diplomat'] },
	{ id: 'foreign', roles: ['foreign'] }
];

export function laneOf(role: Role): LaneId {
	return LANES.find((l) => l.roles.includes(role))?.id ?? 'foreign';
}

/** What a person's bar shows: lifespan (thin), reign (thick), or only the years they appear. */
export interface PersonSpan {
	id: string;
	lane: LaneId;
	start: number;
	stop: number;
	life?: [number, number];
	reign?: [number, number];
	/** Neither birth nor death known: the bar covers the events the person takes part in. */
	attested: boolean;
	/** The start or end of the lifespan is approximate or unknown: drawn feathered. */
	softStart: boolean;
	softEnd: boolean;
}

/** A lifespan whose one end is unknown is drawn this long, feathered, from the known end. */
const ASSUMED_LIFE = 40;

/** `present`: where a life with no known end stops at the latest (the end of the present year). */
export function personSpan(
	person: Person,
	events: Pick<EventEntry, 'start' | 'stop'>[] = [],
	present = Infinity
): PersonSpan | null {
	const reign = person.reign
		? ([toDecimalStart(person.reign[0]), toDecimalEnd(person.reign[1])] as [number, number])
		: undefined;
	const born = person.born ? toDecimalStart(person.born) : undefined;
	const died = person.died ? toDecimalEnd(person.died) : undefined;
	let life: [number, number] | undefined;
	let softStart = person.circa;
	let softEnd = person.circa;
	// An unknown end reaches at least as far as the person's reign and events reach.
	const lastSeen = events.length ? Math.max(...events.map((e) => e.stop)) : -Infinity;
	const firstSeen = events.length ? Math.min(...events.map((e) => e.start)) : Infinity;
	if (born !== undefined && died !== undefined) life = [born, died];
	else if (born !== undefined) {
		life = [born, Math.max(born, Math.min(present, Math.max(born + ASSUMED_LIFE, reign?.[1] ?? -Infinity, lastSeen)))];
		softEnd = true;
	} else if (died !== undefined) {
		life = [Math.min(died - ASSUMED_LIFE, reign?.[0] ?? Infinity, firstSeen), died];
		softStart = true;
	}
	let attested = false;
	if (!life && !reign) {
		if (!events.length) return null;
		life = [Math.min(...events.map((e) => e.start)), Math.max(...events.map((e) => e.stop))];
		attested = true;
		softStart = softEnd = true;
	}
	const start = Math.min(life?.[0] ?? Infinity, reign?.[0] ?? Infinity);
	const stop = Math.max(life?.[1] ?? -Infinity, reign?.[1] ?? -Infinity);
	return { id: person.id, lane: laneOf(person.role), start, stop, life, reign, attested, softStart, softEnd };
}

/** An item to pack: its horizontal extent in px (bar plus any label drawn beside it). */
export interface Extent {
	x0: number;
	x1: number;
}

/**
 * Greedy interval partitioning: items in the given order (sorted by x0 for a tight result)
 * go to the first row whose last item ends `gap` px before they start. Returns the row of
 * each item and the number of rows. Same input, same rows: stable under re-render.
 */
export function packRows(items: Extent[], gap = 6): { rows: number[]; count: number } {
	const ends: number[] = [];
	const rows = items.map((item) => {
		let row = ends.findIndex((end) => end + gap <= item.x0);
		if (row < 0) {
			row = ends.length;
			ends.push(item.x1);
		} else ends[row] = item.x1;
		return row;
	});
	return { rows, count: ends.length };
}

/**
 * Like packRows, but each item also claims room for its name beside it (`labelled`, same x0).
 * Rows are added for that room only up to `maxRows`; past it an item may take a row where
 * only its bar fits, giving up the room the item before it claimed for a name (that name then
 * shows only if it still fits). Bars never overlap, so rows still grow past `maxRows` when
 * the bars alone need it.
 */
export function packLabelledRows(
	bars: Extent[],
	labelled: Extent[],
	maxRows: number,
	gap = 6
): { rows: number[]; count: number } {
	const roomEnds: number[] = [];
	const barEnds: number[] = [];
	const rows = bars.map((bar, i) => {
		let row = roomEnds.findIndex((end) => end + gap <= bar.x0);
		if (row < 0 && roomEnds.length >= maxRows) {
			// Of the rows where the bar fits, the one whose claimed room ends soonest: spreads the loss.
			for (let r = 0; r < barEnds.length; r++)
				if (barEnds[r] + gap <= bar.x0 && (row < 0 || roomEnds[r] < roomEnds[row])) row = r;
		}
		if (row < 0) row = roomEnds.length;
		roomEnds[row] = labelled[i].x1;
		barEnds[row] = bar.x1;
		return row;
	});
	return { rows, count: roomEnds.length };
}

/**
 * Zoom changes bar lengths but not label widths, so rows are packed once per doubling of
 * the zoom (a "bucket"): a layout valid at px-per-year p stays valid for every larger p
 * (gaps between bars only grow). Returns the px-per-year to pack at.
 */
export function packingScale(pxPerYear: number): number {
	return 2 ** Math.floor(Math.log2(Math.max(1e-6, pxPerYear)));
}

/** One lane's people packed into rows (positions come later, from the height the lane gets). */
export interface LanePack {
	id: LaneId;
	rows: number;
	people: { span: PersonSpan; row: number }[];
	/** Folded into one summary row (bars over each other, names in tooltips). */
	collapsed: boolean;
}

export interface PackOptions {
	/** Reserve room for a name beside a short bar (else bars alone, names only where they fit). */
	labelled: boolean;
	/** Reserving room for names may not cost more rows than this; past it, bars take any row they fit. */
	maxLabelledRows?: number;
	/** Lanes folded into one row. */
	collapsed?: LaneId[];
}

/**
 * Lanes in their fixed order with empty lanes folded away; within a lane, bars packed into
 * rows at a packing scale (px per year), reserving room for a name beside a short bar.
 */
export function packLanes(
	spans: PersonSpan[],
	labelWidth: (id: string) => number,
	pack: { from: number; pxPerYear: number },
	o: PackOptions
): LanePack[] {
	const out: LanePack[] = [];
	for (const lane of LANES) {
		const members = spans
			.filter((s) => s.lane === lane.id)
			.sort((a, b) => a.start - b.start || a.stop - b.stop || (a.id < b.id ? -1 : 1));
		if (!members.length) continue;
		if (o.collapsed?.includes(lane.id)) {
			out.push({ id: lane.id, rows: 1, people: members.map((span) => ({ span, row: 0 })), collapsed: true });
			continue;
		}
		const bars = members.map((s) => ({
			x0: (s.start - pack.from) * pack.pxPerYear,
			x1: (s.stop - pack.from) * pack.pxPerYear
		}));
		const labelled = bars.map((b, i) => {
			const w = labelWidth(members[i].id);
			const reign = members[i].reign;
			const solid =
				reign && ([(reign[0] - pack.from) * pack.pxPerYear, (reign[1] - pack.from) * pack.pxPerYear] as const);
			return { x0: b.x0, x1: fitsInside(b.x0, b.x1, w, solid || undefined) ? b.x1 : b.x1 + 4 + w };
		});
		const { rows, count } = o.labelled ? packLabelledRows(bars, labelled, o.maxLabelledRows ?? 5) : packRows(bars);
		out.push({
			id: lane.id,
			rows: count,
			people: members.map((span, i) => ({ span, row: rows[i] })),
			collapsed: false
		});
	}
	return out;
}

export interface LaneLayout extends LanePack {
	/** Top of the lane, px from the top of the lanes area. */
	y: number;
	/** Top of the first row. */
	rowsTop: number;
	height: number;
}

/** How tall a lane's parts are: its name's row above the bars (0: the name sits over them), a row, the gap after it. */
export interface LaneGeometry {
	header: number;
	rowHeight: number;
	pad: number;
	/** Without a header row, the least height a lane keeps so its name fits over it. */
	minBody?: number;
}

/** A lane's height in a geometry. */
export function laneHeight(rows: number, g: LaneGeometry): number {
	return g.header + Math.max(g.header ? 0 : (g.minBody ?? 0), rows * g.rowHeight) + g.pad;
}

/** Stacks the lanes top to bottom. */
export function positionLanes(packs: LanePack[], g: LaneGeometry): LaneLayout[] {
	let y = 0;
	return packs.map((p) => {
		const height = laneHeight(p.rows, g);
		const lane = { ...p, y, rowsTop: y + g.header, height };
		y += height;
		return lane;
	});
}

/** Packs and stacks the lanes at one row height, names reserved room beside short bars. */
export function layoutLanes(
	spans: PersonSpan[],
	labelWidth: (id: string) => number,
	pack: { from: number; pxPerYear: number },
	rowHeight: number,
	/** Room above the rows for the lane's name. */
	header = 0,
	pad = 4,
	maxLabelledRows = 5
): LaneLayout[] {
	return positionLanes(packLanes(spans, labelWidth, pack, { labelled: true, maxLabelledRows }), {
		header,
		rowHeight,
		pad
	});
}
