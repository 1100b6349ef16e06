import { describe, expect, test } from 'vitest';
import { frameWork, type TraceEvent } from '../../scripts/frame-work';

const main = { pid: 1, tid: 7 };
const other = { pid: 2, tid: 9 };
const meta = (t: { pid: number; tid: number }): TraceEvent => ({
	name: 'thread_name',
	ph: 'M',
	ts: 0,
	...t,
	args: { name: 'CrRendererMain' }
});
const task = (ts: number, dur: number, t = main): TraceEvent => ({
	name: 'ThreadControllerImpl::RunTask',
	ph: 'X',
	ts,
	dur,
	...t
});
const inner = (name: string, ts: number, type?: string, t = main): TraceEvent => ({
	name,
	ph: 'X',
	ts,
	dur: 10,
	...t,
	args: type ? { data: { type } } : undefined
});

describe('frameWork', () => {
	test('a frame is its rendering task plus the tasks before it; idle time and frames without input do not count', () => {
		const events: TraceEvent[] = [
			meta(main),
			meta(other),
			// Frame 1: a click handled (2 ms), idle, then rendering (3 ms).
			task(1000, 2000),
			inner('EventDispatch', 1100, 'mousedown'),
			task(10_000, 3000),
			inner('Commit', 12_000),
			// Frame 2: nothing but a timer and rendering: not an input frame.
			task(20_000, 5000),
			inner('TimerFire', 20_100),
			task(27_000, 4000),
			inner('FireAnimationFrame', 27_100),
			// Frame 3: a wheel handled inside the rendering task (rAF-aligned input).
			task(40_000, 9000),
			inner('EventDispatch', 40_100, 'wheel'),
			inner('Layerize', 48_000),
			// Another renderer's input is not this page's.
			task(41_000, 50_000, other),
			inner('EventDispatch', 41_100, 'wheel', other)
		];
		expect(frameWork(events)).toEqual([5, 9]);
	});

	test('no renderer handled input: no frames', () => {
		expect(frameWork([meta(main), task(0, 1000), inner('Commit', 10)])).toEqual([]);
	});
});
