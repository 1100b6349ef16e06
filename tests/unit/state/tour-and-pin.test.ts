import { describe, expect, test } from 'vitest';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { parseUrlState, type UrlState } from '$lib/state/url-state';

const url = (query: string): UrlState => parseUrlState(new URLSearchParams(query));
const STOPS = ['e1', 'e2', 'e3'];

describe('a tour in the shared state', () => {
	test('a step moves stop and selection together (the introduction is stop null)', () => {
		const s = new ExplorationState();
		s.openTour(STOPS);
		s.goToStop(2);
		expect([s.stop, s.selectedEvent, s.lastOrigin]).toEqual([2, 'e2', 'tour']);
		s.goToStop(null);
		expect([s.stop, s.selectedEvent]).toEqual([null, null]);
	});

	test.each<[string, string, number | null, string | null]>([
		['a stop from the URL gets its event', 'stop=2', 2, 'e2'],
		['a stop past the end gets the last event', 'stop=9', 9, 'e3'],
		['an event from the URL is kept', 'stop=2&event=e3', 2, 'e3'],
		['no stop: the introduction', '', null, null]
	])('%s (?%s)', (_, query, stop, event) => {
		const opened = new ExplorationState();
		opened.openTour(STOPS);
		opened.applyUrlState(url(query));
		expect([opened.stop, opened.selectedEvent]).toEqual([stop, event]);
		// The same whether the URL comes before or after the tour opens.
		const later = new ExplorationState();
		later.applyUrlState(url(query));
		later.openTour(STOPS);
		expect([later.stop, later.selectedEvent]).toEqual([stop, event]);
	});

	test('selecting one of its events elsewhere (timeline, map) moves the tour there; others leave the stop', () => {
		const s = new ExplorationState();
		s.openTour(STOPS);
		s.goToStop(1);
		s.select('e3', 'timeline');
		expect([s.stop, s.selectedEvent, s.lastOrigin]).toEqual([3, 'e3', 'timeline']);
		s.select('elsewhere', 'map');
		expect([s.stop, s.selectedEvent]).toEqual([3, 'elsewhere']);
	});

	test('closed, the tour no longer steers the stop', () => {
		const s = new ExplorationState();
		const close = s.openTour(STOPS);
		close();
		s.select('e2');
		expect(s.stop).toBeNull();
		s.applyUrlState(url('stop=2'));
		expect(s.selectedEvent).toBeNull();
	});
});

describe('a pinned mode', () => {
	test('holds against the URL and the views until let go', () => {
		const s = new ExplorationState();
		const unpin = s.pinMode('kiosk');
		s.applyUrlState(url('mode=present&event=x'));
		expect([s.mode, s.selectedEvent]).toEqual(['kiosk', 'x']);
		s.setMode('explore');
		expect(s.mode).toBe('kiosk');
		unpin();
		s.setMode('explore');
		expect(s.mode).toBe('explore');
	});

	test('a stale unpin does not release a newer pin', () => {
		const s = new ExplorationState();
		const first = s.pinMode('kiosk');
		s.pinMode('kiosk');
		first();
		s.applyUrlState(url(''));
		expect(s.mode).toBe('kiosk');
	});
});
