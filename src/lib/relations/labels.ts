/**
 * Words for relations in the reader's language: kind names (the event kinds' own names where
 * they are the same thing) and the accessible name of an arc, which says sender and receiver
 * in words rather than by an arrow a screen reader would read out as "right arrow".
 */
import * as m from '$lib/paraglide/messages';
import type { RelationKind } from '$lib/domain/relations';
import { kindLabel } from '$lib/i18n/labels';
import type { Locale } from '$lib/i18n/locales';

export function relationKindLabel(kind: RelationKind, locale: Locale): string {
	return kind === 'oath' ? m.relation_kind_oath() : kindLabel(kind, locale);
}

export function arcLabel(
	r: { from: string; to: string; kind: RelationKind; directed: boolean; count: number },
	name: (id: string) => string,
	locale: Locale
): string {
	// No plural forms here: a label per arc, thousands of them in a large network.
	const kind = relationKindLabel(r.kind, locale);
	const count = String(r.count);
	return r.directed
		? m.relations_arc_directed({ kind, from: name(r.from), to: name(r.to), count })
		: m.relations_arc_undirected({ kind, a: name(r.from), b: name(r.to), count });
}

/** "A → B" for a directed relation, "A — B" between parties alike (visible text). */
export function pairText(r: { from: string; to: string; directed: boolean }, name: (id: string) => string): string {
	return `${name(r.from)} ${r.directed ? '→' : '—'} ${name(r.to)}`;
}
