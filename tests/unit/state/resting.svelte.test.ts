// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Resting } from '$lib/state/resting.svelte';

beforeEach(() => vi.useFakeTimers({ now: 10_000 }));
afterEach(() => vi.useRealTimers());

/** A source value and a Resting that follows it, inside an effect root as a component would be. */
function follow(quietMs = 300) {
	const source = $state({ value: 1 });
	let resting!: Resting<number>;
	const stop = $effect.root(() => {
		resting = new Resting(() => source.value, quietMs);
	});
	flushSync();
	return {
		set: (v: number) => {
			source.value = v;
			flushSync();
		},
		get current() {
			return resting.current;
		},
		stop
	};
}

describe('Resting: a value a costly view follows when the reader pauses', () => {
	test('follows at once while no input has come', () => {
		const r = follow();
		expect(r.current).toBe(1);
		r.set(2);
		expect(r.current).toBe(2);
		r.stop();
	});

	test('during a gesture it waits until the input has rested, then takes the latest value', () => {
		const r = follow(300);
		window.dispatchEvent(new Event('wheel'));
		r.set(2);
		expect(r.current).toBe(1);
		vi.advanceTimersByTime(200);
		window.dispatchEvent(new Event('wheel'));
		r.set(3);
		vi.advanceTimersByTime(250);
		expect(r.current).toBe(1);
		vi.advanceTimersByTime(60);
		flushSync();
		expect(r.current).toBe(3);
		r.stop();
	});

	test('a drag holds it, a hovering mouse does not', () => {
		const r = follow(300);
		const move = (buttons: number) => {
			const e = new MouseEvent('pointermove', { buttons });
			window.dispatchEvent(e);
		};
		move(0);
		r.set(2);
		expect(r.current).toBe(2);
		move(1);
		r.set(3);
		expect(r.current).toBe(2);
		vi.advanceTimersByTime(300);
		flushSync();
		expect(r.current).toBe(3);
		r.stop();
	});

	test('a key press holds it too, and a stopped Resting leaves no listener or timer behind', () => {
		const r = follow(300);
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
		r.set(2);
		expect(r.current).toBe(1);
		r.stop();
		expect(vi.getTimerCount()).toBe(0);
		// Once no Resting listens, input is forgotten: the next one follows at once.
		const next = follow(300);
		window.dispatchEvent(new Event('wheel'));
		next.stop();
		const fresh = follow(300);
		fresh.set(5);
		expect(fresh.current).toBe(5);
		fresh.stop();
	});
});
