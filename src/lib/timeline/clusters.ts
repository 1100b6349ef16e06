/**
 * Event marks in the events band. Events closer than a mark's width at the current zoom are
 * grouped: a few stack vertically, more collapse into a count that splits apart as the
 * reader zooms in. Order inside a group is the content's date order (ties keep file
 * order), so the same data always stacks the same way.
 */
import type { EventEntry } from '$lib/domain/types';

export interface Mark {
	id: string;
	/** Where the mark is drawn: the middle of a single date, the start of a range. */
	pos: number;
	start: number;
	stop: number;
	/** The event has an `end`: drawn as a span. */
	ranged: boolean;
	/** Index in date order (for stable stacking and keyboard order). */
	order: number;
	/** A featured event: never folded into a count, named at the overview. */
	featured?: boolean;
}

export function toMarks(events: EventEntry[]): Mark[] {
	const marks = events.map((e, order) => {
		const ranged = !!e.end;
		return {
			id: e.id,
			pos: ranged ? e.start : (e.start + e.stop) / 2,
			start: e.start,
			stop: e.stop,
			ranged,
			order,
			featured: e.featured
		};
	});
	return marks.sort((a, b) => a.pos - b.pos || a.order - b.order);
}

export interface Cluster {
	marks: Mark[];
	/** Mean position, where a count badge is drawn. */
	pos: number;
	first: number;
	last: number;
}

/**
 * Grouping along the axis: a mark joins the current group when it is within `gapPx` of the
 * group's last mark (so groups stay apart and never draw over each other) and the group
 * stays narrower than `maxWidth` gaps. Depends only on the zoom level, not on panning, so
 * groups do not flicker while the reader drags.
 */
export function clusterMarks(marks: Mark[], pxPerYear: number, gapPx: number, maxWidth = 3): Cluster[] {
	const out: Cluster[] = [];
	let current: Cluster | null = null;
	let sum = 0;
	for (const mark of marks) {
		if (
			current &&
			(mark.pos - current.last) * pxPerYear <= gapPx &&
			(mark.pos - current.first) * pxPerYear <= gapPx * maxWidth
		) {
			current.marks.push(mark);
			current.last = mark.pos;
			sum += mark.pos;
			current.pos = sum / current.marks.length;
			continue;
		}
		current = { marks: [mark], pos: mark.pos, first: mark.pos, last: mark.pos };
		sum = mark.pos;
		out.push(current);
	}
	return out;
}

/** Clusters overlapping [from, to] (positions sorted), found by binary search. */
export function visibleClusters(clusters: Cluster[], from: number, to: number): Cluster[] {
	let lo = 0;
	let hi = clusters.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (clusters[mid].last < from) lo = mid + 1;
		else hi = mid;
	}
	const out: Cluster[] = [];
	for (let i = lo; i < clusters.length && clusters[i].first <= to; i++) out.push(clusters[i]);
	return out;
}

/** How many marks a group may stack before it shows a count instead. */
export const MAX_STACK = 3;

/** SVG keeps test hooks and accessible names; past this many drawn marks, canvas draws them. */
export const CANVAS_THRESHOLD = 1500;

export function renderMode(drawn: number, threshold = CANVAS_THRESHOLD): 'svg' | 'canvas' {
	return drawn > threshold ? 'canvas' : 'svg';
}

/** Number of marks a set of clusters draws (stacks draw each mark, counts draw one badge). */
export function drawnMarks(clusters: Cluster[], maxStack = MAX_STACK): number {
	let n = 0;
	for (const c of clusters) n += c.marks.length <= maxStack ? c.marks.length : 1;
	return n;
}
