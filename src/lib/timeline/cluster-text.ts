/**
 * What a count badge holds, in words: "10 events (7 embassies, 2 letters and 1 treaty), 1726 – 1757",
 * counted by kind (most first) with each language's plurals. The badge shows the number; this
 * is its accessible name and tooltip.
 */
import * as m from '$lib/paraglide/messages';
import { EVENT_KINDS, type EventEntry, type EventKind } from '$lib/domain/types';
import { formatHistDate } from '$lib/i18n/format-date';
import type { Locale } from '$lib/i18n/locales';
import type { Cluster } from './clusters';

const COUNT: Record<EventKind, (i: { count: number }) => string> = {
	embassy: m.timeline_count_embassy,
	treaty: m.timeline_count_treaty,
	alliance: m.timeline_count_alliance,
	letter: m.timeline_count_letter,
	marriage: m.timeline_count_marriage,
	law: m.timeline_count_law,
	congress: m.timeline_count_congress,
	appointment: m.timeline_count_appointment,
	conflict: m.timeline_count_conflict
};

/** "a, b and c" in the page's language. */
export function joinList(items: string[]): string {
	if (items.length < 2) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${m.timeline_and()} ${items.at(-1)}`;
}

/** "7 embassies and 2 letters": kinds by how many, then in the legend's order. */
export function clusterHolds(kinds: EventKind[]): string {
	const counts = new Map<EventKind, number>();
	for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
	const order = [...counts].sort((a, b) => b[1] - a[1] || EVENT_KINDS.indexOf(a[0]) - EVENT_KINDS.indexOf(b[0]));
	return joinList(order.map(([kind, count]) => COUNT[kind]({ count })));
}

/** The badge's accessible name and tooltip: what it holds, from when to when, and that it opens. */
export function clusterLabel(c: Cluster, events: Map<string, EventEntry>, locale: Locale): string {
	const list = c.marks.map((mk) => events.get(mk.id)).filter((e): e is EventEntry => !!e);
	if (!list.length) return '';
	// The total first: the badge shows it, and what a badge shows must be part of its name.
	return m.timeline_cluster({
		total: m.count_events({ count: list.length }),
		what: clusterHolds(list.map((e) => e.kind)),
		from: formatHistDate(list[0].date, locale),
		to: formatHistDate(list[list.length - 1].date, locale)
	});
}
