import { describe, expect, test } from 'vitest';
import { actsOf } from '$lib/relations/acts';
import { polityOrder } from '$lib/relations/arc-layout';
import { diagramKey, edgesAt, type Focus } from '$lib/relations/keyboard';
import { networkOf } from '$lib/relations/network';
import { EVENTS, POLITIES } from './fixtures';

const acts = actsOf(EVENTS);
const order = polityOrder(POLITIES, acts);
const relations = networkOf(acts, null).relations;
const node = (id: string): Focus => ({ kind: 'node', id });
const edge = (key: string, at: string): Focus => ({ kind: 'edge', key, node: at });

describe('keyboard moves through the diagram', () => {
	test('a polity’s relations are ordered down the column by the other end', () => {
		expect(edgesAt('qing', relations, order).map((r) => r.key)).toEqual(['kazakh|qing|embassy', 'kazakh|qing|letter']);
		expect(edgesAt('kazakh', relations, order).map((r) => r.key)[0]).toMatch(/muscovy/);
	});

	test.each([
		['down the column', node('muscovy'), 'ArrowDown', { focus: node('kazakh') }],
		['up stops at the top', node('muscovy'), 'ArrowUp', { focus: node('muscovy') }],
		['End goes to the last polity', node('muscovy'), 'End', { focus: node('empire') }],
		['right enters the relations', node('qing'), 'ArrowRight', { focus: edge('kazakh|qing|embassy', 'qing') }],
		['Enter on a polity filters', node('qing'), 'Enter', { focus: node('qing'), action: 'toggle-node' }],
		['Escape on a polity clears', node('qing'), 'Escape', { focus: node('qing'), action: 'clear' }],
		[
			'down among the relations',
			edge('kazakh|qing|embassy', 'qing'),
			'ArrowDown',
			{ focus: edge('kazakh|qing|letter', 'qing') }
		],
		['left back to the polity', edge('kazakh|qing|letter', 'qing'), 'ArrowLeft', { focus: node('qing') }],
		[
			'right follows the relation to its other end',
			edge('kazakh|qing|letter', 'qing'),
			'ArrowRight',
			{ focus: node('kazakh') }
		],
		[
			'Space chooses the relation',
			edge('kazakh|qing|letter', 'qing'),
			' ',
			{ focus: edge('kazakh|qing|letter', 'qing'), action: 'select-edge' }
		],
		[
			'a relation no longer shown returns to its polity',
			edge('gone|qing|treaty', 'qing'),
			'ArrowDown',
			{ focus: node('qing') }
		]
	])('%s', (_, focus, key, expected) => {
		expect(diagramKey(key, focus, order, relations)).toEqual(expected);
	});

	test('a polity without relations in view stays put on ArrowRight; other keys are not taken', () => {
		expect(diagramKey('ArrowRight', node('bukhara'), order, [])).toEqual({ focus: node('bukhara') });
		expect(diagramKey('a', node('bukhara'), order, relations)).toBeNull();
		expect(diagramKey('Tab', node('bukhara'), order, relations)).toBeNull();
	});
});
