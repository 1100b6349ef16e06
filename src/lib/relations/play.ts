/**
 * Playing the time window: windows of one width stepping through the years the acts cover, so
 * relations appear and fade. Windows without a single act (the long silences between
 * antiquity and the khanate) are skipped. Pure.
 */
import type { TimeWindow } from '$lib/domain/types';
import type { Act } from './acts';
import { actsExtent, inWindow } from './network';

/** Years shown at once when nothing narrower is chosen: about a generation. */
export const DEFAULT_PLAY_YEARS = 30;
/** Each step moves a third of the window, so every relation stays on screen for three steps. */
export const STEPS_PER_WINDOW = 3;

const EPS = 1e-6;

/** The windows a play goes through, in time order. */
export function playFrames(acts: readonly Act[], years: number): TimeWindow[] {
	const extent = actsExtent(acts);
	if (!extent || !(years > 0)) return [];
	const step = years / STEPS_PER_WINDOW;
	const sorted = [...acts].sort((a, b) => a.start - b.start);
	const frames: TimeWindow[] = [];
	let i = 0;
	for (let from = extent.from; ; from += step) {
		const w = { from, to: from + years };
		// Acts that ended before this window can never be in a later one.
		while (i < sorted.length && sorted[i].stop <= from) i++;
		let any = false;
		for (let j = i; j < sorted.length && sorted[j].start < w.to; j++)
			if (inWindow(sorted[j], w)) {
				any = true;
				break;
			}
		if (any) frames.push(w);
		if (w.to >= extent.to - EPS) break;
	}
	return frames;
}

/** The width a play uses: the window the reader chose, unless it shows (nearly) everything the acts cover. */
export function playYears(window: TimeWindow | null, extent: TimeWindow | null): number {
	if (!window || !extent) return DEFAULT_PLAY_YEARS;
	const width = window.to - window.from;
	return width >= (extent.to - extent.from) / 2 ? DEFAULT_PLAY_YEARS : width;
}

/**
 * The frame after (or before) the current window; null at the end. With no window (or one
 * before every frame), "next" starts at the first frame.
 */
export function stepFrame(frames: readonly TimeWindow[], current: TimeWindow | null, dir: 1 | -1): TimeWindow | null {
	if (!frames.length) return null;
	if (!current) return dir === 1 ? frames[0] : null;
	if (dir === 1) return frames.find((f) => f.from > current.from + EPS) ?? null;
	for (let i = frames.length - 1; i >= 0; i--) if (frames[i].from < current.from - EPS) return frames[i];
	return null;
}
