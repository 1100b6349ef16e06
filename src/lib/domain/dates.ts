/**
 * Historical dates as written in content: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a leading
 * `-` for years before the common era. History has no year zero, so `-0001` (1 BCE) is
 * followed directly by `0001` (1 CE). Positions on the timeline are numeric "decimal years"
 * computed here, never through JS `Date` (whose epoch and year-zero rules are wrong for us).
 */

export type Precision = 'year' | 'month' | 'day';

export interface HistDate {
	/** Historical year: negative for BCE, never 0. */
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
}

const GRAMMAR = /^(-?)(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class DateGrammarError extends Error {}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Leap years of the proleptic Gregorian calendar, on the astronomical year (1 BCE = 0). */
export function isLeapYear(year: number): boolean {
	const y = astronomical(year);
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function astronomical(year: number): number {
	return year < 0 ? year + 1 : year;
}

/** Leap years of the Julian calendar (every fourth year), on the astronomical year. */
export function isJulianLeapYear(year: number): boolean {
	return astronomical(year) % 4 === 0;
}

export function daysInMonth(year: number, month: number, calendar: 'gregorian' | 'julian' = 'gregorian'): number {
	const leap = calendar === 'julian' ? isJulianLeapYear(year) : isLeapYear(year);
	return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Parses a content date. YAML gives a bare year as a number, so numbers are accepted when
 * they are whole and not zero. Throws DateGrammarError with a reader-facing reason.
 */
export function parseHistDate(value: unknown, calendar: 'gregorian' | 'julian' = 'gregorian'): HistDate {
	let text: string;
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) throw new DateGrammarError(`a whole year, found ${value}`);
		text = value < 0 ? `-${String(-value).padStart(4, '0')}` : String(value).padStart(4, '0');
	} else if (typeof value === 'string') {
		text = value.trim();
	} else {
		throw new DateGrammarError(`a date as YYYY, YYYY-MM or YYYY-MM-DD, found ${describe(value)}`);
	}
	const match = GRAMMAR.exec(text);
	if (!match) {
		throw new DateGrammarError(`a date as YYYY, YYYY-MM or YYYY-MM-DD (with "-" before BCE years), found "${text}"`);
	}
	const [, minus, y, mo, d] = match;
	const magnitude = Number(y);
	if (magnitude === 0) throw new DateGrammarError(`a year other than 0 (there is no year zero), found "${text}"`);
	const year = minus ? -magnitude : magnitude;
	if (mo === undefined) return { year, precision: 'year' };
	const month = Number(mo);
	if (month < 1 || month > 12) throw new DateGrammarError(`a month from 01 to 12, found "${text}"`);
	if (d === undefined) return { year, month, precision: 'month' };
	const day = Number(d);
	if (day < 1 || day > daysInMonth(year, month, calendar)) {
		throw new DateGrammarError(`a day that exists in that month, found "${text}"`);
	}
	return { year, month, day, precision: 'day' };
}

function describe(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (value instanceof Date) return 'a YAML timestamp';
	return typeof value === 'object' ? JSON.stringify(value) : `${typeof value} ${String(value)}`;
}

/** Day of year (0-based) at the start of a month. */
function dayOfYear(year: number, month: number, day: number): number {
	let days = day - 1;
	for (let m = 1; m < month; m++) days += daysInMonth(year, m);
	return days;
}

function yearLength(year: number): number {
	return isLeapYear(year) ? 366 : 365;
}

/**
 * The continuous position of the start of a date: 1 CE starts at 1.0, 1 BCE at 0.0,
 * 2 BCE at -1.0. Year-precise dates start at their year's beginning.
 */
export function toDecimalStart(d: HistDate): number {
	const base = astronomical(d.year);
	if (d.precision === 'year') return base;
	return base + dayOfYear(d.year, d.month!, d.day ?? 1) / yearLength(d.year);
}

/** The position just after the last moment the date covers (a year covers the whole year). */
export function toDecimalEnd(d: HistDate): number {
	const base = astronomical(d.year);
	if (d.precision === 'year') return base + 1;
	if (d.precision === 'month') {
		return (
			base + dayOfYear(d.year, d.month!, daysInMonth(d.year, d.month!)) / yearLength(d.year) + 1 / yearLength(d.year)
		);
	}
	return base + (dayOfYear(d.year, d.month!, d.day!) + 1) / yearLength(d.year);
}

/** The midpoint, where a single mark for the date is drawn. */
export function toDecimalMid(d: HistDate): number {
	return (toDecimalStart(d) + toDecimalEnd(d)) / 2;
}

/** Historical year (never 0) containing a decimal position. */
export function yearAt(position: number): number {
	const astro = Math.floor(position);
	return astro <= 0 ? astro - 1 : astro;
}

/** Sort key that orders dates chronologically, coarser dates first on ties. */
export function compareHistDates(a: HistDate, b: HistDate): number {
	return toDecimalStart(a) - toDecimalStart(b) || precisionRank(a) - precisionRank(b);
}

function precisionRank(d: HistDate): number {
	return d.precision === 'year' ? 0 : d.precision === 'month' ? 1 : 2;
}

/** The date as written in content (canonical form), e.g. "-0529", "1731-10-10". */
export function formatIso(d: HistDate): string {
	const y = d.year < 0 ? `-${String(-d.year).padStart(4, '0')}` : String(d.year).padStart(4, '0');
	if (d.precision === 'year') return y;
	const m = `${y}-${String(d.month).padStart(2, '0')}`;
	return d.precision === 'month' ? m : `${m}-${String(d.day).padStart(2, '0')}`;
}
