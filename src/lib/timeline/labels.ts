/**
 * Where a bar's name goes: inside the bar when it fits, otherwise beside it on the right
 * (space the row packing reserved), else on the left if there is room, else nowhere (the
 * name stays available to screen readers and in the card). Pure: px in, placement out.
 */

export interface LabelPlacement {
	mode: 'inside' | 'right' | 'left' | 'none';
	/** x of the label's start (text-anchor start). */
	x: number;
}

export interface LabelInput {
	/** The bar's extent on screen, px. */
	x0: number;
	x1: number;
	/** Estimated text width, px. */
	width: number;
	/** Free space: where the next bar in the row starts and where the previous ends. */
	nextX0: number;
	prevX1: number;
	/** The visible part of the row, px. */
	viewX0: number;
	viewX1: number;
	pad?: number;
}

export function placeLabel({ x0, x1, width, nextX0, prevX1, viewX0, viewX1, pad = 4 }: LabelInput): LabelPlacement {
	// Inside: in the visible part of the bar, so a long reign keeps its name on screen.
	const visible0 = Math.max(x0, viewX0);
	const visible1 = Math.min(x1, viewX1);
	if (visible1 - visible0 >= width + 2 * pad) return { mode: 'inside', x: visible0 + pad };
	if (x1 + pad + width + pad <= nextX0 && x1 + pad < viewX1) return { mode: 'right', x: x1 + pad };
	const left = x0 - pad - width;
	if (left - pad >= prevX1 && left >= viewX0) return { mode: 'left', x: left };
	return { mode: 'none', x: x0 };
}
