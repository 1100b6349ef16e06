import { describe, expect, test } from 'vitest';
import { EMPTY_FILTERS, historyEntry, parseUrlState, serializeUrlState, type UrlState } from '$lib/state/url-state';

const full: UrlState = {
	event: '1731-abulkhair-oath',
	person: null,
	window: { from: 1700.25, to: 1800.5 },
	map: { lon: 68.251, lat: 43.297, zoom: 4.5 },
	filters: { kinds: ['embassy', 'treaty'], roles: ['biy'], polities: ['kazakh-khanate'], q: 'Абылай' },
	mode: 'present',
	stop: 3,
	relation: 'kazakh-khanate|muscovy|embassy'
};

describe('URL state', () => {
	test('every piece of state survives a round trip', () => {
		const params = serializeUrlState(full);
		expect(parseUrlState(new URLSearchParams(params.toString()))).toEqual(full);
	});
	test('defaults serialise to nothing', () => {
		const empty: UrlState = {
			event: null,
			person: null,
			window: null,
			map: null,
			filters: EMPTY_FILTERS,
			mode: 'explore',
			stop: null,
			relation: null
		};
		expect(serializeUrlState(empty).toString()).toBe('');
	});
	test.each([
		['event=<script>', 'event', null],
		['t=1800,1700', 'window', null],
		['t=abc,1', 'window', null],
		['map=500,0,3', 'map', null],
		['kind=embassy,bogus', 'filters', { ...EMPTY_FILTERS, kinds: ['embassy'] }],
		['stop=0', 'stop', null],
		['stop=2.5', 'stop', null],
		['mode=evil', 'mode', 'explore'],
		['kiosk', 'mode', 'kiosk'],
		['present', 'mode', 'present'],
		['rel=kazakh-khanate,muscovy,embassy', 'relation', 'kazakh-khanate|muscovy|embassy'],
		['rel=muscovy|kazakh-khanate|treaty', 'relation', 'kazakh-khanate|muscovy|treaty'],
		['rel=a,b,law', 'relation', null],
		['rel=a,a,treaty', 'relation', null],
		['rel=<x>,b,treaty', 'relation', null]
	] as const)('%s is read safely', (query, key, expected) => {
		expect(parseUrlState(new URLSearchParams(query))[key]).toEqual(expected);
	});
	test('a relation is written with commas, and an undirected one in a fixed order', () => {
		const state = { ...full, relation: 'bukhara|kazakh-khanate|treaty' };
		expect(serializeUrlState(state).get('rel')).toBe('bukhara,kazakh-khanate,treaty');
		expect(parseUrlState(new URLSearchParams('rel=kazakh-khanate,bukhara,treaty')).relation).toBe(
			'bukhara|kazakh-khanate|treaty'
		);
	});
});

describe('history entries', () => {
	test.each([
		['', '', 'explore', null],
		['', 'event=a', 'explore', 'push'],
		['event=a', 'event=b', 'explore', 'push'],
		['event=a', 'event=a&t=1700.00,1800.00', 'explore', 'replace'],
		['event=a', 'event=a&map=68.25,43.30,4.5', 'explore', 'replace'],
		['', 'kind=embassy', 'explore', 'replace'],
		['', 'person=abylai-khan', 'explore', 'push'],
		['', 'mode=present', 'explore', 'push'],
		['mode=present&stop=3', 'mode=present&stop=3&event=a', 'present', 'replace'],
		['mode=present&stop=3&event=a', 'mode=present&stop=4&event=b', 'present', 'push'],
		// A kiosk's selections (its attract loop's every few seconds, for weeks) never pile up entries.
		['', 'event=a', 'kiosk', 'replace'],
		['event=a', 'event=b', 'kiosk', 'replace'],
		['event=a', '', 'kiosk', 'replace'],
		['event=a', 'event=a', 'kiosk', null]
	] as const)('%j → %j in %s: %s', (from, to, mode, expected) => {
		expect(historyEntry(new URLSearchParams(from), new URLSearchParams(to), mode)).toBe(expected);
	});

	test('an attract loop of a thousand steps writes no new history entry', () => {
		let at = new URLSearchParams();
		const pushed = Array.from({ length: 1000 }, (_, i) => {
			const next = new URLSearchParams({ event: `e${i % 8}` });
			const entry = historyEntry(at, next, 'kiosk');
			at = next;
			return entry;
		}).filter((entry) => entry === 'push');
		expect(pushed).toEqual([]);
	});
});
