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
	// Beside only when the bar's end is on screen: a name floating away from its bar misleads.
	if (x1 + pad + width + pad <= nextX0 && x1 + pad + width <= viewX1 && x1 >= viewX0)
		return { mode: 'right', x: x1 + pad };
	const left = x0 - pad - width;
	if (left - pad >= prevX1 && left >= viewX0 && x0 <= viewX1) return { mode: 'left', x: left };
	return { mode: 'none', x: x0 };
}

/** One bar of a row for placeRowLabels, left to right. */
export interface RowBar {
	x0: number;
	x1: number;
	/** Label widths to try, longest first (e.g. name with years, then the name alone). */
	widths: number[];
}

/**
 * Places the labels of one row left to right, so a label never lands on a label placed
 * before it: each bar sees the previous bar's label end as the edge of its free space.
 * Returns, per bar, the placement and which width (index into `widths`) was used.
 */
export function placeRowLabels(
	bars: RowBar[],
	viewX0: number,
	viewX1: number,
	pad = 4
): { place: LabelPlacement; choice: number }[] {
	let prevEnd = -Infinity;
	return bars.map((bar, i) => {
		const nextX0 = i + 1 < bars.length ? bars[i + 1].x0 : Infinity;
		let best: { place: LabelPlacement; choice: number } = { place: { mode: 'none', x: bar.x0 }, choice: -1 };
		for (let c = 0; c < bar.widths.length; c++) {
			const place = placeLabel({
				x0: bar.x0,
				x1: bar.x1,
				width: bar.widths[c],
				nextX0,
				prevX1: prevEnd,
				viewX0,
				viewX1,
				pad
			});
			// The longer text is only worth it inside the bar; beside it the short one reads better.
			if (place.mode === 'inside' || (place.mode !== 'none' && c === bar.widths.length - 1)) {
				best = { place, choice: c };
				break;
			}
			if (place.mode !== 'none' && best.choice < 0) best = { place, choice: c };
		}
		const labelEnd =
			best.place.mode === 'none' || best.place.mode === 'inside' ? -Infinity : best.place.x + bar.widths[best.choice];
		prevEnd = Math.max(bar.x1, labelEnd);
		return best;
	});
}
