import { describe, expect, test } from 'vitest';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { parseUrlState, serializeUrlState } from '$lib/state/url-state';

describe('the selected relation in the shared state', () => {
	test('choosing a relation selects it and one of its events, and clears a person', () => {
		const s = new ExplorationState();
		s.selectPerson('abylai-khan');
		s.selectRelation('muscovy|kazakh-khanate|treaty', '1598-treaty');
		expect(s.selectedRelation).toBe('kazakh-khanate|muscovy|treaty');
		expect(s.selectedEvent).toBe('1598-treaty');
		expect(s.selectedPerson).toBeNull();
		expect(s.lastOrigin).toBe('relations');
	});

	test('stepping through its events from the relations view keeps the relation', () => {
		const s = new ExplorationState();
		s.selectRelation('kazakh-khanate|qing-empire|embassy', '1757-embassy');
		s.select('1769-embassy', 'relations');
		expect(s.selectedRelation).toBe('kazakh-khanate|qing-empire|embassy');
		expect(s.selectedEvent).toBe('1769-embassy');
	});

	test.each([
		['a selection on the timeline', (s: ExplorationState) => s.select('1731-oath', 'timeline')],
		['a person', (s: ExplorationState) => s.selectPerson('abylai-khan', 'timeline')],
		['clearing', (s: ExplorationState) => s.clearSelection()],
		['a reset', (s: ExplorationState) => s.reset()],
		['an invalid key', (s: ExplorationState) => s.selectRelation('a|b|law', 'x')],
		['null', (s: ExplorationState) => s.selectRelation(null, 'x')]
	])('%s leaves the relation', (_, act) => {
		const s = new ExplorationState();
		s.selectRelation('kazakh-khanate|qing-empire|embassy', '1757-embassy');
		act(s);
		expect(s.selectedRelation).toBeNull();
	});

	test('the relation and its event round-trip through the URL', () => {
		const s = new ExplorationState();
		s.setWindow(1700, 1800);
		s.selectRelation('kazakh-khanate|qing-empire|embassy', '1757-embassy');
		const url = serializeUrlState(s.toUrlState()).toString();
		const t = new ExplorationState();
		t.applyUrlState(parseUrlState(new URLSearchParams(url)));
		expect(t.selectedRelation).toBe('kazakh-khanate|qing-empire|embassy');
		expect(t.selectedEvent).toBe('1757-embassy');
		expect(t.window).toEqual({ from: 1700, to: 1800 });
	});

	test('choosing a polity adds it to the filter; choosing it again takes it out', () => {
		const s = new ExplorationState();
		s.togglePolity('qing-empire');
		s.togglePolity('russian-empire');
		expect(s.filters.polities).toEqual(['qing-empire', 'russian-empire']);
		s.togglePolity('qing-empire');
		expect(s.filters.polities).toEqual(['russian-empire']);
	});
});
