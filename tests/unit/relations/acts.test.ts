import { describe, expect, test } from 'vitest';
import {
	eventInRelation,
	formatRelationKey,
	parseRelationKey,
	relationKindOf,
	relationsOfEvent
} from '$lib/domain/relations';
import type { EventKind } from '$lib/domain/types';
import { actsOf } from '$lib/relations/acts';
import { ev, EVENTS } from './fixtures';

describe('relation kinds', () => {
	test.each([
		['embassy', 'embassy'],
		['letter', 'letter'],
		['treaty', 'treaty'],
		['alliance', 'alliance'],
		['marriage', 'marriage'],
		['conflict', 'conflict'],
		['appointment', 'oath'],
		['congress', 'oath'],
		['law', 'oath']
	] as const)('a %s draws as %s', (kind, relation) => {
		expect(relationKindOf(kind as EventKind)).toBe(relation);
	});
});

describe('the pairs an event relates', () => {
	test.each([
		[
			'an embassy goes from its sender to its receiver only',
			ev('e', 'embassy', 1600, { from: 'a', to: 'b', parties: ['a', 'b', 'c'] }),
			['a|b|embassy']
		],
		[
			'a letter keeps its direction against the alphabet',
			ev('e', 'letter', 1600, { from: 'z', to: 'a', parties: ['z', 'a'] }),
			['z|a|letter']
		],
		['an embassy without both ends relates nothing', ev('e', 'embassy', 1600, { from: 'a', parties: ['a', 'b'] }), []],
		['an embassy to itself relates nothing', ev('e', 'embassy', 1600, { from: 'a', to: 'a' }), []],
		[
			'a treaty binds its two parties, named in order',
			ev('e', 'treaty', 1600, { parties: ['b', 'a'] }),
			['a|b|treaty']
		],
		[
			'a three-party treaty binds every two of them',
			ev('e', 'treaty', 1600, { parties: ['c', 'a', 'b'] }),
			['a|b|treaty', 'a|c|treaty', 'b|c|treaty']
		],
		['a party named twice counts once', ev('e', 'alliance', 1600, { parties: ['a', 'b', 'a'] }), ['a|b|alliance']],
		['a law with one party relates nothing', ev('e', 'law', 1600, { parties: ['a'] }), []],
		[
			'an appointment between two polities is an oath/appointment',
			ev('e', 'appointment', 1600, { parties: ['b', 'a'] }),
			['a|b|oath']
		],
		[
			'a marriage is undirected even with from/to',
			ev('e', 'marriage', 1600, { from: 'b', to: 'a', parties: ['b', 'a'] }),
			['a|b|marriage']
		]
	])('%s', (_, event, keys) => {
		expect(relationsOfEvent(event).map(formatRelationKey)).toEqual(keys);
	});

	test('acts carry the event, its kind and its span', () => {
		const acts = actsOf(EVENTS);
		expect(acts.filter((a) => a.event === '1598-treaty').map((a) => a.key)).toEqual([
			'bukhara|kazakh|treaty',
			'bukhara|muscovy|treaty',
			'kazakh|muscovy|treaty'
		]);
		expect(acts.find((a) => a.event === '1735-appointment')).toMatchObject({
			kind: 'oath',
			eventKind: 'appointment',
			directed: false,
			start: 1735,
			stop: 1736
		});
		expect(acts.some((a) => a.event === '1680-law')).toBe(false);
	});
});

describe('relation keys', () => {
	test.each([
		['a|b|embassy', 'a|b|embassy'],
		['b|a|embassy', 'b|a|embassy'],
		['b,a,treaty', 'a|b|treaty'],
		['kazakh-khanate,muscovy,oath', 'kazakh-khanate|muscovy|oath'],
		['a|b|law', null],
		['a|a|treaty', null],
		['a|b', null],
		['a|b|treaty|x', null],
		['A|b|treaty', null],
		['<x>|b|treaty', null],
		['', null]
	])('%s reads as %s', (input, expected) => {
		const key = parseRelationKey(input);
		expect(key && formatRelationKey(key)).toBe(expected);
	});

	test('an event belongs to the relations it makes, whichever way the key names an undirected pair', () => {
		const treaty = ev('t', 'treaty', 1600, { parties: ['a', 'b'] });
		expect(eventInRelation(treaty, { from: 'b', to: 'a', kind: 'treaty' })).toBe(true);
		expect(eventInRelation(treaty, { from: 'a', to: 'b', kind: 'alliance' })).toBe(false);
		const embassy = ev('e', 'embassy', 1600, { from: 'a', to: 'b' });
		expect(eventInRelation(embassy, { from: 'b', to: 'a', kind: 'embassy' })).toBe(false);
	});
});
