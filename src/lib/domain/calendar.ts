/**
 * Old Style (Julian) and New Style (Gregorian) dates. Russian documents before February 1918
 * are dated in the Julian calendar; historians write such a day as "10 (21) October 1731":
 * the Julian day first, the Gregorian in brackets. Conversion goes through the Julian Day
 * Number (days since 1 January 4713 BCE, Julian), which both calendars map to exactly.
 */
import type { HistDate } from './dates';

/** Astronomical year: 1 BCE is 0, 2 BCE is -1 (history has no year zero). */
const astronomical = (year: number) => (year < 0 ? year + 1 : year);
const historical = (astro: number) => (astro <= 0 ? astro - 1 : astro);

/** Julian Day Number of a Julian calendar date (Richards' algorithm, valid for all years). */
export function julianToJdn(year: number, month: number, day: number): number {
	const y = astronomical(year);
	const a = Math.floor((14 - month) / 12);
	const yy = y + 4800 - a;
	const mm = month + 12 * a - 3;
	return day + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
}

/** Julian Day Number of a proleptic Gregorian date. */
export function gregorianToJdn(year: number, month: number, day: number): number {
	const y = astronomical(year);
	const a = Math.floor((14 - month) / 12);
	const yy = y + 4800 - a;
	const mm = month + 12 * a - 3;
	return (
		day +
		Math.floor((153 * mm + 2) / 5) +
		365 * yy +
		Math.floor(yy / 4) -
		Math.floor(yy / 100) +
		Math.floor(yy / 400) -
		32045
	);
}

/** The proleptic Gregorian date of a Julian Day Number. */
export function jdnToGregorian(jdn: number): { year: number; month: number; day: number } {
	const a = jdn + 32044;
	const b = Math.floor((4 * a + 3) / 146097);
	const c = a - Math.floor((146097 * b) / 4);
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor((1461 * d) / 4);
	const m = Math.floor((5 * e + 2) / 153);
	const day = e - Math.floor((153 * m + 2) / 5) + 1;
	const month = m + 3 - 12 * Math.floor(m / 10);
	const year = 100 * b + d - 4800 + Math.floor(m / 10);
	return { year: historical(year), month, day };
}

/**
 * The Gregorian equivalent of a Julian date. A day maps to a day; a month maps to the
 * Gregorian span of its first and last days (returned as start and end).
 */
export function julianToGregorian(d: HistDate): { start: HistDate; end: HistDate } {
	if (d.precision === 'year') return { start: d, end: d };
	const firstDay = d.day ?? 1;
	const lastDay = d.day ?? julianMonthLength(d.year, d.month!);
	const first = jdnToGregorian(julianToJdn(d.year, d.month!, firstDay));
	const last = jdnToGregorian(julianToJdn(d.year, d.month!, lastDay));
	return {
		start: { ...first, precision: 'day' },
		end: { ...last, precision: 'day' }
	};
}

function julianMonthLength(year: number, month: number): number {
	if (month === 2) return astronomical(year) % 4 === 0 ? 29 : 28;
	return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
