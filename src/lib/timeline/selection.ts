/**
 * What the shared selection means for the drawing: the selected event or person, what it links
 * to (an event's people and parties, a person's events), the keyboard focus, and where the
 * guide line through the lanes stands. Pure; both renderers read the same `Selection`.
 */
import type { EventEntry, Person } from '$lib/domain/types';
import type { FocusItem } from './navigation';

export interface Selection {
	event: string | null;
	/** Events of the selected person. */
	linkedEvents: Set<string>;
	person: string | null;
	/** People of the selected event. */
	linkedPeople: Set<string>;
	/** Polities of the selected event. */
	parties: Set<string>;
	focusEvent: string | null;
	focusPerson: string | null;
}

export interface SelectionView {
	selection: Selection;
	event?: EventEntry;
	person?: Person;
	/** Decimal year of the guide line linking the selected event to the people alive then. */
	guidePos: number | null;
}

/** `focused`: the timeline has keyboard focus, so the focus ring shows. */
export function selectionView(
	events: Map<string, EventEntry>,
	people: Map<string, Person>,
	selected: { event: string | null; person: string | null },
	focus: FocusItem | null,
	focused: boolean
): SelectionView {
	const event = selected.event ? events.get(selected.event) : undefined;
	const person = selected.person ? people.get(selected.person) : undefined;
	return {
		event,
		person,
		guidePos: event ? guideAt(event) : null,
		selection: {
			event: selected.event,
			linkedEvents: new Set(person?.events ?? []),
			person: selected.person,
			linkedPeople: new Set(event?.people ?? []),
			parties: new Set(event?.parties ?? []),
			focusEvent: focused && focus?.kind === 'event' ? focus.id : null,
			focusPerson: focused && focus?.kind === 'person' ? focus.id : null
		}
	};
}

/** A ranged event's guide stands at its start (where its mark is), a single date's in its middle. */
function guideAt(e: Pick<EventEntry, 'start' | 'stop' | 'end'>): number {
	return e.end ? e.start : (e.start + e.stop) / 2;
}
