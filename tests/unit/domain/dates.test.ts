import { describe, expect, test } from 'vitest';
import {
	compareHistDates,
	formatIso,
	parseHistDate,
	toDecimalEnd,
	toDecimalMid,
	toDecimalStart,
	yearAt
} from '$lib/domain/dates';

describe('parseHistDate accepts the grammar', () => {
	test.each([
		[1594, { year: 1594, precision: 'year' }],
		['1594', { year: 1594, precision: 'year' }],
		['1731-10', { year: 1731, month: 10, precision: 'month' }],
		['1731-10-10', { year: 1731, month: 10, day: 10, precision: 'day' }],
		['-0529', { year: -529, precision: 'year' }],
		[-529, { year: -529, precision: 'year' }],
		['-0209-03', { year: -209, month: 3, precision: 'month' }],
		['0001', { year: 1, precision: 'year' }],
		['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
		['-0001-02-29', { year: -1, month: 2, day: 29, precision: 'day' }]
	])('%s', (input, expected) => {
		expect(parseHistDate(input)).toEqual(expected);
	});
});

describe('parseHistDate refuses what is not a date', () => {
	test.each([
		['0000', /no year zero/],
		[0, /no year zero/],
		['1731-13', /month from 01 to 12/],
		['1731-00', /month from 01 to 12/],
		['1900-02-29', /day that exists/],
		['1731-04-31', /day that exists/],
		['1731/10/10', /YYYY, YYYY-MM or YYYY-MM-DD/],
		['c. 1731', /YYYY, YYYY-MM or YYYY-MM-DD/],
		['17310', /YYYY, YYYY-MM or YYYY-MM-DD/],
		[1731.5, /whole year/],
		[null, /found nothing/],
		[new Date(0), /YAML timestamp/]
	])('%s', (input, message) => {
		expect(() => parseHistDate(input)).toThrow(message);
	});
});

describe('decimal positions have no year zero and no epoch', () => {
	test('1 BCE is followed directly by 1 CE', () => {
		expect(toDecimalStart(parseHistDate('-0001'))).toBe(0);
		expect(toDecimalEnd(parseHistDate('-0001'))).toBe(1);
		expect(toDecimalStart(parseHistDate('0001'))).toBe(1);
	});
	test('a year covers the whole year; a month and a day cover themselves', () => {
		const y = parseHistDate(1731);
		expect(toDecimalEnd(y) - toDecimalStart(y)).toBe(1);
		const jan = parseHistDate('1731-01');
		expect((toDecimalEnd(jan) - toDecimalStart(jan)) * 365).toBeCloseTo(31);
		const d = parseHistDate('1731-10-10');
		expect((toDecimalEnd(d) - toDecimalStart(d)) * 365).toBeCloseTo(1);
		expect(toDecimalStart(d)).toBeCloseTo(1731 + 282 / 365);
	});
	test('BCE dates order before CE dates', () => {
		const dates = ['1731', '-0529', '-0209', '0552'].map((d) => parseHistDate(d)).sort(compareHistDates);
		expect(dates.map(formatIso)).toEqual(['-0529', '-0209', '0552', '1731']);
	});
	test('the midpoint of a year-only date is mid-year', () => {
		expect(toDecimalMid(parseHistDate(1594))).toBe(1594.5);
	});
	test.each([
		[1594.3, 1594],
		[0.5, -1],
		[-0.5, -2],
		[1.2, 1]
	])('yearAt(%s) = %s', (pos, year) => expect(yearAt(pos)).toBe(year));
});
