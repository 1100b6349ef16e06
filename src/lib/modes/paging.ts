/**
 * Paging a text through a box of fixed height: how many pages, which one shows, and how far
 * one turn moves (a page less a line or two, so the reader keeps their place). Pure.
 */
export interface Paging {
	count: number;
	page: number;
	/** Pixels one turn scrolls. */
	step: number;
	first: boolean;
	last: boolean;
}

/** Overlap kept between pages, as a share of the box, and at most this many px. */
const OVERLAP = 0.12;
const MAX_OVERLAP = 56;

/** `top`, `view`, `full`: the box's scrollTop, clientHeight and scrollHeight. */
export function pageOf(top: number, view: number, full: number): Paging {
	if (view <= 0 || full <= view + 1) return { count: 1, page: 1, step: Math.max(0, view), first: true, last: true };
	const step = Math.max(1, Math.round(view - Math.min(MAX_OVERLAP, view * OVERLAP)));
	const count = 1 + Math.ceil((full - view - 1) / step);
	const first = top <= 1;
	const last = top + view >= full - 1;
	const page = last ? count : Math.min(count - 1, 1 + Math.round(top / step));
	return { count, page, step, first, last };
}
