import { describe, expect, test } from 'vitest';
import { parseHistDate } from '$lib/domain/dates';
import type { Polity } from '$lib/domain/types';
import { clusterMarks, type Mark } from '$lib/timeline/clusters';
import { bandItems, eraLabelPlacements, layoutEras, markLabels } from '$lib/timeline/view-model';
import { personYears, lifeText, reignText, withoutEpithet } from '$lib/timeline/person-text';
import { textWidth } from '$lib/timeline/text';

const mark = (id: string, pos: number): Mark => ({ id, pos, start: pos, stop: pos, ranged: false, order: 0 });

describe('bandItems', () => {
	test('up to three marks stack in rows; more collapse into one count', () => {
		const clusters = clusterMarks(
			[mark('a', 0), mark('b', 0.1), mark('c', 10), mark('d', 10.1), mark('e', 10.2), mark('f', 10.3)],
			1,
			5
		);
		const items = bandItems(clusters, (p) => p * 10, 20, 16);
		expect(
			items.map((i) => (i.type === 'mark' ? `${i.mark.id}@${i.y}` : `count${i.cluster.marks.length}@${i.y}`))
		).toEqual(['a@20', 'b@36', 'count4@36']);
	});
});

describe('markLabels', () => {
	test('a title is written only where it fits before the next mark of its row and inside the view', () => {
		const items = bandItems(clusterMarks([mark('a', 0), mark('b', 20), mark('c', 90)], 10, 5), (p) => p * 10, 20, 16);
		// Marks at 0, 200 and 900 px (radius 8): a has until 186 px, b until 886 px, c until the edge.
		const widths: Record<string, number> = { a: 150, b: 700, c: 60 };
		const out = markLabels(items, (id) => widths[id], 8, 1000);
		expect([...out.keys()]).toEqual(['a', 'c']);
		expect(markLabels(items, () => 40, 8, 1000).size).toBe(3);
		// Nothing runs off the right edge.
		expect(markLabels(items, () => 100, 8, 950).has('c')).toBe(false);
	});
});

describe('layoutEras', () => {
	const polity = (id: string, from: number, to?: number): Polity => ({
		id,
		seats: [],
		texts: { kk: { title: id, html: '', file: '' } },
		sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
		further: [],
		from: parseHistDate(from),
		to: to ? parseHistDate(to) : undefined,
		circa: false,
		events: []
	});
	test('overlapping polities take separate rows; an open end runs to the end of the span; colours default', () => {
		const { bars, rows } = layoutEras(
			[polity('kz', 1465, 1847), polity('dz', 1634, 1758), polity('ru', 1721)],
			{ from: 1400, to: 2000 },
			{ from: 1400, pxPerYear: 1 }
		);
		expect(rows).toBe(3);
		const ru = bars.find((b) => b.id === 'ru')!;
		expect(ru.stop).toBe(2000);
		expect(ru.color).toBe('#8a8f98');
		expect(new Set(bars.map((b) => b.row)).size).toBe(3);
	});
	test('labels go inside a long strip and beside a short one', () => {
		const { bars } = layoutEras(
			[polity('long', 1400, 1800), polity('short', 1900, 1905)],
			{ from: 1400, to: 2000 },
			{ from: 1400, pxPerYear: 1 }
		);
		const place = eraLabelPlacements(
			bars,
			(p) => (p - 1400) * 2,
			1200,
			() => 50
		);
		expect(place.get('long')!.mode).toBe('inside');
		expect(place.get('short')!.mode).toBe('right');
	});
});

describe('person text', () => {
	const d = (v: string | number) => parseHistDate(v);
	test.each([
		['kk', { born: d(1680), died: d('1748-08-17'), circa: true }, 'шамамен 1680 ж. – 1748 ж.'],
		['ru', { born: d(1680), died: d(1748), circa: true }, 'ок. 1680 г. – 1748 г.'],
		['en', { born: d(-234), died: d(-174), circa: false }, '234 BCE – 174 BCE'],
		['en', { died: d(1748), circa: false }, '? – 1748'],
		['en', { circa: false }, '']
	] as const)('personYears %s %j', (locale, p, text) => expect(personYears(p, locale)).toBe(text));

	test('life and reign in full dates', () => {
		expect(lifeText({ born: d(1680), died: d('1748-08-17'), circa: true }, 'en')).toBe('c. 1680 – 17 August 1748');
		expect(reignText({ reign: [d(1710), d('1748-08-17')] }, 'ru')).toBe('1710 г. – 17 августа 1748 г.');
	});
});

describe('textWidth', () => {
	test('wider for wide letters, bold and bigger type; never zero for text', () => {
		expect(textWidth('Ш', 14)).toBeGreaterThan(textWidth('i', 14));
		expect(textWidth('Қазақ хандығы', 14, true)).toBeGreaterThan(textWidth('Қазақ хандығы', 14));
		expect(textWidth('1731', 20)).toBeGreaterThan(textWidth('1731', 13));
		expect(textWidth('', 14)).toBe(0);
	});
});

describe('era labels never cover each other', () => {
	// 2 px per year from 1900: rsfsr 34–46 px, its name (120 px) on its right ends at 170 px.
	test.each([
		['too close: the next strip goes unnamed', 1991, 220, 'none'],
		['far enough, right edge blocked: named on its left, after the first name', 2150, 600, 'left']
	] as const)('%s', (_name, start, view, mode) => {
		const eras = [
			{ id: 'rsfsr', start: 1917, stop: 1923, row: 0, color: '#000', circa: false },
			{ id: 'kz', start, stop: start + 9, row: 0, color: '#000', circa: false }
		];
		const place = eraLabelPlacements(
			eras,
			(p) => (p - 1900) * 2,
			view,
			() => 120
		);
		expect(place.get('rsfsr')).toEqual({ mode: 'right', x: 50 });
		const kz = place.get('kz')!;
		expect(kz.mode).toBe(mode);
		if (mode === 'left') expect(kz.x).toBeGreaterThanOrEqual(170);
	});
});

test.each([
	['Tauke Khan ("Az Tauke")', 'Tauke Khan'],
	['Тәуке хан (Әз Тәуке)', 'Тәуке хан'],
	['Zhalantos Bahadur (Yalangtush)', 'Zhalantos Bahadur'],
	['Abylai Khan', 'Abylai Khan'],
	['(Anonymous)', '(Anonymous)']
])('a name without its bracketed epithet: %s → %s', (name, short) => expect(withoutEpithet(name)).toBe(short));
