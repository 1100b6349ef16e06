/**
 * A synthetic corpus for the relations benchmark: `polities` polities founded over eight
 * centuries and events between them until they make `acts` diplomatic acts (most between two
 * parties, some treaties between three), deterministic so every run measures the same data.
 */
import type { ContentModel, EventEntry, EventKind, Polity } from '../../src/lib/domain/types';

const KINDS: EventKind[] = [
	'embassy',
	'letter',
	'treaty',
	'alliance',
	'appointment',
	'marriage',
	'conflict',
	'congress',
	'law'
];

function rng(seed: number) {
	return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

const text = (title: string) => ({ kk: { title, html: '', file: '' } });

export function synthesize(polities: number, acts: number): ContentModel {
	const rnd = rng(20261201 + polities + acts);
	const list: Polity[] = Array.from({ length: polities }, (_, i) => ({
		id: `polity-${i}`,
		from: { year: 1200 + Math.floor(rnd() * 700), precision: 'year' },
		circa: false,
		seats: [],
		events: [],
		sources: [],
		further: [],
		texts: text(`Мемлекет ${i} (Әғқңөұүһі)`)
	}));
	const pick = () => list[Math.floor(rnd() * list.length)].id;
	const events: EventEntry[] = [];
	let made = 0;
	for (let i = 0; made < acts; i++) {
		const kind = KINDS[i % KINDS.length];
		const year = 1400 + Math.floor(rnd() * 550);
		const a = pick();
		let b = pick();
		while (b === a) b = pick();
		let c = pick();
		while (c === a || c === b) c = pick();
		const three = kind === 'treaty' && rnd() < 0.3 && made + 3 <= acts;
		const parties = three ? [a, b, c] : [a, b];
		made += three ? 3 : 1;
		const directed = kind === 'embassy' || kind === 'letter';
		events.push({
			id: `${year}-synthetic-${i}`,
			date: { year, precision: 'year' },
			calendar: 'gregorian',
			circa: false,
			kind,
			confidence: 'high',
			people: [],
			parties,
			places: [],
			route: [],
			envoys: [],
			tags: [],
			featured: false,
			start: year,
			stop: year + (rnd() < 0.2 ? 2 + Math.floor(rnd() * 5) : 1),
			tours: [],
			answeredBy: [],
			sources: [],
			further: [],
			texts: text(`Оқиға ${i}`),
			...(directed ? { from: a, to: b } : {})
		});
	}
	events.sort((x, y) => x.start - y.start);
	return { events, people: [], places: [], polities: list, tours: [], works: [] };
}

/** Windows a reader might brush or play: widths from a decade to two centuries, all over the span. */
export function benchWindows(n: number): ({ from: number; to: number } | null)[] {
	const widths = [10, 30, 60, 120, 200];
	return Array.from({ length: n }, (_, i) => {
		if (i % 10 === 9) return null;
		const width = widths[i % widths.length];
		const from = 1400 + ((i * 97) % (550 - width));
		return { from, to: from + width };
	});
}
