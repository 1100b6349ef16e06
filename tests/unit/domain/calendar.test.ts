/** Old Style to New Style across every change of the gap: 10 days from 1582, 11 from 1700, 12 from 1800, 13 from 1900 until 1918. */
import { describe, expect, test } from 'vitest';
import { gregorianToJdn, jdnToGregorian, julianToGregorian, julianToJdn } from '$lib/domain/calendar';
import { parseHistDate } from '$lib/domain/dates';

const day = (text: string) => parseHistDate(text, 'julian');
const iso = (d: { year: number; month?: number; day?: number }) =>
	`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('julianToGregorian', () => {
	test.each([
		// The Gregorian reform: Thursday 4 October 1582 (Julian) was followed by Friday 15 October.
		['1582-10-04', '1582-10-14'],
		['1582-10-05', '1582-10-15'],
		// 1700 is a Julian leap year but not a Gregorian one: the gap grows on Julian 29 February.
		['1700-02-18', '1700-02-28'],
		['1700-02-28', '1700-03-10'],
		['1700-02-29', '1700-03-11'],
		['1700-03-01', '1700-03-12'],
		['1731-10-10', '1731-10-21'],
		['1800-02-28', '1800-03-11'],
		['1800-03-01', '1800-03-13'],
		['1900-02-28', '1900-03-12'],
		['1900-03-01', '1900-03-14'],
		// Soviet Russia's switch: 31 January 1918 (Old Style) was followed by 14 February (New Style).
		['1918-01-31', '1918-02-13'],
		['1918-02-01', '1918-02-14']
	])('%s (O.S.) is %s (N.S.)', (julian, gregorian) => {
		expect(iso(julianToGregorian(day(julian)).start)).toBe(gregorian);
	});
	test('a Julian month maps to the Gregorian span of its first and last days', () => {
		const { start, end } = julianToGregorian(parseHistDate('1731-10', 'julian'));
		expect([iso(start), iso(end)]).toEqual(['1731-10-12', '1731-11-11']);
	});
	test('a year is the same in both calendars', () => {
		const year = parseHistDate(1731);
		expect(julianToGregorian(year)).toEqual({ start: year, end: year });
	});
	test('the day numbers agree on a known epoch: 1 January 2000 (Gregorian) is JDN 2451545', () => {
		expect(gregorianToJdn(2000, 1, 1)).toBe(2451545);
		expect(julianToJdn(1582, 10, 4) + 1).toBe(gregorianToJdn(1582, 10, 15));
	});
	test('conversion round-trips for every day from 1500 to 1920', () => {
		// One assertion for the whole span: 150,000 separate expects are slow on a loaded machine.
		const wrong: number[] = [];
		for (let jdn = gregorianToJdn(1500, 1, 1); jdn < gregorianToJdn(1920, 1, 1); jdn += 1) {
			const g = jdnToGregorian(jdn);
			if (gregorianToJdn(g.year, g.month, g.day) !== jdn) wrong.push(jdn);
		}
		expect(wrong).toEqual([]);
	});
	test('BCE dates cross the missing year zero', () => {
		expect(iso(julianToGregorian(day('0001-01-01')).start)).toBe('-1-12-30');
	});
});

describe('Julian dates are checked against the Julian calendar', () => {
	test('29 February 1700 (O.S.) exists; the Gregorian 1700 had none', () => {
		expect(() => parseHistDate('1700-02-29', 'julian')).not.toThrow();
		expect(() => parseHistDate('1700-02-29')).toThrow(/day that exists/);
	});
});
