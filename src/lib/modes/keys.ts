/**
 * What a key press means to the modes. A presentation clicker sends Right/PageDown/Space
 * (next), Left/PageUp (previous) and often `B` or `.` to blank the screen, so those are the
 * keys a presenter and a tour listen to. Pure: no DOM, tested table by table.
 */
export type ModeAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'fullscreen' | 'exit' | 'present';

export interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** Focus is in a text field, a select, or an element that takes arrow keys itself. */
	inEditable?: boolean;
	/** Focus is on a button or link, where Space and Enter already mean "press". */
	onControl?: boolean;
}

const STEP_KEYS: Record<string, ModeAction> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	Spacebar: 'next',
	ArrowLeft: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last'
};

/** The action a key asks for, or null when the key is not ours to take. */
export function keyAction(input: KeyInput): ModeAction | null {
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	if (input.inEditable) return null;
	const step = STEP_KEYS[input.key];
	if (step) {
		if ((input.key === ' ' || input.key === 'Spacebar') && input.onControl) return null;
		return step;
	}
	switch (input.key) {
		case 'b':
		case 'B':
		case '.':
			return 'blank';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'Escape':
			return 'exit';
		case 'p':
		case 'P':
			return 'present';
		default:
			return null;
	}
}

/** True for the four actions that move between stops or events. */
export function isStep(action: ModeAction | null): action is 'next' | 'prev' | 'first' | 'last' {
	return action === 'next' || action === 'prev' || action === 'first' || action === 'last';
}
