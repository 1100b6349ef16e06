import { describe, expect, test } from 'vitest';
import { parseHistDate } from '$lib/domain/dates';
import {
	formatCentury,
	formatEventDate,
	formatHistDate,
	formatMillennium,
	formatOldStyle,
	formatYear
} from '$lib/i18n/format-date';
import { pickLocale } from '$lib/i18n/locales';
import { switchLocalePath } from '$lib/i18n/paths';

describe('dates in each language', () => {
	test.each([
		['1594', 'kk', false, '1594 ж.'],
		['1594', 'ru', false, '1594 г.'],
		['1594', 'en', false, '1594'],
		['1594', 'kk', true, 'шамамен 1594 ж.'],
		['1594', 'ru', true, 'ок. 1594 г.'],
		['1594', 'en', true, 'c. 1594'],
		['-0529', 'kk', false, 'б.з.б. 529 ж.'],
		['-0529', 'ru', false, '529 г. до н. э.'],
		['-0529', 'en', false, '529 BCE'],
		['1731-10-10', 'kk', false, '1731 ж. 10 қазан'],
		['1731-10-10', 'ru', false, '10 октября 1731 г.'],
		['1731-10-10', 'en', false, '10 October 1731'],
		['1928-04', 'en', false, 'April 1928'],
		['1928-04', 'ru', false, 'апрель 1928 г.']
	] as const)('%s in %s (circa %s)', (date, locale, circa, expected) => {
		expect(formatHistDate(parseHistDate(date), locale, circa)).toBe(expected);
	});
	test.each([
		[18, 'kk', 'XVIII ғ.'],
		[18, 'ru', 'XVIII в.'],
		[18, 'en', '18th c.'],
		[21, 'en', '21st c.'],
		[-6, 'ru', 'VI в. до н. э.'],
		[-6, 'kk', 'б.з.б. VI ғ.']
	] as const)('century %s in %s', (c, locale, expected) => expect(formatCentury(c, locale)).toBe(expected));
	test('millennia and bare years', () => {
		expect(formatMillennium(-1, 'en')).toBe('1st mill. BCE');
		expect(formatMillennium(2, 'ru')).toBe('II тыс.');
		expect(formatYear(-3, 'en')).toBe('3 BCE');
	});
});

describe('languages and paths', () => {
	test.each([
		[['ru-RU', 'en'], 'ru'],
		[['de', 'en-GB'], 'en'],
		[['kk'], 'kk'],
		[['fr', 'de'], 'kk'],
		[[], 'kk']
	])('browser languages %j choose %s', (prefs, expected) => expect(pickLocale(prefs)).toBe(expected));
	test('the language switch keeps the page and its state', () => {
		expect(switchLocalePath('/kk/events/1594-x/', 'en', '?event=a')).toBe('/en/events/1594-x/?event=a');
		expect(switchLocalePath('/ru/', 'kk')).toBe('/kk/');
	});
});

describe('month names are the standard ones', () => {
	// Node ships full ICU data, so it can vouch for the tables the browser cannot be trusted with.
	test.each(['kk', 'ru', 'en'] as const)('%s matches the CLDR names', async (locale) => {
		const { monthNames } = await import('$lib/i18n/format-date');
		const cldr = (options: Intl.DateTimeFormatOptions, strip = false) =>
			Array.from({ length: 12 }, (_, i) => {
				const text = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(2001, i, 10));
				return (strip ? text.replace(/\d+/, '').trim() : text).toLocaleLowerCase(locale);
			});
		expect(monthNames(locale).map((n) => n.toLocaleLowerCase(locale))).toEqual(cldr({ month: 'long' }));
		expect(monthNames(locale, 'day').map((n) => n.toLocaleLowerCase(locale))).toEqual(
			cldr({ day: 'numeric', month: 'long' }, true)
		);
	});
});

describe('Old Style dates, as Russian historiography writes them', () => {
	const os = (text: string) => parseHistDate(text, 'julian');
	test.each([
		['1731-10-10', 'en', '10 (21) October 1731'],
		['1731-10-10', 'ru', '10 (21) октября 1731 г.'],
		['1731-10-10', 'kk', '1731 ж. 10 (21) қазан'],
		['1700-02-28', 'en', '28 February (10 March) 1700'],
		['1700-02-28', 'ru', '28 февраля (10 марта) 1700 г.'],
		['1731-12-25', 'en', '25 December 1731 (5 January 1732)'],
		['1918-01-31', 'ru', '31 января (13 февраля) 1918 г.'],
		['1731-10', 'en', 'October 1731 (O.S.)'],
		['1731-10', 'kk', '1731 ж. қазан (ескі стиль)']
	] as const)('%s in %s: %s', (text, locale, expected) => {
		expect(formatOldStyle(os(text), locale)).toBe(expected);
	});
	test('an event in the Julian calendar shows both ends Old Style; a Gregorian one is unchanged', () => {
		const event = { date: os('1731-10-10'), end: os('1731-10-12'), circa: false, calendar: 'julian' as const };
		expect(formatEventDate(event, 'en')).toBe('10 (21) October 1731 – 12 (23) October 1731');
		expect(formatEventDate({ ...event, calendar: 'gregorian' }, 'en')).toBe('10 October 1731 – 12 October 1731');
	});
});
