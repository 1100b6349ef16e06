/**
 * A curator's summary of the corpus: what is there, what is translated and how fully, how
 * sure the events are, whether every diplomatic act has a direction, and what the
 * bibliography holds.
 */
import { DIRECTED_KINDS, type ContentModel, type Texts } from '../src/lib/domain/types';
import { journeysOf } from '../src/lib/map/journeys';

const LANGS = ['kk', 'ru', 'en'] as const;
/** A translation body shorter than this share of the Kazakh is listed for a translator to look at. */
export const MIN_BODY_RATIO = 0.7;
const DISSERTATION = 'public-diplomacy-dissertation';

function coverage(entries: { texts: Texts }[], field: 'title' | 'summary' | 'html'): string {
	return LANGS.map((l) => {
		const n = entries.filter((e) => (e.texts[l]?.[field] ?? '') !== '').length;
		return `${l} ${n}/${entries.length}`;
	}).join(', ');
}

const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const pct = (n: number, d: number) => (d ? Math.round((n / d) * 100) : 100);

export interface RatioRow {
	entry: string;
	locale: 'ru' | 'en';
	ratio: number;
}

/** Body length of each translation against its Kazakh body, shortest first. */
export function bodyRatios(model: ContentModel): RatioRow[] {
	const rows: RatioRow[] = [];
	const groups = {
		events: model.events,
		people: model.people,
		places: model.places,
		polities: model.polities,
		tours: model.tours
	};
	for (const [name, list] of Object.entries(groups)) {
		for (const entry of list as { id: string; texts: Texts }[]) {
			const kk = plain(entry.texts.kk.html).length;
			if (!kk) continue;
			for (const locale of ['ru', 'en'] as const) {
				const html = entry.texts[locale]?.html ?? '';
				rows.push({ entry: `${name}/${entry.id}`, locale, ratio: plain(html).length / kk });
			}
		}
	}
	return rows.sort((a, b) => a.ratio - b.ratio);
}

export function contentReport(model: ContentModel): string {
	const lines: string[] = [];
	const { events, people, places, polities, tours, works } = model;
	lines.push(
		`Content OK: ${events.length} events, ${people.length} people, ${places.length} places, ${polities.length} polities, ${tours.length} tours, ${works.length} works.`
	);
	const tally = (values: string[]) => {
		const counts = new Map<string, number>();
		for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
		return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
	};
	lines.push(`Events by kind: ${tally(events.map((e) => e.kind))}`);
	lines.push(`Events by confidence: ${tally(events.map((e) => e.confidence))}`);
	lines.push(`People by role: ${tally(people.map((p) => p.role))}`);
	lines.push('Language coverage:');
	const groups: [string, { texts: Texts }[], ('title' | 'summary' | 'html')[]][] = [
		['events', events, ['title', 'summary', 'html']],
		['people', people, ['title', 'html']],
		['places', places, ['title', 'html']],
		['polities', polities, ['title', 'html']],
		['tours', tours, ['title', 'summary', 'html']]
	];
	for (const [name, list, fields] of groups) {
		for (const f of fields) {
			const label = f === 'html' ? 'body' : f === 'title' && name !== 'events' && name !== 'tours' ? 'name' : f;
			lines.push(`  ${name}.${label}: ${coverage(list, f)}`);
		}
	}
	const ratios = bodyRatios(model);
	for (const locale of ['ru', 'en'] as const) {
		const mine = ratios.filter((r) => r.locale === locale);
		const median = mine.length ? mine[Math.floor(mine.length / 2)].ratio : 1;
		const short = mine.filter((r) => r.ratio < MIN_BODY_RATIO);
		lines.push(
			`Body length ${locale}/kk: median ${median.toFixed(2)}, lowest ${mine[0]?.ratio.toFixed(2) ?? '–'}; under ${MIN_BODY_RATIO * 100} %: ${short.length}${short.length ? `\n  ${short.map((r) => `${r.entry} ${r.ratio.toFixed(2)}`).join('\n  ')}` : ''}`
		);
	}
	const directed = events.filter((e) => DIRECTED_KINDS.includes(e.kind));
	const withDirection = directed.filter((e) => e.from && e.to);
	const withPlaces = directed.filter((e) => e.origin || e.route.length || e.places.length);
	lines.push(
		`Embassies and letters with direction (from/to): ${withDirection.length}/${directed.length} (${pct(withDirection.length, directed.length)} %); with a documented route: ${directed.filter((e) => e.route.length).length}; with origin or destination: ${directed.filter((e) => e.origin || e.destination).length}; with any place: ${withPlaces.length}`
	);
	const { journeys, unmapped, total } = journeysOf(events, polities);
	const seatsWanted = new Map<string, number>();
	for (const u of unmapped) for (const p of u.needsSeat) seatsWanted.set(p, (seatsWanted.get(p) ?? 0) + 1);
	lines.push(
		`Embassies and letters drawn as a journey on the map: ${journeys.length}/${total} (${pct(journeys.length, total)} %); documented throughout: ${journeys.filter((j) => j.legs.every((l) => l.documented)).length}; partly or wholly undocumented: ${journeys.filter((j) => j.legs.some((l) => !l.documented)).length}`
	);
	if (unmapped.length) {
		lines.push(
			`  without a journey (no origin, destination, route or seat at that date): ${unmapped.map((u) => `${u.event} (${u.reason})`).join(', ')}`
		);
		lines.push(
			`  seats that would draw them (polity: journeys waiting): ${[...seatsWanted]
				.sort((x, y) => y[1] - x[1])
				.map(([p, n]) => `${p} ${n}`)
				.join(', ')}`
		);
	}
	lines.push(
		`Featured events: ${events.filter((e) => e.featured).length}; approximate (circa): ${events.filter((e) => e.circa).length}; Old Style dates: ${events.filter((e) => e.calendar === 'julian').length}`
	);
	const dissertationOnly = [...events, ...people].filter(
		(e) => e.sources.length && e.sources.every((s) => s.work === DISSERTATION)
	);
	lines.push(
		`Events and people resting on the dissertation alone: ${dissertationOnly.length}${dissertationOnly.length ? `\n  ${dissertationOnly.map((e) => e.id).join(', ')}` : ''}`
	);
	const unsourced = [...places, ...polities, ...tours].filter((e) => !e.sources.length);
	lines.push(
		`Places, polities and tours without any source: ${unsourced.length}${unsourced.length ? ` (${unsourced.map((e) => e.id).join(', ')})` : ''}`
	);
	const uncited = works.filter((w) => !w.citedBy.length && !w.readBy.length);
	lines.push(
		`Works in the bibliography: ${works.length}; cited by nothing: ${uncited.length}${uncited.length ? ` (${uncited.map((w) => w.id).join(', ')})` : ''}`
	);
	return lines.join('\n');
}
