/**
 * The timeline's keys (its one tab stop): which action a key asks for. Pure, so the whole key
 * map is one table test; the component carries the actions out.
 */
import type { NavKey } from './navigation';

export type KeyAction =
	| { type: 'move'; key: NavKey }
	| { type: 'select' }
	| { type: 'clear' }
	| { type: 'zoomIn' }
	| { type: 'zoomOut' }
	| { type: 'reset' }
	/** Half a screen towards earlier (-1) or later (+1) years. */
	| { type: 'page'; direction: -1 | 1 };

export interface KeyContext {
	/** An event or a person has keyboard focus (Enter has something to select). */
	hasFocus: boolean;
	/** Something is selected (Escape has something to clear). */
	hasSelection: boolean;
}

const ARROWS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** The action for a key, or null when the timeline leaves the key to the page. */
export function keyAction(key: string, ctx: KeyContext): KeyAction | null {
	if (ARROWS.includes(key)) return { type: 'move', key: key as NavKey };
	switch (key) {
		case 'Enter':
		case ' ':
			return ctx.hasFocus ? { type: 'select' } : null;
		case 'Escape':
			return ctx.hasSelection ? { type: 'clear' } : null;
		case '+':
		case '=':
			return { type: 'zoomIn' };
		case '-':
		case '_':
			return { type: 'zoomOut' };
		case 'Home':
			return { type: 'reset' };
		case 'PageUp':
			return { type: 'page', direction: -1 };
		case 'PageDown':
			return { type: 'page', direction: 1 };
		default:
			return null;
	}
}
