/**
 * The play button's clock: while playing, moves the shared time window one frame every
 * `interval` ms through the frames it is given, and stops at the last. The frames and the
 * window come from outside (see play.ts), so the timeline, the map and the network move as one.
 */
import type { TimeWindow } from '$lib/domain/types';
import { stepFrame } from './play';

export interface PlayerHost {
	frames(): readonly TimeWindow[];
	window(): TimeWindow | null;
	show(window: TimeWindow): void;
}

/** Long enough to read what appeared; a teacher can step faster with the arrows. */
export const PLAY_INTERVAL_MS = 1600;

export class WindowPlayer {
	#playing = $state(false);
	#timer: ReturnType<typeof setInterval> | undefined;
	#host: PlayerHost;
	#interval: number;

	constructor(host: PlayerHost, interval = PLAY_INTERVAL_MS) {
		this.#host = host;
		this.#interval = interval;
	}

	get playing() {
		return this.#playing;
	}

	/** One frame forward (1) or back (-1); false when there is none. */
	step(dir: 1 | -1): boolean {
		const next = stepFrame(this.#host.frames(), this.#host.window(), dir);
		if (next) this.#host.show(next);
		return !!next;
	}

	play() {
		if (this.#playing) return;
		const frames = this.#host.frames();
		if (!frames.length) return;
		// From the start when the window is at (or past) the last frame.
		if (!stepFrame(frames, this.#host.window(), 1)) this.#host.show(frames[0]);
		else this.step(1);
		this.#playing = true;
		this.#timer = setInterval(() => {
			if (!this.step(1)) this.pause();
		}, this.#interval);
	}

	pause() {
		this.#playing = false;
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	toggle() {
		if (this.#playing) this.pause();
		else this.play();
	}
}
