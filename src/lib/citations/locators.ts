/**
 * Where in a work a claim is found, written as each language's historians abbreviate it:
 * "vol. 2, p. 250" / «Т. 2. С. 250» / «2-т., 250-б.» is how the references themselves read;
 * locators follow a reference after a comma.
 */
import type { Locale, Locator, LocatorLabel } from '$lib/domain/types';

const LABELS: Record<Locale, Record<LocatorLabel, [string, string]>> = {
	// [one, range] — a range is a value with a dash or a comma.
	en: {
		volume: ['vol.', 'vols.'],
		book: ['bk.', 'bks.'],
		part: ['pt.', 'pts.'],
		chapter: ['chap.', 'chaps.'],
		section: ['sec.', 'secs.'],
		document: ['doc.', 'docs.'],
		folio: ['fol.', 'fols.'],
		column: ['col.', 'cols.'],
		page: ['p.', 'pp.'],
		line: ['line', 'lines']
	},
	ru: {
		volume: ['Т.', 'Т.'],
		book: ['Кн.', 'Кн.'],
		part: ['Ч.', 'Ч.'],
		chapter: ['Гл.', 'Гл.'],
		section: ['Разд.', 'Разд.'],
		document: ['Док. №', 'Док. №'],
		folio: ['Л.', 'Л.'],
		column: ['Стб.', 'Стб.'],
		page: ['С.', 'С.'],
		line: ['Стр.', 'Стр.']
	},
	kk: {
		volume: ['Т.', 'Т.'],
		book: ['Кіт.', 'Кіт.'],
		part: ['Бөл.', 'Бөл.'],
		chapter: ['Тар.', 'Тар.'],
		section: ['Бөлім', 'Бөлім'],
		document: ['Құжат №', 'Құжат №'],
		folio: ['П.', 'П.'],
		column: ['Баған', 'Баған'],
		page: ['Б.', 'Б.'],
		line: ['Жол', 'Жол']
	}
};

/** "45–47", "12, 15", "IV–V": numbers or numerals joined by a dash or a comma (a title with a dash is not a range). */
const isRange = (value: string) => /^\s*[\dIVXLCDM.]+[a-z]?(?:\s*[–—,-]\s*[\dIVXLCDM.]+[a-z]?)+\s*$/i.test(value);

/** "p. 45–47" — ranges written with an en dash, the label plural where the language has one. */
export function formatLocators(locators: Locator[], locale: Locale | 'en-gost'): string {
	// 'en-gost': an English-language work cited on a Kazakh or Russian page, GOST-style ("P. 12").
	const gost = locale !== 'en';
	const labels = LABELS[locale === 'en-gost' ? 'en' : locale];
	return locators
		.map(({ label, value }) => {
			const v = value.replace(/(\d)\s*-\s*(\d)/g, '$1–$2');
			const [one, many] = labels[label];
			const word = isRange(v) ? many : one;
			return `${gost ? word[0].toUpperCase() + word.slice(1) : word} ${v}`;
		})
		.join(gost ? '. ' : ', ');
}
