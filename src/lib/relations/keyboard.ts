/**
 * Keyboard moves through the arc diagram, pure: up and down the column of polities, right into
 * a polity's relations (up and down among them), right again along a relation to the polity at
 * its other end, left back to the polity it was reached from. Enter or Space chooses.
 */
import type { Relation } from './network';

export type Focus = { kind: 'node'; id: string } | { kind: 'edge'; key: string; node: string };

export type KeyAction = 'toggle-node' | 'select-edge' | 'clear';

export interface KeyResult {
	focus: Focus;
	action?: KeyAction;
}

/** The relations at a polity, ordered by the polity at the other end (down the column). */
export function edgesAt(node: string, relations: readonly Relation[], order: readonly string[]): Relation[] {
	const index = new Map(order.map((id, i) => [id, i]));
	const other = (r: Relation) => index.get(r.from === node ? r.to : r.from) ?? 0;
	return relations.filter((r) => r.from === node || r.to === node).sort((a, b) => other(a) - other(b));
}

/** What a key does at a focus; null when the key is not the diagram's. */
export function diagramKey(
	key: string,
	focus: Focus,
	order: readonly string[],
	relations: readonly Relation[]
): KeyResult | null {
	if (!order.length) return null;
	if (focus.kind === 'node') {
		const i = Math.max(0, order.indexOf(focus.id));
		const to = (j: number): KeyResult => ({
			focus: { kind: 'node', id: order[Math.min(Math.max(j, 0), order.length - 1)] }
		});
		switch (key) {
			case 'ArrowDown':
				return to(i + 1);
			case 'ArrowUp':
				return to(i - 1);
			case 'Home':
				return to(0);
			case 'End':
				return to(order.length - 1);
			case 'ArrowRight': {
				const first = edgesAt(focus.id, relations, order)[0];
				return first ? { focus: { kind: 'edge', key: first.key, node: focus.id } } : { focus };
			}
			case 'Enter':
			case ' ':
				return { focus, action: 'toggle-node' };
			case 'Escape':
				return { focus, action: 'clear' };
		}
		return null;
	}
	const edges = edgesAt(focus.node, relations, order);
	const i = edges.findIndex((r) => r.key === focus.key);
	const back: KeyResult = { focus: { kind: 'node', id: focus.node } };
	if (i < 0) return back;
	const to = (j: number): KeyResult => ({
		focus: { kind: 'edge', key: edges[Math.min(Math.max(j, 0), edges.length - 1)].key, node: focus.node }
	});
	switch (key) {
		case 'ArrowDown':
			return to(i + 1);
		case 'ArrowUp':
			return to(i - 1);
		case 'Home':
			return to(0);
		case 'End':
			return to(edges.length - 1);
		case 'ArrowLeft':
		case 'Escape':
			return back;
		case 'ArrowRight': {
			const r = edges[i];
			return { focus: { kind: 'node', id: r.from === focus.node ? r.to : r.from } };
		}
		case 'Enter':
		case ' ':
			return { focus, action: 'select-edge' };
	}
	return null;
}
