/** The slice of the content model a tour's timeline and map show: its stops (in date order), their places and people. Pure. */
import type { ContentModel, EventEntry, Person, Place, Tour } from '$lib/domain/types';

export function tourModel(tour: Tour, stops: EventEntry[], places: Place[], people: Person[]): ContentModel {
	const events = [...stops].sort((a, b) => a.start - b.start || a.stop - b.stop);
	return { events, places, people, polities: [], tours: [tour], works: [] };
}

/** The stop (1-based) whose event this is, or null when the event is not in the tour. */
export function stopOfEvent(stops: Pick<EventEntry, 'id'>[], id: string | null): number | null {
	if (!id) return null;
	const i = stops.findIndex((s) => s.id === id);
	return i < 0 ? null : i + 1;
}
