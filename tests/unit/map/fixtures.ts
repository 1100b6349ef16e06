/** A small linked model for the map's pure functions. */
import type { EventEntry, EventKind, Place } from '../../../src/lib/domain/types';

export function place(id: string, lon: number, lat: number, names: { kk: string; ru?: string; en?: string }): Place {
	const t = (title: string) => ({ title, html: '', file: `content/places/${id}.md` });
	return {
		id,
		lon,
		lat,
		sources: [],
		further: [],
		events: [],
		texts: { kk: t(names.kk), ...(names.ru ? { ru: t(names.ru) } : {}), ...(names.en ? { en: t(names.en) } : {}) }
	};
}

export function event(
	id: string,
	start: number,
	stop: number,
	kind: EventKind,
	places: string[],
	route: string[] = []
): EventEntry {
	return {
		id,
		date: { year: Math.floor(start), precision: 'year' },
		circa: false,
		kind,
		people: [],
		parties: [],
		places,
		route,
		tags: [],
		featured: false,
		start,
		stop,
		tours: [],
		calendar: 'gregorian',
		confidence: 'high',
		envoys: [],
		answeredBy: [],
		sources: [],
		further: [],
		texts: { kk: { title: id, html: '', file: `content/events/${id}.md` } }
	} as EventEntry;
}

export const PLACES = [
	place('turkistan', 68.25, 43.3, { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' }),
	place('orenburg', 55.1, 51.77, { kk: 'Орынбор', ru: 'Оренбург', en: 'Orenburg' }),
	place('moscow', 37.62, 55.75, { kk: 'Мәскеу', ru: 'Москва', en: 'Moscow' }),
	place('beijing', 116.4, 39.9, { kk: 'Бейжің', en: 'Beijing' }),
	place('ghulja', 81.3, 43.9, { kk: 'Құлжа' })
];

export const EVENTS = [
	event('1694-embassy', 1694, 1695, 'embassy', ['turkistan'], ['turkistan', 'moscow']),
	event('1731-oath', 1731.8, 1731.9, 'treaty', ['orenburg'], []),
	event('1757-embassy', 1757, 1758, 'embassy', ['beijing'], ['turkistan', 'ghulja', 'beijing']),
	event('1917-congress', 1917.5, 1917.6, 'congress', ['orenburg'], [])
];
