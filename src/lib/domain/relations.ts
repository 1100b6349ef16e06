/**
 * Diplomacy as relations between polities: the kinds of relation the atlas draws, which
 * relation an event of each kind makes, and the key that names one relation everywhere
 * (the URL's `rel=`, the relations view's `data-relation`): "<from>|<to>|<kind>". Pure and
 * low in the layers, so the shared state, the relations view and the other views agree.
 */
import type { EventEntry, EventKind } from './types';

/** Edge types, in legend order: what travels (embassy, letter), then what binds or divides. */
export const RELATION_KINDS = ['embassy', 'letter', 'treaty', 'alliance', 'oath', 'marriage', 'conflict'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Relations with a sender and a receiver; the others are between their parties alike. */
export const DIRECTED_RELATIONS: readonly RelationKind[] = ['embassy', 'letter'];

/**
 * Congresses, appointments and laws draw as "oath / appointment": each binds a polity to
 * another by an act of submission, recognition or office rather than by a bargain.
 */
const RELATION_OF: Record<EventKind, RelationKind> = {
	embassy: 'embassy',
	letter: 'letter',
	treaty: 'treaty',
	alliance: 'alliance',
	marriage: 'marriage',
	conflict: 'conflict',
	appointment: 'oath',
	congress: 'oath',
	law: 'oath'
};

export const relationKindOf = (kind: EventKind): RelationKind => RELATION_OF[kind];
export const isDirected = (kind: RelationKind): boolean => DIRECTED_RELATIONS.includes(kind);

export interface RelationKey {
	from: string;
	to: string;
	kind: RelationKind;
}

const ID = /^[a-z0-9-]+$/;

/** The key's string form; an undirected relation names its parties in alphabetical order. */
export function formatRelationKey({ from, to, kind }: RelationKey): string {
	const [a, b] = isDirected(kind) || from < to ? [from, to] : [to, from];
	return `${a}|${b}|${kind}`;
}

/** A key from its string form ("|" or "," between the parts); null when it is not one. */
export function parseRelationKey(value: string | null | undefined): RelationKey | null {
	if (!value) return null;
	const parts = value.split(/[|,]/);
	if (parts.length !== 3) return null;
	const [from, to, kind] = parts;
	if (!ID.test(from) || !ID.test(to) || from === to) return null;
	if (!(RELATION_KINDS as readonly string[]).includes(kind)) return null;
	const key = { from, to, kind: kind as RelationKind };
	const [a, b] = formatRelationKey(key).split('|');
	return { from: a, to: b, kind: key.kind };
}

/**
 * The pairs an event relates, each once: an embassy or a letter from its sender to its
 * receiver (other parties it names are witnesses, not ends); any other kind between every two
 * of its parties. An event with fewer than two parties relates none.
 */
export function relationsOfEvent(event: Pick<EventEntry, 'kind' | 'from' | 'to' | 'parties'>): RelationKey[] {
	const kind = relationKindOf(event.kind);
	if (isDirected(kind)) {
		if (!event.from || !event.to || event.from === event.to) return [];
		return [{ from: event.from, to: event.to, kind }];
	}
	const parties = [...new Set(event.parties)].sort();
	const out: RelationKey[] = [];
	for (let i = 0; i < parties.length; i++)
		for (let j = i + 1; j < parties.length; j++) out.push({ from: parties[i], to: parties[j], kind });
	return out;
}

/** Whether an event is one of the acts of a relation. */
export function eventInRelation(
	event: Pick<EventEntry, 'kind' | 'from' | 'to' | 'parties'>,
	key: RelationKey
): boolean {
	const wanted = formatRelationKey(key);
	return relationsOfEvent(event).some((k) => formatRelationKey(k) === wanted);
}
