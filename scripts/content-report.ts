/** A curator's summary of the corpus: what is there, what is translated, what rests on the seed alone. */
import type { ContentModel, Texts } from '../src/lib/content/types';

const LANGS = ['kk', 'ru', 'en'] as const;
const SEED = /^Seed dissertation/i;

function coverage(entries: { texts: Texts }[], field: 'title' | 'summary' | 'html'): string {
	return LANGS.map((l) => {
		const n = entries.filter((e) => (e.texts[l]?.[field] ?? '') !== '').length;
		return `${l} ${n}/${entries.length}`;
	}).join(', ');
}

export function contentReport(model: ContentModel): string {
	const lines: string[] = [];
	const { events, people, places, polities, tours } = model;
	lines.push(
		`Content OK: ${events.length} events, ${people.length} people, ${places.length} places, ${polities.length} polities, ${tours.length} tours.`
	);
	const byKind = new Map<string, number>();
	for (const e of events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
	lines.push(`Events by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
	const byRole = new Map<string, number>();
	for (const p of people) byRole.set(p.role, (byRole.get(p.role) ?? 0) + 1);
	lines.push(`People by role: ${[...byRole].map(([k, n]) => `${k} ${n}`).join(', ')}`);
	lines.push('Language coverage:');
	const groups: [string, { texts: Texts }[], ('title' | 'summary' | 'html')[]][] = [
		['events', events, ['title', 'summary', 'html']],
		['people', people, ['title', 'html']],
		['places', places, ['title', 'html']],
		['polities', polities, ['title', 'html']],
		['tours', tours, ['title', 'summary', 'html']]
	];
	for (const [name, list, fields] of groups) {
		for (const f of fields)
			lines.push(
				`  ${name}.${f === 'html' ? 'body' : f === 'title' && name !== 'events' && name !== 'tours' ? 'name' : f}: ${coverage(list, f)}`
			);
	}
	const routed = events.filter((e) => e.route.length).length;
	lines.push(
		`Events with a route: ${routed}/${events.length} (${events.length ? Math.round((routed / events.length) * 100) : 0}%)`
	);
	lines.push(
		`Featured events: ${events.filter((e) => e.featured).length}; approximate (circa): ${events.filter((e) => e.circa).length}`
	);
	const seedOnly = [...events, ...people].filter((e) => e.sources.length && e.sources.every((s) => SEED.test(s)));
	lines.push(
		`Events and people citing only the seed dissertation (check the seed says it all): ${seedOnly.length}${seedOnly.length ? `\n  ${seedOnly.map((e) => e.id).join(', ')}` : ''}`
	);
	const unsourced = [...places, ...polities, ...tours].filter((e) => !e.sources.length);
	lines.push(
		`Places, polities and tours without any source: ${unsourced.length}${unsourced.length ? ` (${unsourced.map((e) => e.id).join(', ')})` : ''}`
	);
	return lines.join('\n');
}
