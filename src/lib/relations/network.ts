/**
 * The network in a time window: acts counted by pair and kind (an edge's weight is the
 * number of acts), and by polity. Pure; the diagram, the table and the benchmark all count
 * through here, so they always show the same numbers.
 */
import { RELATION_KINDS, type RelationKind } from '$lib/domain/relations';
import type { TimeWindow } from '$lib/domain/types';
import type { Act } from './acts';

export interface Relation {
	key: string;
	from: string;
	to: string;
	kind: RelationKind;
	directed: boolean;
	/** Acts in the window. */
	count: number;
	/** The events of those acts, in the order the acts came (the model's date order). */
	events: string[];
	/** Decimal-year span of those acts. */
	first: number;
	last: number;
}

export interface Network {
	/** In legend order of kind, then by the parties' ids: a stable drawing order. */
	relations: Relation[];
	/** Events in the window per polity (at an end of one of their acts). */
	degree: Map<string, number>;
	/** Acts in the window. */
	acts: number;
	/** Events with at least one act in the window. */
	events: number;
}

const KIND_ORDER = new Map(RELATION_KINDS.map((k, i) => [k, i]));

/** Whether an act overlaps a window (the window's ends are open, as in domain/queries). */
export const inWindow = (act: Pick<Act, 'start' | 'stop'>, window: TimeWindow | null) =>
	!window || (act.stop > window.from && act.start < window.to);

export function byDrawingOrder(a: Relation, b: Relation): number {
	return (
		KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
		(a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
		(a.to < b.to ? -1 : a.to > b.to ? 1 : 0)
	);
}

/**
 * The network of the acts overlapping `window` (all of them for null); with `polities`, only
 * the acts with one of them at an end.
 */
export function networkOf(acts: readonly Act[], window: TimeWindow | null, polities: readonly string[] = []): Network {
	const only = polities.length ? new Set(polities) : null;
	const byKey = new Map<string, Relation>();
	const degree = new Map<string, number>();
	const events = new Set<string>();
	const counted = new Set<string>();
	const countFor = (polity: string, event: string) => {
		const k = `${polity}|${event}`;
		if (counted.has(k)) return;
		counted.add(k);
		degree.set(polity, (degree.get(polity) ?? 0) + 1);
	};
	let count = 0;
	for (const act of acts) {
		if (!inWindow(act, window)) continue;
		if (only && !only.has(act.from) && !only.has(act.to)) continue;
		count++;
		events.add(act.event);
		countFor(act.from, act.event);
		countFor(act.to, act.event);
		const r = byKey.get(act.key);
		if (r) {
			r.count++;
			if (r.events.at(-1) !== act.event) r.events.push(act.event);
			r.first = Math.min(r.first, act.start);
			r.last = Math.max(r.last, act.stop);
		} else
			byKey.set(act.key, {
				key: act.key,
				from: act.from,
				to: act.to,
				kind: act.kind,
				directed: act.directed,
				count: 1,
				events: [act.event],
				first: act.start,
				last: act.stop
			});
	}
	return { relations: [...byKey.values()].sort(byDrawingOrder), degree, acts: count, events: events.size };
}

/** The span the acts cover, or null when there are none. */
export function actsExtent(acts: readonly Act[]): TimeWindow | null {
	if (!acts.length) return null;
	let from = Infinity;
	let to = -Infinity;
	for (const a of acts) {
		from = Math.min(from, a.start);
		to = Math.max(to, a.stop);
	}
	return { from, to };
}

/** The events of one relation among the acts, in the acts' order. */
export function eventsOfRelation(acts: readonly Act[], key: string): Set<string> {
	return new Set(acts.filter((a) => a.key === key).map((a) => a.event));
}

/** The events a relation has in a network (its window); empty when it has none there. */
export function eventsInNetwork(network: Network, key: string | null): Set<string> {
	return new Set(network.relations.find((r) => r.key === key)?.events ?? []);
}

/** Entries by id, for look-ups. */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
	return new Map(list.map((x) => [x.id, x]));
}
