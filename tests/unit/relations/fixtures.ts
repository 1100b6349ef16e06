/** Small events and polities for the relations model's tables. */
import type { EventEntry, EventKind, Polity, Seat } from '$lib/domain/types';

export function ev(
	id: string,
	kind: EventKind,
	start: number,
	fields: Partial<Omit<EventEntry, 'id' | 'kind' | 'start'>> = {}
): EventEntry {
	return {
		id,
		kind,
		start,
		stop: start + 1,
		date: { year: Math.floor(start), precision: 'year' },
		calendar: 'gregorian',
		circa: false,
		confidence: 'high',
		people: [],
		parties: [],
		places: [],
		route: [],
		envoys: [],
		tags: [],
		featured: false,
		tours: [],
		answeredBy: [],
		sources: [],
		further: [],
		texts: { kk: { title: id, html: '', file: `content/events/${id}.kk.md` } },
		...fields
	};
}

export function polity(id: string, from: number, seats: Seat[] = [], names: { kk?: string; en?: string } = {}): Polity {
	const t = (title: string) => ({ title, html: '', file: `content/polities/${id}.kk.md` });
	return {
		id,
		from: { year: from, precision: 'year' },
		circa: false,
		seats,
		events: [],
		sources: [],
		further: [],
		texts: { kk: t(names.kk ?? id), ...(names.en ? { en: t(names.en) } : {}) }
	};
}

/** The khanate's partners shifting from Muscovy to the Dzungars, the Qing and the Empire. */
export const EVENTS: EventEntry[] = [
	ev('1594-embassy', 'embassy', 1594, { from: 'kazakh', to: 'muscovy', parties: ['kazakh', 'muscovy'] }),
	ev('1595-return', 'embassy', 1595, {
		from: 'muscovy',
		to: 'kazakh',
		parties: ['muscovy', 'kazakh'],
		answers: '1594-embassy'
	}),
	ev('1598-treaty', 'treaty', 1598, { parties: ['kazakh', 'bukhara', 'muscovy'] }),
	ev('1643-battle', 'conflict', 1643, { parties: ['kazakh', 'dzungar'] }),
	ev('1680-law', 'law', 1680, { parties: ['kazakh'] }),
	ev('1731-oath', 'treaty', 1731.8, { parties: ['kazakh', 'empire'] }),
	ev('1735-appointment', 'appointment', 1735, { parties: ['empire', 'kazakh'] }),
	ev('1757-embassy', 'embassy', 1757, { from: 'kazakh', to: 'qing', parties: ['kazakh', 'qing'] }),
	ev('1758-letter', 'letter', 1758, { from: 'kazakh', to: 'qing', parties: ['kazakh', 'qing', 'empire'] }),
	ev('1769-embassy', 'embassy', 1769, { from: 'kazakh', to: 'qing', parties: ['kazakh', 'qing'] })
];

export const POLITIES: Polity[] = [
	polity('kazakh', 1465),
	polity('muscovy', 1263),
	polity('bukhara', 1501),
	polity('dzungar', 1635),
	polity('qing', 1636),
	polity('empire', 1721),
	polity('nogai', 1440)
];
