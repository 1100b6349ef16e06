/**
 * Drives the kiosk's idle state machine (../idle.ts) with the clock and the visitor's touches:
 * it ticks four times a second, treats any pointer, key, wheel or touch as activity, and tells
 * the kiosk when to reset and when to wake from the attract loop.
 */
import { idleStep, initialIdle, secondsLeft, type IdleConfig, type IdleEvent, type IdleState } from '../idle';

export interface IdleClockOptions {
	/** Read at every tick (the installer's file may arrive late). */
	config: () => IdleConfig;
	/** Left alone long enough: back to the start. */
	onreset: () => void;
	/** A touch during the attract loop. */
	onwake: () => void;
}

const TOUCHES = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export class IdleClock {
	#options: IdleClockOptions;
	#state = $state<IdleState>(initialIdle(Date.now()));
	#now = $state(Date.now());

	constructor(options: IdleClockOptions) {
		this.#options = options;
	}

	get phase() {
		return this.#state.phase;
	}

	/** Whole seconds left on the countdown. */
	get remaining() {
		return secondsLeft(this.#state, this.#now, this.#options.config());
	}

	/** A touch, key or wheel (also what "keep exploring" and a tap on the attract screen do). */
	readonly activity = () => this.#dispatch({ type: 'activity', at: Date.now() });

	/** The kiosk has reset and its attract loop is playing. */
	attract() {
		this.#state = { ...this.#state, phase: 'attract' };
	}

	/** Starts the clock and the activity listeners on a window; returns the stop. */
	listen(win: Window): () => void {
		const tick = setInterval(() => {
			this.#now = Date.now();
			this.#dispatch({ type: 'tick', at: this.#now });
		}, 250);
		const opts = { capture: true, passive: true } as const;
		for (const type of TOUCHES) win.addEventListener(type, this.activity, opts);
		return () => {
			clearInterval(tick);
			for (const type of TOUCHES) win.removeEventListener(type, this.activity, opts);
		};
	}

	#dispatch(event: IdleEvent) {
		const { state, effects } = idleStep(this.#state, event, this.#options.config());
		if (state !== this.#state) this.#state = state;
		for (const effect of effects) {
			if (effect === 'reset') this.#options.onreset();
			if (effect === 'wake') this.#options.onwake();
		}
	}
}
