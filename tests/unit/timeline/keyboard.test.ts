import { describe, expect, test } from 'vitest';
import { keyAction, type KeyAction, type KeyContext } from '$lib/timeline/keyboard';

const idle: KeyContext = { hasFocus: false, hasSelection: false };
const busy: KeyContext = { hasFocus: true, hasSelection: true };

describe('keyAction', () => {
	test.each<[string, KeyContext, KeyAction | null]>([
		['ArrowLeft', idle, { type: 'move', key: 'ArrowLeft' }],
		['ArrowRight', idle, { type: 'move', key: 'ArrowRight' }],
		['ArrowUp', busy, { type: 'move', key: 'ArrowUp' }],
		['ArrowDown', busy, { type: 'move', key: 'ArrowDown' }],
		['Enter', busy, { type: 'select' }],
		[' ', busy, { type: 'select' }],
		// Nothing focused: Enter and Space are left to the page.
		['Enter', idle, null],
		[' ', idle, null],
		['Escape', busy, { type: 'clear' }],
		// Nothing selected: Escape is left to the page (a dialog, full screen).
		['Escape', idle, null],
		['+', idle, { type: 'zoomIn' }],
		['=', idle, { type: 'zoomIn' }],
		['-', idle, { type: 'zoomOut' }],
		['_', idle, { type: 'zoomOut' }],
		['Home', idle, { type: 'reset' }],
		['PageUp', idle, { type: 'page', direction: -1 }],
		['PageDown', idle, { type: 'page', direction: 1 }],
		['Tab', busy, null],
		['a', busy, null],
		['End', busy, null]
	])('%j with %j → %j', (key, ctx, action) => {
		expect(keyAction(key, ctx)).toEqual(action);
	});
});
