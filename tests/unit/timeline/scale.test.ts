import { describe, expect, test } from 'vitest';
import {
	MIN_WINDOW_YEARS,
	focusWindow,
	pxPerYear,
	scaleLimits,
	transformFor,
	windowOf,
	zoomedScale
} from '$lib/timeline/scale';

const span = { from: -600, to: 2000 };
const width = 1300;

describe('transform ↔ window', () => {
	test.each([
		[{ from: -600, to: 2000 }],
		[{ from: 1700, to: 1800 }],
		[{ from: -530, to: -520 }],
		[{ from: 1731.7, to: 1731.8 }]
	])('round trip %j', (w) => {
		const t = transformFor(span, width, w);
		const back = windowOf(span, width, t);
		expect(back.from).toBeCloseTo(w.from, 6);
		expect(back.to).toBeCloseTo(w.to, 6);
	});

	test('windows are clamped to the span and to about a month', () => {
		const tiny = windowOf(span, width, transformFor(span, width, { from: 1731, to: 1731.001 }));
		expect(tiny.to - tiny.from).toBeCloseTo(MIN_WINDOW_YEARS, 6);
		const outside = windowOf(span, width, transformFor(span, width, { from: 1950, to: 2100 }));
		expect(outside.to).toBeCloseTo(2000, 6);
		expect(outside.to - outside.from).toBeCloseTo(150, 6);
		const wider = windowOf(span, width, transformFor(span, width, { from: -5000, to: 5000 }));
		expect([wider.from, wider.to]).toEqual([-600, 2000]);
	});

	test('scale limits run from the whole span down to a month', () => {
		expect(scaleLimits(span)).toEqual([1, 2600 * 12]);
	});

	test('the zoomed scale places BCE and CE years numerically', () => {
		const x = zoomedScale(span, width, transformFor(span, width, { from: -10, to: 10 }));
		expect(x(0)).toBeCloseTo(width / 2); // the start of 1 BCE's successor: 1 CE begins at 1.0
		expect(pxPerYear(span, width, transformFor(span, width, { from: -10, to: 10 }).k)).toBeCloseTo(width / 20);
	});
});

describe('focusWindow', () => {
	test.each([
		['already in view: stay', { from: 1700, to: 1800 }, { start: 1750, stop: 1751 }, null],
		[
			'near the edge: recentre, keep the zoom',
			{ from: 1700, to: 1800 },
			{ start: 1798, stop: 1799 },
			{ from: 1748.5, to: 1848.5 }
		],
		[
			'zoomed far out: narrow to the neighbourhood',
			{ from: -600, to: 2000 },
			{ start: 1731, stop: 1732 },
			{ from: 1701.5, to: 1761.5 }
		],
		['clamped at the end of the span', { from: 1700, to: 1800 }, { start: 1999, stop: 2000 }, { from: 1900, to: 2000 }]
	])('%s', (_name, current, at, expected) => {
		const out = focusWindow(current, span, at);
		if (expected === null) expect(out).toBeNull();
		else {
			expect(out!.from).toBeCloseTo(expected.from, 6);
			expect(out!.to).toBeCloseTo(expected.to, 6);
		}
	});
});
