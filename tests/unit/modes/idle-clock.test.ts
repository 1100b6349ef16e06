// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IdleClock } from '$lib/modes/kiosk/idle-clock.svelte';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

function clock() {
	const calls: string[] = [];
	const idle = new IdleClock({
		config: () => ({ idleSeconds: 10, countdownSeconds: 5 }),
		onreset: () => calls.push('reset'),
		onwake: () => calls.push('wake')
	});
	return { idle, calls, stop: idle.listen(window) };
}

describe('the kiosk’s idle clock', () => {
	test('counts down after the idle time, then asks for a reset once', () => {
		const { idle, calls, stop } = clock();
		vi.advanceTimersByTime(9_750);
		expect(idle.phase).toBe('active');
		vi.advanceTimersByTime(500);
		expect(idle.phase).toBe('warning');
		expect(idle.remaining).toBe(5);
		vi.advanceTimersByTime(5_000);
		expect(idle.phase).toBe('attract');
		expect(calls).toEqual(['reset']);
		vi.advanceTimersByTime(30_000);
		expect(calls).toEqual(['reset']);
		stop();
	});

	test('any touch on the window starts the time again; a touch in the attract loop wakes the kiosk', () => {
		const { idle, calls, stop } = clock();
		vi.advanceTimersByTime(12_000);
		expect(idle.phase).toBe('warning');
		window.dispatchEvent(new Event('pointerdown'));
		expect(idle.phase).toBe('active');
		vi.advanceTimersByTime(9_000);
		expect(idle.phase).toBe('active');
		idle.attract();
		window.dispatchEvent(new Event('keydown'));
		expect(idle.phase).toBe('active');
		expect(calls).toEqual(['wake']);
		stop();
	});

	test('stopped, it neither ticks nor listens', () => {
		const { idle, calls, stop } = clock();
		vi.advanceTimersByTime(12_000);
		stop();
		window.dispatchEvent(new Event('pointerdown'));
		expect(idle.phase).toBe('warning');
		vi.advanceTimersByTime(60_000);
		expect(idle.phase).toBe('warning');
		expect(calls).toEqual([]);
	});
});
