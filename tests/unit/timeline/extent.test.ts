import { describe, expect, test } from 'vitest';
import { parseHistDate, toDecimalEnd, toDecimalStart } from '$lib/domain/dates';
import type { Person } from '$lib/domain/types';
import { overviewWindow, personSpans, presentEnd, timelineSpan } from '$lib/timeline/extent';

const event = (date: string | number) => {
	const d = parseHistDate(date);
	return { id: String(date), start: toDecimalStart(d), stop: toDecimalEnd(d) };
};
const PRESENT = presentEnd(new Date(Date.UTC(2026, 11, 6)));

describe('presentEnd', () => {
	test('the end of the present year', () => {
		expect(PRESENT).toBe(2027);
		expect(presentEnd(new Date(Date.UTC(2026, 0, 1)))).toBe(2027);
	});
});

describe('timelineSpan', () => {
	test.each([
		['events 1500 to 1900: a margin of 1 % at each end', [1500, 1900], { from: 1495.99, to: 1905.01 }],
		['a single year: a margin of at least a year', [1731], { from: 1730, to: 1733 }],
		['content near today: ends with the present year, not past it', [1465, 2025], { from: 1459.39, to: PRESENT }],
		// 529 BCE starts at -528 (1 BCE starts at 0).
		['antiquity to today', ['-0529', 2017], { from: -553.46, to: PRESENT }]
	] as const)('%s', (_name, dates, expected) => {
		const span = timelineSpan({ events: dates.map(event) }, [], PRESENT);
		expect(span.from).toBeCloseTo(expected.from, 2);
		expect(span.to).toBeCloseTo(expected.to, 2);
	});

	test('a life with no known end reaches no further than the present year', () => {
		const p: Person = {
			id: 'living',
			texts: { kk: { title: 'x', summary: '', html: '', file: '' } },
			sources: [],
			further: [],
			role: 'diplomat',
			born: parseHistDate(2000),
			circa: false,
			events: []
		};
		const [span] = personSpans({ events: [], people: [p] }, PRESENT);
		expect(span.stop).toBe(PRESENT);
		expect(span.softEnd).toBe(true);
		expect(timelineSpan({ events: [event(1990)] }, [span], PRESENT).to).toBe(PRESENT);
	});
});

describe('overviewWindow', () => {
	const span = { from: -600, to: 2027 };
	const dense = Array.from({ length: 60 }, (_, i) => 1500 + i * 7);
	test.each([
		[
			'opens on the dense centuries, not on a sparse antiquity',
			[-529, -200, 600, ...dense, 2010],
			[],
			[1450, 1520],
			[1900, 2027]
		],
		['widens to hold every featured event', [-529, ...dense], [1465.5, 2017.5], [1400, 1465.5], [2017.5, 2027]],
		['never past the span', dense, [2030], [1400, 1520], [2027, 2027]]
	] as const)('%s', (_name, positions, featured, [from0, from1], [to0, to1]) => {
		const w = overviewWindow([...positions], span, [...featured]);
		expect(w.from).toBeGreaterThanOrEqual(from0);
		expect(w.from).toBeLessThanOrEqual(from1);
		expect(w.to).toBeGreaterThanOrEqual(to0);
		expect(w.to).toBeLessThanOrEqual(to1);
	});

	test('too few events, or events everywhere: the whole span', () => {
		expect(overviewWindow([1700, 1800], span)).toEqual(span);
		expect(
			overviewWindow(
				Array.from({ length: 50 }, (_, i) => -600 + i * 53),
				span
			)
		).toEqual(span);
	});
});
