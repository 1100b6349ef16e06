/**
 * Diplomatic acts: one per pair of polities an event relates (see domain/relations), with the
 * event's span, so a network can be counted for any time window. Pure.
 */
import { formatRelationKey, isDirected, relationsOfEvent, type RelationKind } from '$lib/domain/relations';
import type { EventEntry, EventKind } from '$lib/domain/types';

export interface Act {
	/** The event this act belongs to. */
	event: string;
	eventKind: EventKind;
	kind: RelationKind;
	from: string;
	to: string;
	directed: boolean;
	/** "<from>|<to>|<kind>" */
	key: string;
	/** Decimal-year span of the event. */
	start: number;
	stop: number;
}

type ActSource = Pick<EventEntry, 'id' | 'kind' | 'from' | 'to' | 'parties' | 'start' | 'stop'>;

export function actsOfEvent(event: ActSource): Act[] {
	return relationsOfEvent(event).map((k) => ({
		event: event.id,
		eventKind: event.kind,
		kind: k.kind,
		from: k.from,
		to: k.to,
		directed: isDirected(k.kind),
		key: formatRelationKey(k),
		start: event.start,
		stop: event.stop
	}));
}

/** Every act of a list of events, in the events' order (the model's is by date). */
export function actsOf(events: ActSource[]): Act[] {
	return events.flatMap(actsOfEvent);
}
