/** Pure questions asked of the content model by pages and views. */
import type { ContentModel, EventEntry, Person } from '$lib/domain/types';
import { toDecimalStart } from './dates';
import type { Filters, TimeWindow } from '$lib/domain/types';

/** Events overlapping a window; all events when the window is null. */
export function eventsInWindow(events: EventEntry[], window: TimeWindow | null): EventEntry[] {
	if (!window) return events;
	return events.filter((e) => e.stop > window.from && e.start < window.to);
}

/**
 * Events passing the kind, role and polity filters (text search is separate: see search.ts).
 * Within one filter any value may match; across filters all must.
 */
export function filterEvents(model: Pick<ContentModel, 'events' | 'people'>, filters: Filters): EventEntry[] {
	const roleOf = new Map(model.people.map((p) => [p.id, p.role]));
	return model.events.filter(
		(e) =>
			(!filters.kinds.length || filters.kinds.includes(e.kind)) &&
			(!filters.roles.length || e.people.some((id) => filters.roles.includes(roleOf.get(id)!))) &&
			(!filters.polities.length || e.parties.some((id) => filters.polities.includes(id)))
	);
}

/** The events before and after one, in the model's date order. */
export function neighbours(events: EventEntry[], id: string): { prev?: EventEntry; next?: EventEntry } {
	const i = events.findIndex((e) => e.id === id);
	if (i < 0) return {};
	return { prev: events[i - 1], next: events[i + 1] };
}

/** When a person enters history: birth, else reign, else death; undefined when nothing is known. */
export function personStart(p: Person): number | undefined {
	const d = p.born ?? p.reign?.[0] ?? p.died;
	return d ? toDecimalStart(d) : undefined;
}

/** People grouped by role (in the given order), each group in chronological order, undated last. */
export function peopleByRole(people: Person[], roles: readonly string[]): Map<string, Person[]> {
	const out = new Map<string, Person[]>();
	for (const role of roles) out.set(role, []);
	const sorted = [...people].sort(
		(a, b) => (personStart(a) ?? Infinity) - (personStart(b) ?? Infinity) || (a.id < b.id ? -1 : 1)
	);
	for (const p of sorted) out.get(p.role)?.push(p);
	return out;
}
