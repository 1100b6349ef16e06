/**
 * Moving through an ordered list: tour stops (1-based, as in `?stop=3`) and, outside a tour,
 * events in date order within the current filters. Pure.
 */
import type { EventEntry } from '$lib/domain/types';

export type Step = 'next' | 'prev' | 'first' | 'last';

/**
 * The stop after a step; `current` null means the introduction (before stop 1). Stepping back
 * from stop 1 returns to the introduction; the ends do not wrap.
 */
export function stepStop(current: number | null, count: number, step: Step): number | null {
	if (count <= 0) return null;
	const at = current === null ? 0 : Math.min(Math.max(current, 1), count);
	switch (step) {
		case 'first':
			return 1;
		case 'last':
			return count;
		case 'next':
			return Math.min(at + 1, count);
		case 'prev':
			return at <= 1 ? null : at - 1;
	}
}

/** A stop from the URL, kept inside the tour (null: the introduction). */
export function clampStop(stop: number | null, count: number): number | null {
	if (stop === null || count <= 0) return null;
	return Math.min(Math.max(Math.round(stop), 1), count);
}

/**
 * The event after a step through `events` (already in date order, already filtered).
 * With nothing selected, or a selection outside the list, `next`/`first` start at the first
 * event and `prev`/`last` at the last. Returns null only for an empty list.
 */
export function stepEvent(events: Pick<EventEntry, 'id'>[], current: string | null, step: Step): string | null {
	if (!events.length) return null;
	const i = current ? events.findIndex((e) => e.id === current) : -1;
	const last = events.length - 1;
	let j: number;
	if (step === 'first') j = 0;
	else if (step === 'last') j = last;
	else if (i < 0) j = step === 'next' ? 0 : last;
	else j = step === 'next' ? Math.min(i + 1, last) : Math.max(i - 1, 0);
	return events[j].id;
}
