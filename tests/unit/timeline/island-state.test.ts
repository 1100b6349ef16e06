import { describe, expect, test } from 'vitest';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { showsStartingState } from '$lib/timeline/island-state';

/** A state changed one way from the start. */
const changed = (change: (s: ExplorationState) => void) => {
	const s = new ExplorationState();
	change(s);
	return s;
};

describe('the prerendered timeline still shows the state', () => {
	test('it starts from: nothing chosen, the whole span, no filters, exploring', () => {
		expect(showsStartingState(new ExplorationState())).toBe(true);
		// A map view is the map's: the timeline draws the same.
		expect(showsStartingState(changed((s) => s.setMapView({ lon: 68, lat: 43, zoom: 4 })))).toBe(true);
		// Back to the start after a change.
		expect(showsStartingState(changed((s) => (s.select('1731-oath'), s.reset())))).toBe(true);
	});

	test.each([
		['an event chosen', (s: ExplorationState) => s.select('1731-oath')],
		['a person chosen', (s: ExplorationState) => s.selectPerson('abylai-khan')],
		['a relation chosen', (s: ExplorationState) => s.selectRelation('kazakh-khanate|muscovy|embassy', null)],
		['a time window', (s: ExplorationState) => s.setWindow(1700, 1800)],
		['a kind filter', (s: ExplorationState) => s.toggleKind('treaty')],
		['a role filter', (s: ExplorationState) => s.toggleRole('biy')],
		['a polity filter', (s: ExplorationState) => s.togglePolity('junior-zhuz')],
		['a search', (s: ExplorationState) => s.setFilters({ q: 'oath' })],
		['the presenter', (s: ExplorationState) => s.setMode('present')]
	])('not with %s', (_, change) => {
		expect(showsStartingState(changed(change))).toBe(false);
	});
});
