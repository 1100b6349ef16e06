import { describe, expect, test } from 'vitest';
import { buildEventSearch } from '$lib/domain/search';
import type { EventEntry, Locale, Person, Place, Polity } from '$lib/domain/types';

type Titles = { kk: string; ru?: string; en?: string };
const texts = (t: Titles, summaries: Partial<Titles> = {}) =>
	Object.fromEntries(
		Object.entries(t).map(([lang, title]) => [
			lang,
			{ title, summary: summaries[lang as keyof Titles], html: '', file: `content/x.${lang}.md` }
		])
	);
const named = <T>(id: string, t: Titles) => ({ id, texts: texts(t) }) as unknown as T;

const MODEL = {
	people: [
		named<Person>('abylai', { kk: 'Абылай хан', ru: 'Аблай-хан', en: 'Abylai Khan' }),
		named<Person>('tevkelev', { kk: 'Тевкелев', ru: 'Тевкелев' })
	],
	places: [named<Place>('orenburg', { kk: 'Орынбор', ru: 'Оренбург', en: 'Orenburg' })],
	polities: [named<Polity>('qing', { kk: 'Цин империясы', ru: 'Империя Цин', en: 'Qing Empire' })],
	events: [
		{
			id: '1731-oath',
			people: ['tevkelev'],
			places: ['orenburg'],
			parties: [],
			tags: ['protectorate'],
			texts: texts(
				{ kk: 'Әбілқайырдың анты', ru: 'Присяга Абулхаира', en: 'Abulkhair’s oath' },
				{ ru: 'Принятие подданства', en: 'The oath of allegiance' }
			)
		},
		{
			id: '1757-embassy',
			people: ['abylai'],
			places: [],
			parties: ['qing'],
			tags: [],
			texts: texts({ kk: 'Абылайдың елшілігі', ru: 'Посольство Аблая в Пекин', en: 'Abylai’s embassy to Beijing' })
		},
		{
			id: '1917-alash',
			people: [],
			places: [],
			parties: [],
			tags: [],
			texts: texts({ kk: 'Алаш съезі' })
		}
	] as unknown as EventEntry[]
};

describe('buildEventSearch', () => {
	test.each<[string, Locale, string, string[] | null]>([
		['an empty query means no text filter', 'en', '   ', null],
		['a title word', 'en', 'oath', ['1731-oath']],
		['a prefix, as Kazakh inflects', 'kk', 'Абылай', ['1757-embassy']],
		['a summary word', 'ru', 'подданства', ['1731-oath']],
		['the name of a person involved', 'ru', 'Тевкелев', ['1731-oath']],
		['the name of a place', 'ru', 'Оренбург', ['1731-oath']],
		['the name of a polity among the parties', 'en', 'Qing', ['1757-embassy']],
		['a tag', 'en', 'protectorate', ['1731-oath']],
		['case does not matter', 'en', 'BEIJING', ['1757-embassy']],
		['a small typo', 'en', 'embasy', ['1757-embassy']],
		['more than a small typo', 'en', 'emxxsy', []],
		['every word must match', 'en', 'oath Beijing', []],
		['a word found nowhere', 'en', 'zzzz', []],
		['an event without a translation is found by its Kazakh title', 'en', 'Алаш', ['1917-alash']],
		['names are found in the base language too', 'en', 'Орынбор', ['1731-oath']]
	])('%s (%s: "%s")', (_, locale, query, expected) => {
		const found = buildEventSearch(MODEL, locale).search(query);
		expect(found === null ? null : [...found].sort()).toEqual(expected);
	});

	test('each language searches its own titles', () => {
		expect([...buildEventSearch(MODEL, 'ru').search('Присяга')!]).toEqual(['1731-oath']);
		expect([...buildEventSearch(MODEL, 'en').search('Присяга')!]).toEqual([]);
	});
});
