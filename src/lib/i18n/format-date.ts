/**
 * Dates in the reader's language, following each language's own conventions:
 * Kazakh "1731 ж. 10 қазан", "б.з.б. 529 ж.", "шамамен"; Russian "10 октября 1731 г.",
 * "529 г. до н. э.", "ок."; English "10 October 1731", "529 BCE", "c.".
 * Intl supplies month names only; years are never passed through JS Date.
 */
import { julianToGregorian } from '$lib/domain/calendar';
import type { HistDate } from '$lib/domain/dates';
import type { Calendar, Locale } from '$lib/domain/types';

/** Kazakh months keep one form after a day number ("17 тамыз"), unlike Russian ("17 августа"). */
const KK_MONTHS = [
	'қаңтар',
	'ақпан',
	'наурыз',
	'сәуір',
	'мамыр',
	'маусым',
	'шілде',
	'тамыз',
	'қыркүйек',
	'қазан',
	'қараша',
	'желтоқсан'
];

/**
 * Month names as data, not from Intl: browsers ship reduced locale data, and Chromium prints
 * Kazakh months as "М10". `day` is the form after a day number.
 */
const MONTHS: Record<Locale, Record<'standalone' | 'day' | 'short', string[]>> = {
	kk: {
		standalone: KK_MONTHS,
		day: KK_MONTHS,
		short: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.']
	},
	ru: {
		standalone: [
			'январь',
			'февраль',
			'март',
			'апрель',
			'май',
			'июнь',
			'июль',
			'август',
			'сентябрь',
			'октябрь',
			'ноябрь',
			'декабрь'
		],
		day: [
			'января',
			'февраля',
			'марта',
			'апреля',
			'мая',
			'июня',
			'июля',
			'августа',
			'сентября',
			'октября',
			'ноября',
			'декабря'
		],
		short: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
	},
	en: {
		standalone: [
			'January',
			'February',
			'March',
			'April',
			'May',
			'June',
			'July',
			'August',
			'September',
			'October',
			'November',
			'December'
		],
		day: [
			'January',
			'February',
			'March',
			'April',
			'May',
			'June',
			'July',
			'August',
			'September',
			'October',
			'November',
			'December'
		],
		short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
	}
};

/** Month names; `form: 'day'` gives the form used after a day number (Russian genitive). */
export function monthNames(locale: Locale, form: 'standalone' | 'day' | 'short' = 'standalone'): string[] {
	return MONTHS[locale][form];
}

/** "1594 ж." / "1594 г." / "1594"; BCE years in each language's convention. */
export function formatYear(year: number, locale: Locale): string {
	const n = Math.abs(year);
	if (year < 0) {
		if (locale === 'kk') return `б.з.б. ${n} ж.`;
		if (locale === 'ru') return `${n} г. до н. э.`;
		return `${n} BCE`;
	}
	if (locale === 'kk') return `${n} ж.`;
	if (locale === 'ru') return `${n} г.`;
	return String(n);
}

const CIRCA: Record<Locale, string> = { kk: 'шамамен', ru: 'ок.', en: 'c.' };

export function formatHistDate(d: HistDate, locale: Locale, circa = false): string {
	const prefix = circa ? `${CIRCA[locale]} ` : '';
	if (d.precision === 'year') return prefix + formatYear(d.year, locale);
	const month = d.month! - 1;
	if (d.precision === 'month') {
		const name = monthNames(locale)[month];
		if (locale === 'en') return `${prefix}${name} ${formatYear(d.year, locale)}`;
		if (locale === 'kk') return `${prefix}${formatYear(d.year, locale)} ${name}`;
		return `${prefix}${name} ${formatYear(d.year, locale)}`;
	}
	const dayMonth = `${d.day} ${monthNames(locale, 'day')[month]}`;
	if (locale === 'kk') return `${prefix}${formatYear(d.year, locale)} ${dayMonth}`;
	return `${prefix}${dayMonth} ${formatYear(d.year, locale)}`;
}

