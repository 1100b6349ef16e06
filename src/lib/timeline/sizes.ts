/**
 * Type and mark sizes for where the timeline is shown: a phone, a laptop or projector, or a
 * kiosk read from a step away; a short box gets the laptop sizes whatever its width. Buttons
 * stay at least 44 px (56 px on a kiosk) for fingers.
 */
import type { Mode } from '$lib/domain/types';

export interface Sizes {
	font: number;
	axisFont: number;
	rowHeight: number;
	/** Height of a reign bar: tall enough for a name inside it. */
	barHeight: number;
	markRadius: number;
	button: number;
	axisHeight: number;
	/** Marks closer than this (px) group together. */
	clusterGap: number;
}

/** Below this height (px) the large type would leave the lanes no room. */
export const SHORT_BOX = 340;

/** `height`: the timeline's box, when known. */
export function sizesFor(width: number, mode: Mode, height?: number): Sizes {
	const short = !!height && height < SHORT_BOX;
	if ((mode === 'kiosk' || width >= 1700) && !short) {
		return {
			font: 17,
			axisFont: 16,
			rowHeight: 30,
			barHeight: 22,
			markRadius: 10,
			button: mode === 'kiosk' ? 56 : 48,
			axisHeight: 34,
			clusterGap: 26
		};
	}
	if (width < 640)
		return {
			font: 13,
			axisFont: 12,
			rowHeight: 22,
			barHeight: 16,
			markRadius: 7,
			button: 44,
			axisHeight: 26,
			clusterGap: 18
		};
	return {
		font: 14,
		axisFont: 13,
		rowHeight: 24,
		barHeight: 18,
		markRadius: 8,
		button: mode === 'kiosk' ? 56 : 44,
		axisHeight: 28,
		clusterGap: 20
	};
}
