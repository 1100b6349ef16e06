import { describe, expect, test } from 'vitest';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { EMPTY_FILTERS, type UrlState } from '$lib/state/url-state';

const shared: UrlState = {
	event: '1731-oath',
	person: null,
	window: { from: 1700, to: 1800 },
	map: { lon: 68.25, lat: 43.3, zoom: 4.5 },
	filters: { kinds: ['treaty'], roles: ['khan'], polities: ['junior-zhuz'], q: 'oath' },
	mode: 'present',
	stop: 2,
	relation: null
};

describe('ExplorationState', () => {
	test('starts with nothing chosen (the language lives in the route, not here)', () => {
		const s = new ExplorationState();
		expect(s.toUrlState()).toEqual({
			event: null,
			person: null,
			window: null,
			map: null,
			filters: EMPTY_FILTERS,
			mode: 'explore',
			stop: null,
			relation: null
		});
		expect('locale' in s).toBe(false);
	});

	test('an event and a person are never selected together', () => {
		const s = new ExplorationState();
		s.select('1731-oath', 'timeline');
		expect([s.selectedEvent, s.selectedPerson, s.lastOrigin]).toEqual(['1731-oath', null, 'timeline']);
		s.selectPerson('abylai', 'list');
		expect([s.selectedEvent, s.selectedPerson, s.lastOrigin]).toEqual([null, 'abylai', 'list']);
		s.select('1757-embassy', 'map');
		expect([s.selectedEvent, s.selectedPerson]).toEqual(['1757-embassy', null]);
		s.clearSelection('kiosk');
		expect([s.selectedEvent, s.selectedPerson, s.lastOrigin]).toEqual([null, null, 'kiosk']);
	});

	test('clearing one kind of selection leaves the other', () => {
		const s = new ExplorationState();
		s.selectPerson('abylai');
		s.select(null);
		expect(s.selectedPerson).toBe('abylai');
		s.select('1731-oath');
		s.selectPerson(null);
		expect(s.selectedEvent).toBe('1731-oath');
	});

	describe('setWindow', () => {
		test.each([
			['an empty window', 1800, 1800],
			['a reversed window', 1800, 1700],
			['not a number', Number.NaN, 1800]
		])('ignores %s', (_, from, to) => {
			const s = new ExplorationState();
			s.setWindow(1600, 1700, 'map');
			s.setWindow(from, to, 'timeline');
			expect([s.window, s.lastOrigin]).toEqual([{ from: 1600, to: 1700 }, 'map']);
		});
		test('ignores the echo of the window it already shows (so a view is not told its own change back)', () => {
			const s = new ExplorationState();
			s.setWindow(1600, 1700, 'timeline');
			const before = s.window;
			s.setWindow(1600 + 1e-9, 1700 - 1e-9, 'map');
			expect(s.window).toBe(before);
			expect(s.lastOrigin).toBe('timeline');
			s.setWindow(1600.5, 1700, 'map');
			expect([s.window, s.lastOrigin]).toEqual([{ from: 1600.5, to: 1700 }, 'map']);
		});
		test('resetWindow shows everything again', () => {
			const s = new ExplorationState();
			s.setWindow(1600, 1700);
			s.resetWindow('kiosk');
			expect([s.window, s.lastOrigin]).toEqual([null, 'kiosk']);
		});
	});

	test('setMapView ignores moves below the map’s own precision', () => {
		const s = new ExplorationState();
		s.setMapView({ lon: 68, lat: 43, zoom: 4 });
		const before = s.mapView;
		s.setMapView({ lon: 68 + 5e-5, lat: 43 - 5e-5, zoom: 4 + 5e-4 });
		expect(s.mapView).toBe(before);
		s.setMapView({ lon: 68.01, lat: 43, zoom: 4 });
		expect(s.mapView).toEqual({ lon: 68.01, lat: 43, zoom: 4 });
		s.setMapView(null);
		expect(s.mapView).toBeNull();
	});

	test('filters: toggling adds and removes one value; patches keep the rest; clearing empties all', () => {
		const s = new ExplorationState();
		s.toggleKind('embassy');
		s.toggleKind('letter');
		s.toggleRole('biy');
		expect(s.filters).toEqual({ ...EMPTY_FILTERS, kinds: ['embassy', 'letter'], roles: ['biy'] });
		s.toggleKind('embassy');
		s.toggleRole('biy');
		expect(s.filters).toEqual({ ...EMPTY_FILTERS, kinds: ['letter'] });
		s.setFilters({ q: 'Абылай' });
		expect(s.filters).toEqual({ ...EMPTY_FILTERS, kinds: ['letter'], q: 'Абылай' });
		s.clearFilters();
		expect(s.filters).toEqual(EMPTY_FILTERS);
	});

	test('a filter change never edits the object a reader already holds', () => {
		const s = new ExplorationState();
		const before = s.filters;
		s.toggleKind('treaty');
		expect(before.kinds).toEqual([]);
		s.clearFilters();
		s.toggleKind('treaty');
		expect(EMPTY_FILTERS.kinds).toEqual([]);
	});

	test('mode and stop are set as given', () => {
		const s = new ExplorationState();
		s.setMode('kiosk');
		s.goToStop(3);
		expect([s.mode, s.stop]).toEqual(['kiosk', 3]);
	});

	test('reset goes back to the start but keeps the mode', () => {
		const s = new ExplorationState();
		s.applyUrlState(shared);
		s.reset('kiosk');
		expect(s.toUrlState()).toEqual({
			event: null,
			person: null,
			window: null,
			map: null,
			filters: EMPTY_FILTERS,
			mode: 'present',
			stop: null,
			relation: null
		});
		expect(s.lastOrigin).toBe('kiosk');
	});

	test('a shared link’s state is applied whole, and read back the same', () => {
		const s = new ExplorationState();
		s.select('other-event');
		s.setWindow(1900, 1950);
		s.applyUrlState(shared);
		expect(s.toUrlState()).toEqual(shared);
		expect(s.lastOrigin).toBe('url');
	});
});
