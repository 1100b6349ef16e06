import { describe, expect, test } from 'vitest';
import { actsOf } from '$lib/relations/acts';
import { actsExtent, networkOf } from '$lib/relations/network';
import { EVENTS } from './fixtures';

const acts = actsOf(EVENTS);
const edges = (window: { from: number; to: number } | null, polities: string[] = []) =>
	Object.fromEntries(networkOf(acts, window, polities).relations.map((r) => [r.key, r.count]));

describe('the network in a time window', () => {
	test.each([
		[
			'the Muscovite years',
			{ from: 1590, to: 1600 },
			{
				'kazakh|muscovy|embassy': 1,
				'muscovy|kazakh|embassy': 1,
				'bukhara|kazakh|treaty': 1,
				'bukhara|muscovy|treaty': 1,
				'kazakh|muscovy|treaty': 1
			}
		],
		['the Dzungar wars', { from: 1640, to: 1700 }, { 'dzungar|kazakh|conflict': 1 }],
		[
			'the Empire and the Qing',
			{ from: 1730, to: 1770 },
			{ 'kazakh|qing|embassy': 2, 'kazakh|qing|letter': 1, 'empire|kazakh|treaty': 1, 'empire|kazakh|oath': 1 }
		],
		['a silence', { from: 1600, to: 1640 }, {}],
		// Open ends: an event of 1769 (1769.0–1770.0) is not in a window ending at 1769.
		['a window ending where an event begins', { from: 1760, to: 1769 }, {}]
	])('%s', (_, window, expected) => {
		expect(edges(window)).toEqual(expected);
	});

	test('no window counts every act, and weights are acts per pair and kind', () => {
		const net = networkOf(acts, null);
		expect(net.acts).toBe(11);
		expect(net.events).toBe(9);
		expect(net.relations.find((r) => r.key === 'kazakh|qing|embassy')).toMatchObject({
			count: 2,
			events: ['1757-embassy', '1769-embassy'],
			first: 1757,
			last: 1770
		});
		// The three-party treaty of 1598 counts once for the khanate, though it binds it twice.
		expect(net.degree.get('kazakh')).toBe(9);
		expect(net.degree.get('muscovy')).toBe(3);
		expect(net.degree.get('nogai')).toBeUndefined();
	});

	test('relations come in legend order of kind, then by the parties', () => {
		expect(networkOf(acts, { from: 1590, to: 1600 }).relations.map((r) => r.key)).toEqual([
			'kazakh|muscovy|embassy',
			'muscovy|kazakh|embassy',
			'bukhara|kazakh|treaty',
			'bukhara|muscovy|treaty',
			'kazakh|muscovy|treaty'
		]);
	});

	test('a polity filter keeps the acts with one of its polities at an end', () => {
		expect(Object.keys(edges({ from: 1590, to: 1600 }, ['bukhara']))).toEqual([
			'bukhara|kazakh|treaty',
			'bukhara|muscovy|treaty'
		]);
		expect(Object.keys(edges(null, ['qing', 'dzungar'])).sort()).toEqual([
			'dzungar|kazakh|conflict',
			'kazakh|qing|embassy',
			'kazakh|qing|letter'
		]);
	});

	test('the extent of the acts', () => {
		expect(actsExtent(acts)).toEqual({ from: 1594, to: 1770 });
		expect(actsExtent([])).toBeNull();
	});
});
