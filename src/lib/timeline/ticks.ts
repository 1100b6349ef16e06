/**
 * Axis ticks chosen for the zoom: millennia, centuries, then years in steps of 50 down to 1,
 * then months. Centuries and millennia are intervals (the XVIII century is 1701–1800), so
 * their labels sit in the middle of the visible part of the interval; years and months are
 * instants labelled at their tick. BCE years are ticked on their own round numbers
 * (10 BCE, not astronomical -10 = 11 BCE). Labels come from i18n/format-date.
 */
import { toDecimalStart } from '$lib/domain/dates';
import { formatCentury, formatMillennium, formatYear, monthNames } from '$lib/i18n/format-date';
import type { Locale } from '$lib/i18n/locales';
import type { TimeWindow } from '$lib/domain/types';
import { textWidth } from './text';

export type TickUnit = 'millennium' | 'century' | 'year' | 'month';

export interface TickLevel {
	unit: TickUnit;
	/** Step in units (years for 'year', months for 'month'). */
	step: number;
	/** Nominal distance between ticks in years. */
	years: number;
}

export const LEVELS: TickLevel[] = [
	{ unit: 'millennium', step: 1, years: 1000 },
	{ unit: 'century', step: 1, years: 100 },
	{ unit: 'year', step: 50, years: 50 },
	{ unit: 'year', step: 20, years: 20 },
	{ unit: 'year', step: 10, years: 10 },
	{ unit: 'year', step: 5, years: 5 },
	{ unit: 'year', step: 2, years: 2 },
	{ unit: 'year', step: 1, years: 1 },
	{ unit: 'month', step: 6, years: 0.5 },
	{ unit: 'month', step: 3, years: 0.25 },
	{ unit: 'month', step: 1, years: 1 / 12 }
];

export interface Tick {
	/** Decimal-year position of the tick line. */
	pos: number;
	/** Where the label is centred (intervals) or starts (instants). */
	labelPos: number;
	label: string;
	/** Labels of interval units sit between lines; instant labels sit at them. */
	anchor: 'middle' | 'start';
	/** A year boundary inside a month axis: drawn stronger, labelled with the year. */
	major: boolean;
	/** Where an interval (century, millennium) ends; instants have none. */
	end?: number;
}

/** The widest label a level may produce, for the spacing test. */
export function sampleLabel(level: TickLevel, locale: Locale): string {
	if (level.unit === 'millennium') return formatMillennium(-2, locale);
	if (level.unit === 'century') return formatCentury(18, locale);
	if (level.unit === 'year') return formatYear(1888, locale);
	return monthNames(locale, 'short').reduce((a, b) => (b.length > a.length ? b : a), '') + 'W';
}

/** The finest level whose labels keep at least `gap` px apart at `pxPerYear`. */
export function chooseLevel(pxPerYear: number, locale: Locale, fontPx = 13, gap = 20): TickLevel {
	let chosen = LEVELS[0];
	for (const level of LEVELS) {
		const need = textWidth(sampleLabel(level, locale), fontPx) + gap;
		if (level.years * pxPerYear >= need) chosen = level;
		else break;
	}
	return chosen;
}

/** The next finer level whose lines stay at least `minPx` apart: unlabelled minor ticks. */
export function minorLevel(level: TickLevel, pxPerYear: number, minPx = 9): TickLevel | null {
	const i = LEVELS.indexOf(level);
	for (let j = LEVELS.length - 1; j > i; j--) {
		const l = LEVELS[j];
		if (l.years * pxPerYear >= minPx && (level.years / l.years) % 1 < 1e-9) return l;
	}
	return null;
}

/** Position of the start of a historical year (BCE years are negative, no year 0). */
export function yearStart(year: number): number {
	return year < 0 ? year + 1 : year;
}

function intervalTicks(size: number, window: TimeWindow, format: (n: number) => string, minYears: number): Tick[] {
	// Boundaries of centuries/millennia at size*j + 1 (the I century is 1..100 → [1, 101)).
	const out: Tick[] = [];
	const first = Math.floor((window.from - 1) / size);
	const last = Math.ceil((window.to - 1) / size);
	for (let j = first; j <= last; j++) {
		const pos = size * j + 1;
		const ordinal = j >= 0 ? j + 1 : j;
		const from = Math.max(pos, window.from);
		const to = Math.min(pos + size, window.to);
		// A sliver of an interval at the edge of the view gets its line but no label.
		const label = to - from >= minYears ? format(ordinal) : '';
		out.push({ pos, labelPos: (from + to) / 2, label, anchor: 'middle', major: true, end: pos + size });
	}
	return out;
}

/**
 * Ticks for a window at a level, labelled in the reader's language. `minLabelYears`: an
 * interval (century, millennium) whose visible part is narrower than this is not labelled.
 */
export function ticksFor(level: TickLevel, window: TimeWindow, locale: Locale, minLabelYears = 0): Tick[] {
	if (level.unit === 'millennium')
		return intervalTicks(1000, window, (n) => formatMillennium(n, locale), minLabelYears);
	if (level.unit === 'century') return intervalTicks(100, window, (n) => formatCentury(n, locale), minLabelYears);
	const out: Tick[] = [];
	if (level.unit === 'year') {
		const step = level.step;
		const lo = Math.floor(window.from / step) * step - step;
		const hi = Math.ceil(window.to / step) * step + step;
		for (let y = lo; y <= hi; y += step) {
			// Historical years: CE multiples of the step, and BCE multiples of the step.
			if (y === 0) continue;
			const pos = yearStart(y);
			if (pos < window.from - level.years || pos > window.to + level.years) continue;
			out.push({ pos, labelPos: pos, label: formatYear(y, locale), anchor: 'start', major: false });
		}
		return out;
	}
	const names = monthNames(locale, 'short');
	const firstYear = Math.floor(window.from) - 1;
	const lastYear = Math.ceil(window.to) + 1;
	for (let astro = firstYear; astro <= lastYear; astro++) {
		const year = astro <= 0 ? astro - 1 : astro;
		for (let month = 1; month <= 12; month += level.step) {
			const pos = toDecimalStart({ year, month, precision: 'month' });
			if (pos < window.from - 1 / 6 || pos > window.to + 1 / 6) continue;
			const major = month === 1;
			const label = major ? formatYear(year, locale) : names[month - 1];
			out.push({ pos, labelPos: pos, label, anchor: 'start', major });
		}
	}
	return out;
}
