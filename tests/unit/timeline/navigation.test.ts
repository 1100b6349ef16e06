import { describe, expect, test } from 'vitest';
import { moveFocus, type FocusItem, type NavKey } from '$lib/timeline/navigation';

const model = {
	events: [
		{ id: 'e1', pos: 1700 },
		{ id: 'e2', pos: 1750 },
		{ id: 'e3', pos: 1800 }
	],
	lanes: [
		{
			people: [
				{ id: 'k1', start: 1690, stop: 1740 },
				{ id: 'k2', start: 1745, stop: 1790 }
			]
		},
		{ people: [] },
		{ people: [{ id: 'b1', start: 1780, stop: 1830 }] }
	]
};
const ev = (id: string): FocusItem => ({ kind: 'event', id });
const pe = (id: string): FocusItem => ({ kind: 'person', id });

describe('moveFocus', () => {
	test.each([
		['nothing focused: nearest event to the view centre', null, 'ArrowRight', 1760, ev('e2')],
		['right: next event in time', ev('e1'), 'ArrowRight', 0, ev('e2')],
		['right at the end stays', ev('e3'), 'ArrowRight', 0, ev('e3')],
		['left: previous event', ev('e2'), 'ArrowLeft', 0, ev('e1')],
		['down from events: the person alive then in the first lane', ev('e2'), 'ArrowDown', 0, pe('k2')],
		['right within a lane', pe('k1'), 'ArrowRight', 0, pe('k2')],
		['down skips an empty lane', pe('k2'), 'ArrowDown', 0, pe('b1')],
		['up from the first lane: back to the nearest event', pe('k1'), 'ArrowUp', 0, ev('e1')],
		['up from the last lane: previous non-empty lane', pe('b1'), 'ArrowUp', 0, pe('k2')],
		['down from the last lane stays', pe('b1'), 'ArrowDown', 0, pe('b1')]
	] as [string, FocusItem | null, NavKey, number, FocusItem][])('%s', (_name, current, key, anchor, expected) => {
		expect(moveFocus(model, current, key, anchor)).toEqual(expected);
	});
});
