import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentModel, EventEntry, Tour } from '$lib/domain/types';
import { AttractLoop, loopEvents } from '$lib/modes/kiosk/attract-loop.svelte';

const ev = (id: string, featured = false) => ({ id, featured }) as EventEntry;
const tour = (id: string, events: string[]) => ({ id, events }) as Tour;
const model = (events: EventEntry[], tours: Tour[] = []): Pick<ContentModel, 'events' | 'tours'> => ({ events, tours });

describe('which events the attract loop shows', () => {
	const many = Array.from({ length: 15 }, (_, i) => ev(`e${i}`));
	test.each<[string, Pick<ContentModel, 'events' | 'tours'>, string | null, string[]]>([
		['the configured tour’s stops, in order', model([ev('a', true)], [tour('t', ['c', 'b'])]), 't', ['c', 'b']],
		['featured events when no tour is set', model([ev('a', true), ev('b'), ev('c', true)]), null, ['a', 'c']],
		['featured events when the tour does not exist', model([ev('a', true)], [tour('t', ['b'])]), 'gone', ['a']],
		['the first twelve when nothing is featured', model(many), null, many.slice(0, 12).map((e) => e.id)],
		['nothing in an empty site', model([]), null, []]
	])('%s', (_, m, loopTour, expected) => expect(loopEvents(m, loopTour)).toEqual(expected));
});

describe('AttractLoop', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	test('shows the first event at once, one more every period, round and round, until stopped', () => {
		const shown: string[] = [];
		const loop = new AttractLoop({ events: () => ['a', 'b', 'c'], seconds: () => 8, show: (id) => shown.push(id) });
		loop.start();
		expect(loop.running).toBe(true);
		expect(shown).toEqual(['a']);
		vi.advanceTimersByTime(7999);
		expect(shown).toEqual(['a']);
		vi.advanceTimersByTime(1);
		expect(shown).toEqual(['a', 'b']);
		vi.advanceTimersByTime(16_000);
		expect(shown).toEqual(['a', 'b', 'c', 'a']);
		loop.stop();
		expect(loop.running).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(shown).toEqual(['a', 'b', 'c', 'a']);
	});

	test('a restart begins again at the first event and runs one timer only', () => {
		const shown: string[] = [];
		const loop = new AttractLoop({ events: () => ['a', 'b'], seconds: () => 2, show: (id) => shown.push(id) });
		loop.start();
		vi.advanceTimersByTime(2000);
		loop.start();
		vi.advanceTimersByTime(2000);
		expect(shown).toEqual(['a', 'b', 'a', 'b']);
		loop.stop();
	});

	test('with nothing to show it shows nothing', () => {
		const show = vi.fn();
		const loop = new AttractLoop({ events: () => [], seconds: () => 2, show });
		loop.start();
		vi.advanceTimersByTime(10_000);
		expect(show).not.toHaveBeenCalled();
		loop.stop();
	});
});
