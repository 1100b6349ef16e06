import { describe, expect, test } from 'vitest';
import { actsOf } from '$lib/relations/acts';
import { actsExtent } from '$lib/relations/network';
import { DEFAULT_PLAY_YEARS, playFrames, playYears, stepFrame } from '$lib/relations/play';
import { ev } from './fixtures';

const acts = actsOf([
	ev('a', 'treaty', 1500, { parties: ['x', 'y'] }),
	ev('b', 'treaty', 1530, { parties: ['x', 'y'] }),
	ev('c', 'treaty', 1700, { parties: ['x', 'y'] })
]);

describe('playing the window', () => {
	test('frames step a third of the width and skip the silences', () => {
		const frames = playFrames(acts, 30);
		expect(frames.map((f) => f.from)).toEqual([1500, 1510, 1520, 1530, 1680]);
		expect(frames.every((f) => f.to - f.from === 30)).toBe(true);
		// The last frame reaches the end of the last act.
		expect(frames.at(-1)!.to).toBeGreaterThanOrEqual(1701);
	});

	test('no acts, no frames', () => {
		expect(playFrames([], 30)).toEqual([]);
	});

	test.each([
		['no window: a generation', null, DEFAULT_PLAY_YEARS],
		['a chosen window keeps its width', { from: 1500, to: 1520 }, 20],
		['a window showing nearly everything: a generation', { from: 1400, to: 1800 }, DEFAULT_PLAY_YEARS]
	])('%s', (_, window, years) => {
		expect(playYears(window, actsExtent(acts))).toBe(years);
	});

	test.each([
		['next from nothing is the first frame', null, 1, 1500],
		['back from nothing stays', null, -1, null],
		['next from a frame', { from: 1510, to: 1540 }, 1, 1520],
		['next from a window between frames', { from: 1600, to: 1630 }, 1, 1680],
		['back across a silence', { from: 1680, to: 1710 }, -1, 1530],
		['next at the end stops', { from: 1680, to: 1710 }, 1, null]
	] as const)('%s', (_, current, dir, from) => {
		const frames = playFrames(acts, 30);
		expect(stepFrame(frames, current, dir)?.from ?? null).toBe(from);
	});
});
