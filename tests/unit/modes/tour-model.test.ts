import { describe, expect, test } from 'vitest';
import { stopOfEvent, tourModel } from '$lib/modes/tour/tour-model';
import type { EventEntry, Tour } from '$lib/domain/types';

const ev = (id: string, start: number) => ({ id, start, stop: start + 1 }) as EventEntry;

describe('the slice of the model a tour shows', () => {
	test('events in date order whatever the tour order; the tour is kept', () => {
		const tour = { id: 't', events: ['b', 'a'] } as Tour;
		const model = tourModel(tour, [ev('b', 1800), ev('a', 1700)], [], []);
		expect(model.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(model.tours).toEqual([tour]);
	});
	test.each([
		['b', 1],
		['a', 2],
		['x', null],
		[null, null]
	] as [string | null, number | null][])('stopOfEvent(%s) → %s', (id, stop) => {
		expect(stopOfEvent([{ id: 'b' }, { id: 'a' }], id)).toBe(stop);
	});
});
