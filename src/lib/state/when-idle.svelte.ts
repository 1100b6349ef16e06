/**
 * A value as a secondary view should follow it: a moment after a change, once the page is idle.
 * The map's place list follows the window this way: re-listing up to a thousand places must not
 * hold the main thread while the map's worker hands back the new window's places, so the map
 * draws them first and the list catches up.
 */
import { untrack } from 'svelte';

type Cancel = () => void;

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'> &
	Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/** Runs `fn` after `delayMs`, in the next idle period (at most `timeoutMs` later; without requestIdleCallback, at once). */
export function whenIdle(fn: () => void, delayMs: number, timeoutMs: number, timers: Timers = window): Cancel {
	let idle: number | undefined;
	const timer = timers.setTimeout(() => {
		if (timers.requestIdleCallback) idle = timers.requestIdleCallback(fn, { timeout: timeoutMs });
		else fn();
	}, delayMs);
	return () => {
		timers.clearTimeout(timer);
		if (idle !== undefined) timers.cancelIdleCallback?.(idle);
	};
}

export class WhenIdle<T> {
	#value: T = $state.raw() as T;

	/**
	 * Create it while a component initialises: it starts with the source's value and follows it a
	 * moment after each change, but at once when any of `atOnce`'s values changes (by identity):
	 * a new language or selection is the reader's own act, and a list that lagged it would look wrong.
	 */
	constructor(source: () => T, atOnce: () => readonly unknown[] = () => [], delayMs = 200, timeoutMs = 500) {
		this.#value = source();
		let keys = atOnce();
		$effect(() => {
			const next = source();
			const nextKeys = atOnce();
			const urgent = nextKeys.length !== keys.length || nextKeys.some((k, i) => k !== keys[i]);
			keys = nextKeys;
			if (next === untrack(() => this.#value)) return;
			if (urgent) this.#value = next;
			else return whenIdle(() => (this.#value = next), delayMs, timeoutMs);
		});
	}

	get current(): T {
		return this.#value;
	}
}
