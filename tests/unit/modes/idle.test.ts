import { describe, expect, test } from 'vitest';
import { attractIndex, idleStep, initialIdle, secondsLeft, type IdleEvent, type IdleState } from '$lib/modes/idle';

const config = { idleSeconds: 90, countdownSeconds: 20 };
const s = (sec: number) => sec * 1000;

/** Runs events through the machine, collecting the phases and effects. */
function run(events: IdleEvent[], start: IdleState = initialIdle(0)) {
	let state = start;
	const trace: string[] = [];
	for (const e of events) {
		const out = idleStep(state, e, config);
		state = out.state;
		trace.push([state.phase, ...out.effects].join('+'));
	}
	return { state, trace };
}

describe('the kiosk idle timer', () => {
	test('stays active before the idle time', () => {
		expect(run([{ type: 'tick', at: s(89.9) }]).trace).toEqual(['active']);
	});

	test('warns at the idle time, resets when the countdown runs out, then stays in attract', () => {
		const { trace } = run([
			{ type: 'tick', at: s(90) },
			{ type: 'tick', at: s(100) },
			{ type: 'tick', at: s(110) },
			{ type: 'tick', at: s(200) }
		]);
		expect(trace).toEqual(['warning', 'warning', 'attract+reset', 'attract']);
	});

	test('a touch during the countdown keeps the visitor where they were', () => {
		const { trace, state } = run([
			{ type: 'tick', at: s(95) },
			{ type: 'activity', at: s(96) },
			{ type: 'tick', at: s(150) },
			{ type: 'tick', at: s(186) }
		]);
		expect(trace).toEqual(['warning', 'active', 'active', 'warning']);
		expect(state.lastActivity).toBe(s(96));
	});

	test('a touch in the attract loop wakes the kiosk (and only then)', () => {
		const { trace } = run([
			{ type: 'tick', at: s(111) },
			{ type: 'activity', at: s(120) },
			{ type: 'activity', at: s(121) }
		]);
		expect(trace).toEqual(['attract+reset', 'active+wake', 'active']);
	});

	test('returns the same object when nothing changes (no needless re-render)', () => {
		const start = initialIdle(0);
		expect(idleStep(start, { type: 'tick', at: s(1) }, config).state).toBe(start);
	});

	test.each([
		[90, 20],
		[95, 15],
		[109.2, 1],
		[110, 0],
		[300, 0]
	])('%d s after the last touch the countdown shows %d s', (at, left) => {
		expect(secondsLeft(initialIdle(0), s(at), config)).toBe(left);
	});
});

describe('attractIndex cycles through the loop', () => {
	test.each([
		[0, 8, 3, 0],
		[7999, 8, 3, 0],
		[8000, 8, 3, 1],
		[24_000, 8, 3, 0],
		[-5, 8, 3, 0],
		[1000, 8, 0, -1]
	])('%d ms, %d s each, %d items → %d', (ms, period, count, expected) => {
		expect(attractIndex(ms, period, count)).toBe(expected);
	});
});
