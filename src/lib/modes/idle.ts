/**
 * The kiosk's idle timer as a state machine, pure so it can be tested with a fake clock.
 *
 *   active ──(idle s without a touch)──▶ warning ──(countdown s)──▶ attract
 *     ▲                                    │                          │
 *     └──────────── any touch ─────────────┴──────── any touch ───────┘
 *
 * Entering `attract` asks the kiosk to reset (start state, default language) and to start
 * the attract loop; a touch in `attract` asks it to stop the loop.
 */
export type IdlePhase = 'active' | 'warning' | 'attract';

export interface IdleConfig {
	/** Seconds without a touch before the countdown shows. */
	idleSeconds: number;
	/** Seconds the countdown runs before the reset. */
	countdownSeconds: number;
}

export interface IdleState {
	phase: IdlePhase;
	/** Milliseconds timestamp of the last touch, key or wheel. */
	lastActivity: number;
}

export type IdleEvent = { type: 'activity'; at: number } | { type: 'tick'; at: number };
export type IdleEffect = 'reset' | 'wake';

export function initialIdle(now: number): IdleState {
	return { phase: 'active', lastActivity: now };
}

/** The next state and what the kiosk must do about it. */
export function idleStep(
	state: IdleState,
	event: IdleEvent,
	config: IdleConfig
): { state: IdleState; effects: IdleEffect[] } {
	if (event.type === 'activity') {
		return { state: { phase: 'active', lastActivity: event.at }, effects: state.phase === 'attract' ? ['wake'] : [] };
	}
	if (state.phase === 'attract') return { state, effects: [] };
	const elapsed = (event.at - state.lastActivity) / 1000;
	if (elapsed >= config.idleSeconds + config.countdownSeconds) {
		return { state: { ...state, phase: 'attract' }, effects: ['reset'] };
	}
	if (elapsed >= config.idleSeconds) {
		return { state: state.phase === 'warning' ? state : { ...state, phase: 'warning' }, effects: [] };
	}
	return { state: state.phase === 'active' ? state : { ...state, phase: 'active' }, effects: [] };
}

/** Whole seconds left on the countdown (what the screen shows), never below 0. */
export function secondsLeft(state: IdleState, now: number, config: IdleConfig): number {
	const end = state.lastActivity + (config.idleSeconds + config.countdownSeconds) * 1000;
	return Math.max(0, Math.ceil((end - now) / 1000));
}

/** Which item of the attract loop shows `elapsedMs` after the loop started. */
export function attractIndex(elapsedMs: number, periodSeconds: number, count: number): number {
	if (count <= 0) return -1;
	return Math.floor(Math.max(0, elapsedMs) / (periodSeconds * 1000)) % count;
}
