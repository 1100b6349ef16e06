/**
 * The numeric time scale behind the timeline. Positions are decimal years (domain/dates),
 * never JS Date, so BCE years and the missing year zero are placed correctly. d3-zoom keeps
 * a transform {k, x} over a base scale that maps the whole content span onto the width;
 * these helpers convert between that transform and the visible window the state shares.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { TimeWindow } from '$lib/domain/types';

/** The narrowest window a reader can zoom to: about a month. */
export const MIN_WINDOW_YEARS = 1 / 12;

export interface ZoomLike {
	k: number;
	x: number;
}

export function baseScale(span: TimeWindow, width: number): ScaleLinear<number, number> {
	return scaleLinear()
		.domain([span.from, span.to])
		.range([0, Math.max(1, width)]);
}

/** The scale in effect under a zoom transform (what d3's transform.rescaleX does). */
export function zoomedScale(span: TimeWindow, width: number, t: ZoomLike): ScaleLinear<number, number> {
	const w = windowOf(span, width, t);
	return scaleLinear()
		.domain([w.from, w.to])
		.range([0, Math.max(1, width)]);
}

/** The visible window under a transform. */
export function windowOf(span: TimeWindow, width: number, t: ZoomLike): TimeWindow {
	const perPx = (span.to - span.from) / Math.max(1, width);
	const from = span.from + (-t.x / t.k) * perPx;
	const to = span.from + ((width - t.x) / t.k) * perPx;
	return { from, to };
}

/** The transform that shows a window, clamped to the zoom limits and to the span. */
export function transformFor(span: TimeWindow, width: number, window: TimeWindow): ZoomLike {
	const spanYears = span.to - span.from;
	const [kMin, kMax] = scaleLimits(span);
	const k = clamp(spanYears / Math.max(1e-9, window.to - window.from), kMin, kMax);
	const years = spanYears / k;
	const mid = (window.from + window.to) / 2;
	const from = clamp(mid - years / 2, span.from, span.to - years);
	const x = -((from - span.from) / spanYears) * width * k;
	return { k, x };
}

/** d3-zoom's scaleExtent: from the whole span down to about a month. */
export function scaleLimits(span: TimeWindow): [number, number] {
	return [1, Math.max(1, (span.to - span.from) / MIN_WINDOW_YEARS)];
}

/** Pixels per year under a transform. */
export function pxPerYear(span: TimeWindow, width: number, k: number): number {
	return (Math.max(1, width) * k) / (span.to - span.from);
}

/**
 * Where to glide when a selection comes from elsewhere (map, tour, URL). Returns null when
 * the position is already comfortably in view. A window zoomed far out narrows to a span
 * that shows the neighbourhood; otherwise the zoom is kept and the view re-centred.
 */
export function focusWindow(
	current: TimeWindow,
	span: TimeWindow,
	at: { start: number; stop: number }
): TimeWindow | null {
	const width = current.to - current.from;
	const margin = width * 0.1;
	const mid = (at.start + at.stop) / 2;
	const wide = width > (span.to - span.from) * 0.5 && width > 120;
	if (!wide && at.start >= current.from + margin && at.stop <= current.to - margin) return null;
	const years = wide ? Math.max(60, (at.stop - at.start) * 2.5) : Math.max(width, (at.stop - at.start) * 1.25);
	const from = clamp(mid - years / 2, span.from, Math.max(span.from, span.to - years));
	return { from, to: Math.min(span.to, from + years) };
}

export function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}
