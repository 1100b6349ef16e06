/**
 * A value of the shared state as a costly view should follow it: at once while the reader's
 * hands rest, and only once they have rested `quietMs` while the reader zooms, pans, drags or
 * types. The WebGL map follows the time window this way: redrawing it in the middle of a
 * timeline gesture costs whole frames on a weak GPU, and a redraw nobody waits for is wasted.
 * At rest it is always the source's current value.
 */
import { on } from 'svelte/events';

/** Input that moves a view: a wheel turn, a press, a drag, a key. A hovering mouse is not. */
const INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart', 'touchmove'] as const;

/** When the reader last gave input anywhere on the page (ms, Date.now). */
let lastInput = -Infinity;
let listeners = 0;
let stopListening: (() => void) | null = null;

function listen(target: Window): () => void {
	if (listeners++ === 0) {
		const note = () => (lastInput = Date.now());
		const options = { capture: true, passive: true };
		const offs = [
			...INPUT.map((type) => on(target, type, note, options)),
			on(target, 'pointermove', (e) => e.buttons !== 0 && note(), options)
		];
		stopListening = () => offs.forEach((off) => off());
	}
	return () => {
		if (--listeners === 0) {
			stopListening?.();
			stopListening = null;
			lastInput = -Infinity;
		}
	};
}

export class Resting<T> {
	#value: T = $state.raw() as T;

	/** Create it while a component initialises: in the browser it listens to `target` (default: the window). */
	constructor(source: () => T, quietMs = 300, target?: Window) {
		this.#value = source();
		$effect(() => listen(target ?? window));
		$effect(() => {
			const next = source();
			let timer: ReturnType<typeof setTimeout> | undefined;
			const apply = () => {
				const wait = lastInput + quietMs - Date.now();
				if (wait > 0) timer = setTimeout(apply, wait);
				else this.#value = next;
			};
			apply();
			return () => clearTimeout(timer);
		});
	}

	get current(): T {
		return this.#value;
	}
}
