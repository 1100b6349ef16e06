import { describe, expect, test } from 'vitest';
import type { Mark } from '$lib/timeline/clusters';
import { placeFeatured, shortTitle, shorten, type FeaturedOptions } from '$lib/timeline/featured';
import { textWidth } from '$lib/timeline/text';

const mark = (id: string, pos: number): Mark => ({
	id,
	pos,
	start: pos,
	stop: pos,
	ranged: false,
	order: 0,
	featured: true
});
const FONT = 13;
const titles: Record<string, string> = {
	a: 'The founding of the Kazakh Khanate: Kerei and Zhanibek in Moghulistan',
	b: "Tauke Khan's letter to Peter I",
	c: 'The Ordabasy gathering',
	d: "Abulkhair Khan's embassy to St Petersburg",
	e: 'Ablai proclaimed khan'
};
const options = (over: Partial<FeaturedOptions> = {}): FeaturedOptions => ({
	rows: 2,
	r: 8,
	viewWidth: 1000,
	font: FONT,
	names: (id) => {
		const t = titles[id];
		return shortTitle(t) === t ? [t] : [t, shortTitle(t)];
	},
	...over
});
const x = (p: number) => p;

describe('placeFeatured: featured events named beside their marks', () => {
	test('far apart: every name whole', () => {
		const out = placeFeatured([mark('b', 100), mark('c', 600)], x, options());
		expect(out.map((f) => [f.mark.id, f.label?.text])).toEqual([
			['b', titles.b],
			['c', titles.c]
		]);
	});

	test('a long title too long for its room takes its short form (before the colon)', () => {
		const out = placeFeatured([mark('a', 50), mark('c', 400)], x, options({ rows: 1 }));
		expect(out[0].label?.text).toBe('The founding of the Kazakh Khanate');
	});

	test('crowded: marks share the rows, and no name runs into the next mark of its row or off screen', () => {
		const marks = ['a', 'b', 'c', 'd', 'e'].map((id, i) => mark(id, 100 + i * 40));
		for (const rows of [1, 2, 3]) {
			const out = placeFeatured(marks, x, options({ rows }));
			expect(out).toHaveLength(5);
			expect(new Set(out.map((f) => f.row)).size).toBe(rows);
			for (const f of out) {
				// One row for five marks 40 px apart leaves no room for a name: tooltips only.
				if (rows > 1) expect(f.label, `${rows} rows: ${f.mark.id} named`).not.toBeNull();
				if (!f.label) continue;
				const next = out.find((g) => g.row === f.row && g.x > f.x);
				const [x0, x1] =
					f.label!.side === 'right' ? [f.x + 12, f.x + 12 + f.label!.width] : [f.x - 12 - f.label!.width, f.x - 12];
				if (next) expect(x1).toBeLessThanOrEqual(next.x - 8);
				expect(x0).toBeGreaterThanOrEqual(0);
				expect(x1).toBeLessThanOrEqual(1000);
				expect(f.label!.width).toBe(textWidth(f.label!.text, FONT));
			}
		}
	});

	test('at the right edge the name goes to the left of its mark', () => {
		const [f] = placeFeatured([mark('e', 990)], x, options());
		expect(f.label).toMatchObject({ text: titles.e, side: 'left' });
	});

	test('a mark off screen keeps its place but writes no name', () => {
		const [f] = placeFeatured([mark('e', -40)], x, options());
		expect(f.label).toBeNull();
	});

	test('no featured rows: nothing placed (the marks are counted like the others)', () => {
		expect(placeFeatured([mark('e', 10)], x, options({ rows: 0 }))).toEqual([]);
	});
});

describe('short forms', () => {
	test.each([
		['The founding of the Kazakh Khanate: Kerei and Zhanibek', 'The founding of the Kazakh Khanate'],
		['Tauke Khan\'s Zheti Zhargy ("Seven Statutes")', "Tauke Khan's Zheti Zhargy"],
		['Ablai proclaimed khan', 'Ablai proclaimed khan'],
		['Alash: a party', 'Alash: a party']
	])('shortTitle %j → %j', (title, short) => expect(shortTitle(title)).toBe(short));

	test.each([
		// Between words, so the shown part stays words of the accessible name.
		['Ablai proclaimed khan', 80, 'Ablai…'],
		['Ablai proclaimed khan', 1000, 'Ablai proclaimed…'],
		// Never inside a word: when not even the first word fits, it fades out at the room's edge.
		['Ablai proclaimed khan', 30, 'Ablai'],
		['Ablai', 10, null]
	])('shorten %j to %i px', (text, room, expected) => {
		const out = shorten(text, room, FONT);
		expect(out?.text ?? null).toBe(expected);
		if (out) expect(out.width).toBeLessThanOrEqual(room);
		if (out) expect(out.fades ?? false).toBe(!out.text.endsWith('…'));
	});
});
