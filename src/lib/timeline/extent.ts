/**
 * How far the timeline reaches: from the earliest to the latest event or life, with a small
 * margin, and never past the present year; and the first view, which opens on the dense
 * centuries and holds every featured event. Pure.
 */
import type { ContentModel, EventEntry, TimeWindow } from '$lib/domain/types';
import { personSpan, type PersonSpan } from './lanes';

/** The end of the present year as a decimal year (year Y covers [Y, Y + 1)). */
export function presentEnd(now: Date): number {
	return now.getUTCFullYear() + 1;
}

/** Every person's bar; a life with no known end reaches no further than `present`. */
export function personSpans(model: Pick<ContentModel, 'events' | 'people'>, present = Infinity): PersonSpan[] {
	const byId = new Map(model.events.map((e) => [e.id, e]));
	const out: PersonSpan[] = [];
	for (const p of model.people) {
		const evs = p.events.map((id) => byId.get(id)).filter((e): e is EventEntry => !!e);
		const s = personSpan(p, evs, present);
		if (s) out.push(s);
	}
	return out;
}

/** Share of the content's years added as a margin at each end (at least a year). */
export const MARGIN = 0.01;

/** Everything the timeline can show, events and people, with a small margin, ending by the present year's end. */
export function timelineSpan(
	model: { events: Pick<EventEntry, 'start' | 'stop'>[] },
	spans: PersonSpan[],
	present = Infinity
): TimeWindow {
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
	if (!Number.isFinite(from)) return { from: 1400, to: Math.min(2000, present) };
	const pad = Math.max(1, (to - from) * MARGIN);
	return { from: from - pad, to: Math.max(Math.min(to + pad, present), from) };
}

/**
 * The first view when no window is asked for: the years where most events are (5th to 95th
 * percentile, padded), widened to hold every featured event, so a sparse antiquity does not
 * squeeze the dense centuries. Home and the reset button still show the whole span.
 */
export function overviewWindow(positions: number[], span: TimeWindow, featured: number[] = []): TimeWindow {
	if (positions.length < 10) return span;
	const sorted = [...positions].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
	const lo = Math.min(at(0.05), ...featured);
	const hi = Math.max(at(0.95), ...featured);
	const pad = Math.max(5, (hi - lo) * 0.06);
	const from = Math.max(span.from, lo - pad);
	const to = Math.min(span.to, hi + pad);
	return to - from < (span.to - span.from) * 0.8 ? { from, to } : span;
}
