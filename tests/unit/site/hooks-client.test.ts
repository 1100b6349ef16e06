import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { init } from '../../../src/hooks.client';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
	vi.useFakeTimers();
	frames = [];
	vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

const settledYet = (p: Promise<unknown>) => {
	let done = false;
	void p.then(() => (done = true));
	return async () => (await vi.advanceTimersByTimeAsync(0), done);
};

test('the page hydrates after its first frame is painted, not before', async () => {
	const done = settledYet(Promise.resolve(init()));
	expect(await done()).toBe(false);
	// The frame runs; the task after it (the frame painted) starts hydration.
	frames.shift()!(0);
	expect(await done()).toBe(true);
});

test('a page that gets no frames (a background tab) starts after a short wait', async () => {
	const done = settledYet(Promise.resolve(init()));
	await vi.advanceTimersByTimeAsync(200);
	expect(await done()).toBe(false);
	await vi.advanceTimersByTimeAsync(60);
	expect(await done()).toBe(true);
});
