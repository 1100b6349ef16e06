// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { WhenIdle, whenIdle } from '$lib/state/when-idle.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Timers with an idle callback the test runs by hand. */
function fakeIdle() {
	const idle = new Map<number, () => void>();
	let next = 1;
	return {
		idle,
		timers: {
			setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
			clearTimeout: (id: number) => clearTimeout(id),
			requestIdleCallback: (fn: () => void) => {
				idle.set(next, fn);
				return next++;
			},
			cancelIdleCallback: (id: number) => idle.delete(id)
		} as unknown as Parameters<typeof whenIdle>[3],
		runIdle: () => [...idle.values()].forEach((fn) => fn())
	};
}

describe('whenIdle: a secondary view waits a moment, then for an idle page', () => {
	test('runs after the delay, in the next idle period, not before', () => {
		const { timers, idle, runIdle } = fakeIdle();
		const fn = vi.fn();
		whenIdle(fn, 200, 500, timers);
		vi.advanceTimersByTime(199);
		expect(idle.size).toBe(0);
		vi.advanceTimersByTime(1);
		expect(fn).not.toHaveBeenCalled();
		runIdle();
		expect(fn).toHaveBeenCalledOnce();
	});

	test('cancelled before the delay or while waiting for idle, it never runs', () => {
		const { timers, idle } = fakeIdle();
		const early = vi.fn();
		whenIdle(early, 200, 500, timers)();
		vi.advanceTimersByTime(300);
		expect(idle.size).toBe(0);
		const late = vi.fn();
		const cancel = whenIdle(late, 200, 500, timers);
		vi.advanceTimersByTime(200);
		expect(idle.size).toBe(1);
		cancel();
		expect(idle.size).toBe(0);
		expect(early).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});
});

describe('WhenIdle: the place list follows the map a moment later', () => {
	test('starts with the value, keeps it through a burst of changes, then takes the latest', () => {
		const source = $state({ value: 'a' });
		let later!: WhenIdle<string>;
		const stop = $effect.root(() => {
			later = new WhenIdle(() => source.value);
		});
		flushSync();
		expect(later.current).toBe('a');
		source.value = 'b';
		flushSync();
		vi.advanceTimersByTime(150);
		source.value = 'c';
		flushSync();
		vi.advanceTimersByTime(150);
		// jsdom has no requestIdleCallback: the value comes with the timer.
		expect(later.current).toBe('a');
		vi.advanceTimersByTime(60);
		expect(later.current).toBe('c');
		stop();
	});
});

describe('WhenIdle: what the reader did is listed at once', () => {
	test('a change of an at-once key applies without waiting', () => {
		const source = $state({ value: 'a', locale: 'kk' });
		let later!: WhenIdle<string>;
		const stop = $effect.root(() => {
			later = new WhenIdle(
				() => `${source.value}-${source.locale}`,
				() => [source.locale]
			);
		});
		flushSync();
		source.value = 'b';
		flushSync();
		expect(later.current).toBe('a-kk');
		source.locale = 'en';
		flushSync();
		expect(later.current).toBe('b-en');
		stop();
	});
});
