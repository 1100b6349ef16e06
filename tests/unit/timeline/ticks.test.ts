import { describe, expect, test } from 'vitest';
import { LEVELS, chooseLevel, minorLevel, ticksFor, yearStart } from '$lib/timeline/ticks';

describe('chooseLevel adapts from millennia to months as the zoom deepens', () => {
	test.each([
		// px per year → unit and step
		[0.05, 'millennium', 1],
		[1, 'century', 1],
		[1.6, 'year', 50],
		[3, 'year', 20],
		[6, 'year', 10],
		[15, 'year', 5],
		[30, 'year', 2],
		[60, 'year', 1],
		[150, 'month', 6],
		[300, 'month', 3],
		[1000, 'month', 1]
	])('%s px/year → %s ×%s', (ppy, unit, step) => {
		const level = chooseLevel(ppy, 'en', 13);
		expect(level.unit).toBe(unit);
		expect(level.step).toBe(step);
	});

	test('wider labels ("1888 г." against "1888") need more room before switching', () => {
		expect(chooseLevel(1.3, 'en', 13)).toMatchObject({ unit: 'year', step: 50 });
		expect(chooseLevel(1.3, 'ru', 13)).toMatchObject({ unit: 'century' });
		// Bigger type (a kiosk) also switches later.
		expect(chooseLevel(1.3, 'en', 20)).toMatchObject({ unit: 'century' });
	});
});

describe('ticksFor', () => {
	test('centuries are intervals: the XVIII century starts at 1701 and is labelled in the middle', () => {
		const ticks = ticksFor(LEVELS[1], { from: 1650, to: 1850 }, 'kk');
		const t18 = ticks.find((t) => t.label === 'XVIII ғ.')!;
		expect(t18.pos).toBe(1701);
		expect(t18.labelPos).toBeCloseTo(1751);
		expect(t18.anchor).toBe('middle');
		expect(t18.end).toBe(1801);
		// The partly visible XVII century is labelled in the middle of its visible part.
		const t17 = ticks.find((t) => t.label === 'XVII ғ.')!;
		expect(t17.labelPos).toBeCloseTo((1650 + 1701) / 2);
	});

	test.each([
		['en', '1st c. BCE'],
		['ru', 'I в. до н. э.'],
		['kk', 'б.з.б. I ғ.']
	] as const)('BCE centuries have no year zero (%s)', (locale, label) => {
		const ticks = ticksFor(LEVELS[1], { from: -150, to: 150 }, locale);
		const bce1 = ticks.find((t) => t.label === label)!;
		// 1st century BCE = 100 BCE .. 1 BCE = positions [-99, 1)
		expect(bce1.pos).toBe(-99);
		expect(ticks.map((t) => t.pos)).toContain(1);
	});

	test('a sliver of a century at the edge is not labelled', () => {
		const ticks = ticksFor(LEVELS[1], { from: 1695, to: 1800 }, 'en', 20);
		expect(ticks.find((t) => t.pos === 1601)!.label).toBe('');
		expect(ticks.find((t) => t.pos === 1701)!.label).toBe('18th c.');
	});

	test('year ticks fall on round historical years on both sides of the era', () => {
		const level = LEVELS.find((l) => l.unit === 'year' && l.step === 10)!;
		const ticks = ticksFor(level, { from: -30, to: 30 }, 'en');
		expect(ticks.map((t) => t.label)).toEqual(['40 BCE', '30 BCE', '20 BCE', '10 BCE', '10', '20', '30', '40']);
		expect(ticks.find((t) => t.label === '10 BCE')!.pos).toBe(-9);
		expect(ticks.find((t) => t.label === '10')!.pos).toBe(10);
	});

	test.each([
		['kk', '1731 ж.', 'қаз.'],
		['ru', '1731 г.', 'окт.'],
		['en', '1731', 'Oct']
	] as const)('month ticks name months in %s and mark January with the year', (locale, year, oct) => {
		const level = LEVELS.find((l) => l.unit === 'month' && l.step === 1)!;
		const ticks = ticksFor(level, { from: 1730.7, to: 1731.2 }, locale);
		const jan = ticks.find((t) => t.major)!;
		expect(jan.label).toBe(year);
		expect(jan.pos).toBe(1731);
		expect(ticks.some((t) => t.label.toLowerCase().startsWith(oct.toLowerCase().slice(0, 3)))).toBe(true);
	});

	test('minor ticks divide the labelled step and stay apart', () => {
		const century = LEVELS[1];
		const minor = minorLevel(century, 2)!;
		expect(minor.years * 2).toBeGreaterThanOrEqual(9);
		expect((100 / minor.years) % 1).toBe(0);
		expect(minorLevel(century, 0.01)).toBeNull();
	});

	test('yearStart skips year zero', () => {
		expect(yearStart(1)).toBe(1);
		expect(yearStart(-1)).toBe(0);
		expect(yearStart(-529)).toBe(-528);
	});
});
