/**
 * Turning the model and the zoom into what the timeline draws: the span it covers, person
 * bars, and positioned event marks (stacks and counts). Pure, so the drawing components
 * stay thin and the arithmetic is tested.
 */
import type { ContentModel, EventEntry } from '$lib/content/types';
import type { TimeWindow } from '$lib/state/url-state';
import { MAX_STACK, type Cluster, type Mark } from './clusters';
import { personSpan, type PersonSpan } from './lanes';

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