/** A span such as "1594–1595 жж." is kept simple and unambiguous: both ends in full. */
export function formatHistRange(start: HistDate, end: HistDate | undefined, locale: Locale, circa = false): string {
	if (!end) return formatHistDate(start, locale, circa);
	return `${formatHistDate(start, locale, circa)} – ${formatHistDate(end, locale, circa)}`;
}

const OLD_STYLE: Record<Locale, string> = { kk: 'ескі стиль', ru: 'ст. ст.', en: 'O.S.' };

/**
 * An Old Style (Julian) date the way Russian historiography writes it, in each language: the
 * Julian day first, the Gregorian in brackets — "10 (21) October 1731", «10 (21) октября
 * 1731 г.», «1731 ж. 10 (21) қазан»; the month or the year repeated only where it changes
 * ("28 February (11 March) 1700"). A month alone is marked Old Style instead.
 */
export function formatOldStyle(d: HistDate, locale: Locale, circa = false): string {
	if (d.precision === 'year') return formatHistDate(d, locale, circa);
	if (d.precision === 'month') return `${formatHistDate(d, locale, circa)} (${OLD_STYLE[locale]})`;
	const prefix = circa ? `${CIRCA[locale]} ` : '';
	const g = julianToGregorian(d).start;
	const month = (m: number) => monthNames(locale, 'day')[m - 1];
	if (g.year !== d.year) {
		return `${prefix}${formatHistDate(d, locale)} (${formatHistDate(g, locale)})`;
	}
	const year = formatYear(d.year, locale);
	const days =
		g.month === d.month
			? `${d.day} (${g.day}) ${month(d.month!)}`
			: `${d.day} ${month(d.month!)} (${g.day} ${month(g.month!)})`;
	return locale === 'kk' ? `${prefix}${year} ${days}` : `${prefix}${days} ${year}`;
}

/** An event's date or span in the reader's language, Old Style where its sources date it so. */
export function formatEventDate(
	e: { date: HistDate; end?: HistDate; circa: boolean; calendar?: Calendar },
	locale: Locale
): string {
	if (e.calendar !== 'julian') return formatHistRange(e.date, e.end, locale, e.circa);
	const start = formatOldStyle(e.date, locale, e.circa);
	return e.end ? `${start} – ${formatOldStyle(e.end, locale, e.circa)}` : start;
}

const ROMAN: [number, string][] = [
	[1000, 'M'],
	[900, 'CM'],
	[500, 'D'],
	[400, 'CD'],
	[100, 'C'],
	[90, 'XC'],
	[50, 'L'],
	[40, 'XL'],
	[10, 'X'],
	[9, 'IX'],
	[5, 'V'],
	[4, 'IV'],
	[1, 'I']
];

export function toRoman(n: number): string {
	let out = '';
	for (const [value, numeral] of ROMAN) {
		while (n >= value) {
			out += numeral;
			n -= value;
		}
	}
	return out;
}

function ordinalEn(n: number): string {
	const rem100 = n % 100;
	if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "XVIII ғ." / "XVIII в." / "18th c.", with the BCE marker where needed. */
export function formatCentury(century: number, locale: Locale): string {
	const n = Math.abs(century);
	const bce = century < 0;
	if (locale === 'kk') return `${bce ? 'б.з.б. ' : ''}${toRoman(n)} ғ.`;
	if (locale === 'ru') return `${toRoman(n)} в.${bce ? ' до н. э.' : ''}`;
	return `${ordinalEn(n)} c.${bce ? ' BCE' : ''}`;
}

/** "б.з.б. I мыңжылдық" / "I тыс. до н. э." / "1st mill. BCE". */
export function formatMillennium(millennium: number, locale: Locale): string {
	const n = Math.abs(millennium);
	const bce = millennium < 0;
	if (locale === 'kk') return `${bce ? 'б.з.б. ' : ''}${toRoman(n)} мыңжылдық`;
	if (locale === 'ru') return `${toRoman(n)} тыс.${bce ? ' до н. э.' : ''}`;
	return `${ordinalEn(n)} mill.${bce ? ' BCE' : ''}`;
}
