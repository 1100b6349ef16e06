import { describe, expect, test } from 'vitest';
import { isStep, keyAction, type KeyInput, type ModeAction } from '$lib/modes/keys';

describe('keyAction: what a clicker or keyboard key means', () => {
	const cases: [KeyInput, ModeAction | null][] = [
		[{ key: 'ArrowRight' }, 'next'],
		[{ key: 'PageDown' }, 'next'],
		[{ key: ' ' }, 'next'],
		[{ key: 'ArrowLeft' }, 'prev'],
		[{ key: 'PageUp' }, 'prev'],
		[{ key: 'Home' }, 'first'],
		[{ key: 'End' }, 'last'],
		[{ key: 'b' }, 'blank'],
		[{ key: 'B' }, 'blank'],
		[{ key: '.' }, 'blank'],
		[{ key: 'f' }, 'fullscreen'],
		[{ key: 'Escape' }, 'exit'],
		[{ key: 'p' }, 'present'],
		[{ key: 'P' }, 'present'],
		[{ key: 'x' }, null],
		[{ key: 'Enter' }, null],
		// Browser shortcuts stay the browser's.
		[{ key: 'p', ctrlKey: true }, null],
		[{ key: 'ArrowLeft', altKey: true }, null],
		[{ key: 'f', metaKey: true }, null],
		// Typing in a field is typing.
		[{ key: 'p', inEditable: true }, null],
		[{ key: 'ArrowRight', inEditable: true }, null],
		// Space on a button presses the button, it does not also step.
		[{ key: ' ', onControl: true }, null],
		[{ key: 'ArrowRight', onControl: true }, 'next']
	];
	test.each(cases)('%o → %s', (input, expected) => {
		expect(keyAction(input)).toBe(expected);
	});
});

test('isStep picks the four moves', () => {
	expect(['next', 'prev', 'first', 'last', 'blank', 'exit', null].map((a) => isStep(a as ModeAction | null))).toEqual([
		true,
		true,
		true,
		true,
		false,
		false,
		false
	]);
});
