import { describe, expect, test } from 'vitest';
import { clampStop, stepEvent, stepStop, type Step } from '$lib/modes/stepping';

describe('stepStop: tour stops are 1-based, null is the introduction', () => {
	const cases: [number | null, number, Step, number | null][] = [
		[null, 8, 'next', 1],
		[1, 8, 'next', 2],
		[7, 8, 'next', 8],
		[8, 8, 'next', 8],
		[8, 8, 'prev', 7],
		[2, 8, 'prev', 1],
		[1, 8, 'prev', null],
		[null, 8, 'prev', null],
		[5, 8, 'first', 1],
		[null, 8, 'last', 8],
		[3, 8, 'last', 8],
		// A stop past the end (a stale link) steps from the last stop.
		[12, 8, 'prev', 7],
		[null, 0, 'next', null]
	];
	test.each(cases)('from %s of %i, %s → %s', (from, count, step, to) => {
		expect(stepStop(from, count, step)).toBe(to);
	});
});

describe('clampStop keeps a URL stop inside the tour', () => {
	test.each([
		[null, 5, null],
		[3, 5, 3],
		[9, 5, 5],
		[0, 5, 1],
		[2, 0, null]
	] as [number | null, number, number | null][])('%s of %i → %s', (stop, count, expected) => {
		expect(clampStop(stop, count)).toBe(expected);
	});
});

describe('stepEvent walks events in the order given (date order, filtered)', () => {
	const events = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	const cases: [string | null, Step, string | null][] = [
		[null, 'next', 'a'],
		[null, 'prev', 'c'],
		['a', 'next', 'b'],
		['b', 'next', 'c'],
		['c', 'next', 'c'],
		['a', 'prev', 'a'],
		['c', 'prev', 'b'],
		['b', 'first', 'a'],
		['b', 'last', 'c'],
		// The selection was filtered out: start from the edge.
		['zzz', 'next', 'a'],
		['zzz', 'prev', 'c']
	];
	test.each(cases)('%s, %s → %s', (current, step, expected) => {
		expect(stepEvent(events, current, step)).toBe(expected);
	});
	test('an empty list has nowhere to go', () => {
		expect(stepEvent([], 'a', 'next')).toBeNull();
	});
});
