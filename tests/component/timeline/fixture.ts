/** A small content model for the timeline's component and snapshot tests. */
import type { ContentModel, EventEntry, Person, Texts } from '$lib/domain/types';
import { parseHistDate, toDecimalEnd, toDecimalStart } from '$lib/domain/dates';

const texts = (kk: string, en: string): Texts => ({
	kk: { title: kk, summary: `${kk} туралы`, html: '', file: 'x.kk.md' },
	en: { title: en, summary: `About ${en}`, html: '', file: 'x.en.md' }
});

function event(id: string, date: string, kind: EventEntry['kind'], en: string, people: string[] = []): EventEntry {
	const d = parseHistDate(date);
	return {
		id,
		texts: texts(en, en),
		sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
		further: [],
		date: d,
		circa: false,
		kind,
		people,
		parties: ['kazakh-khanate'],
		places: ['turkistan'],
		route: [],
		tags: [],
		featured: false,
		start: toDecimalStart(d),
		stop: toDecimalEnd(d),
		tours: [],
		calendar: 'gregorian',
		confidence: 'high',
		envoys: [],
		answeredBy: []
	};
}

function person(id: string, role: Person['role'], born: number, died: number, en: string, events: string[]): Person {
	return {
		id,
		texts: texts(en, en),
		sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
		further: [],
		role,
		born: parseHistDate(born),
		died: parseHistDate(died),
		circa: false,
		events
	};
}

export const model: ContentModel = {
	events: [
		event('1726-ordabasy', '1726', 'congress', 'Ordabasy gathering', ['abulkhair', 'tole']),
		// Featured: named in a row of its own at the first view.
		{ ...event('1731-oath', '1731-10-10', 'treaty', 'The oath of 1731', ['abulkhair']), featured: true },
		event('1742-letter', '1742-03', 'letter', 'A letter to Orenburg', ['tole']),
		event('1757-embassy', '1757', 'embassy', 'Embassy to the Qing', [])
	],
	people: [
		person('abulkhair', 'khan', 1680, 1748, 'Abulkhair Khan', ['1726-ordabasy', '1731-oath']),
		person('tole', 'biy', 1663, 1756, 'Tole Bi', ['1726-ordabasy', '1742-letter'])
	],
	places: [
		{
			id: 'turkistan',
			texts: texts('Түркістан', 'Turkistan'),
			sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
			further: [],
			lat: 43.3,
			lon: 68.2,
			events: []
		}
	],
	polities: [
		{
			id: 'kazakh-khanate',
			seats: [],
			texts: texts('Қазақ хандығы', 'Kazakh Khanate'),
			sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
			further: [],
			from: parseHistDate(1465),
			to: parseHistDate(1847),
			circa: false,
			color: '#2f6f8f',
			events: []
		}
	],
	tours: [],
	works: []
};
