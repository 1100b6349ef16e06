import { describe, expect, test } from 'vitest';
import { parseHistDate } from '$lib/domain/dates';
import { eventsInWindow, filterEvents, neighbours, peopleByRole, personStart } from '$lib/domain/queries';
import type { EventEntry, EventKind, Filters, Person, Role } from '$lib/domain/types';

const text = (id: string) => ({ kk: { title: id, html: '', file: `content/${id}.md` } });

function ev(id: string, start: number, stop: number, kind: EventKind, people: string[] = [], parties: string[] = []) {
	return { id, start, stop, kind, people, parties, texts: text(id) } as unknown as EventEntry;
}

function person(id: string, role: Role, dates: { born?: number; reign?: number; died?: number } = {}): Person {
	const d = (y?: number) => (y === undefined ? undefined : parseHistDate(y));
	return {
		id,
		role,
		born: d(dates.born),
		died: d(dates.died),
		reign: dates.reign === undefined ? undefined : [parseHistDate(dates.reign), parseHistDate(dates.reign + 10)],
		circa: false,
		events: [],
		sources: [],
		further: [],
		texts: text(id)
	};
}

const EVENTS = [
	ev('1456-founding', 1456, 1457, 'congress', ['kerey', 'zhanibek'], ['kazakh-khanate']),
	ev('1731-oath', 1731.8, 1731.9, 'treaty', ['abulkhair'], ['junior-zhuz', 'russia']),
	ev('1740-embassy', 1740, 1742, 'embassy', ['abylai', 'tole-bi'], ['middle-zhuz', 'dzungar']),
	ev('1757-letter', 1757, 1758, 'letter', ['abylai'], ['middle-zhuz', 'qing']),
	ev('1917-congress', 1917.5, 1917.6, 'congress', ['bokeikhanov'], [])
];
const PEOPLE = [
	person('kerey', 'khan', { reign: 1456 }),
	person('zhanibek', 'khan', { died: 1480 }),
	person('abulkhair', 'khan', { born: 1693 }),
	person('abylai', 'khan', { born: 1711 }),
	person('tole-bi', 'biy', { born: 1663 }),
	person('bokeikhanov', 'alash', { born: 1866 }),
	person('unknown-envoy', 'diplomat')
];
const ids = (events: EventEntry[]) => events.map((e) => e.id);

describe('eventsInWindow: events overlapping the window, ends excluded', () => {
	test.each([
		['no window: everything', null, ids(EVENTS)],
		['one year', { from: 1731, to: 1732 }, ['1731-oath']],
		['overlap at the start of a long event', { from: 1741, to: 1745 }, ['1740-embassy']],
		['a window that ends where an event starts', { from: 1700, to: 1740 }, ['1731-oath']],
		['a window that starts where an event stops', { from: 1742, to: 1756 }, []],
		['the whole span', { from: 1400, to: 2000 }, ids(EVENTS)],
		['before everything', { from: 1000, to: 1100 }, []]
	])('%s', (_, window, expected) => {
		expect(ids(eventsInWindow(EVENTS, window))).toEqual(expected);
	});
});

describe('filterEvents: any value within a filter, all filters together', () => {
	const none: Filters = { kinds: [], roles: [], polities: [], q: '' };
	test.each<[string, Partial<Filters>, string[]]>([
		['no filter', {}, ids(EVENTS)],
		['one kind', { kinds: ['congress'] }, ['1456-founding', '1917-congress']],
		['two kinds', { kinds: ['treaty', 'letter'] }, ['1731-oath', '1757-letter']],
		['a role of any person involved', { roles: ['biy'] }, ['1740-embassy']],
		['two roles', { roles: ['biy', 'alash'] }, ['1740-embassy', '1917-congress']],
		['a polity among the parties', { polities: ['middle-zhuz'] }, ['1740-embassy', '1757-letter']],
		['kind and polity', { kinds: ['letter'], polities: ['middle-zhuz'] }, ['1757-letter']],
		['kind and role with nothing in common', { kinds: ['treaty'], roles: ['alash'] }, []],
		['a polity nobody names', { polities: ['bukhara'] }, []],
		['the text query is not this function’s business', { q: 'oath' }, ids(EVENTS)]
	])('%s', (_, patch, expected) => {
		expect(ids(filterEvents({ events: EVENTS, people: PEOPLE }, { ...none, ...patch }))).toEqual(expected);
	});
});

describe('neighbours: the events before and after one, in model order', () => {
	test.each([
		['first', '1456-founding', undefined, '1731-oath'],
		['middle', '1740-embassy', '1731-oath', '1757-letter'],
		['last', '1917-congress', '1757-letter', undefined],
		['unknown id', 'no-such-event', undefined, undefined]
	])('%s', (_, id, prev, next) => {
		const n = neighbours(EVENTS, id);
		expect(n.prev?.id).toBe(prev);
		expect(n.next?.id).toBe(next);
	});
});

describe('personStart: birth, else reign, else death', () => {
	test.each([
		['born', 'abylai', 1711],
		['reign only', 'kerey', 1456],
		['death only', 'zhanibek', 1480],
		['nothing known', 'unknown-envoy', undefined]
	])('%s', (_, id, expected) => {
		expect(personStart(PEOPLE.find((p) => p.id === id)!)).toBe(expected);
	});
});

describe('peopleByRole', () => {
	test('groups in the given role order, each in date order, undated last', () => {
		const groups = peopleByRole(PEOPLE, ['alash', 'khan', 'biy', 'diplomat']);
		expect([...groups.keys()]).toEqual(['alash', 'khan', 'biy', 'diplomat']);
		expect(groups.get('khan')!.map((p) => p.id)).toEqual(['kerey', 'zhanibek', 'abulkhair', 'abylai']);
		expect(groups.get('biy')!.map((p) => p.id)).toEqual(['tole-bi']);
		expect(groups.get('diplomat')!.map((p) => p.id)).toEqual(['unknown-envoy']);
	});
	test('a role not asked for is left out; an asked role with nobody is an empty group', () => {
		const groups = peopleByRole(PEOPLE, ['batyr', 'biy']);
		expect([...groups.entries()].map(([role, people]) => [role, people.length])).toEqual([
			['batyr', 0],
			['biy', 1]
		]);
	});
	test('people with the same start keep a stable order by id', () => {
		const twins = [person('b', 'khan', { born: 1700 }), person('a', 'khan', { born: 1700 })];
		expect(
			peopleByRole(twins, ['khan'])
				.get('khan')!
				.map((p) => p.id)
		).toEqual(['a', 'b']);
	});
});
