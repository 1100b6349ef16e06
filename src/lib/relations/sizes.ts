/**
 * Sizes of the relations view per screen and mode: rows a finger can hit on a kiosk (56 px)
 * and a phone (44 px), arcs and type large enough for the back of a classroom. Pure.
 */
import type { Mode } from '$lib/domain/types';

export interface RelationSizes {
	/** Height of a polity's row (its target). */
	rowHeight: number;
	/** Width of the column of polity names. */
	labelWidth: number;
	/** Stroke of one event and of the most events. */
	stroke: [number, number];
	laneGap: number;
	/** Width of an arc's invisible target around its line (a kiosk also offers each relation as a 56 px button). */
	hitWidth: number;
	inset: number;
}

export const KIOSK_TARGET = 56;

export function relationSizes(width: number, mode: Mode): RelationSizes {
	const big = mode === 'kiosk' || mode === 'present';
	const phone = width < 560;
	// A projector shows the whole column at once (the clicker, not a pointer, drives it there).
	const rowHeight = mode === 'kiosk' ? KIOSK_TARGET : phone ? 44 : mode === 'present' ? 28 : 30;
	const share = phone ? 0.44 : 0.3;
	const labelWidth = Math.round(Math.min(big ? 360 : 280, Math.max(130, width * share)));
	const stroke: [number, number] = big ? [2.5, 12] : phone ? [1.25, 6] : [1.5, 9];
	// Nested lanes a thickest line plus a hair apart: lines never overlap, nor their targets at the arcs' crowns.
	const laneGap = stroke[1] + 2;
	return { rowHeight, labelWidth, stroke, laneGap, hitWidth: laneGap, inset: 10 };
}
