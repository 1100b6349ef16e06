/**
 * Where a bar's name goes: inside the bar when it fits, otherwise beside it on the right
 * (space the row packing reserved), else on the left if there is room, else nowhere (the
 * name stays available to screen readers and in the card). Pure: px in, placement out.
 *
 * A person's bar has a thick part (the reign) and thin parts (the rest of the life). A name
 * inside goes wholly in one of them, never across the edge between them: dark text over the
 * dark reign would not read. In the thick part it is drawn light (`solid`).
 */

export interface LabelPlacement {
	mode: 'inside' | 'right' | 'left' | 'none';
	/** x of the label's start (text-anchor start). */
	x: number;
	/** Inside the thick part of the bar: drawn in a light colour. */
	solid?: boolean;
}

/** The stretches of a bar a name may sit inside: the thick part first, then the thin parts before and after it. */
export function insideStretches(
	x0: number,
	x1: number,
	solid?: readonly [number, number]
): [number, number, boolean][] {
	if (!solid) return [[x0, x1, false]];
	return [
		[solid[0], solid[1], true],
		[x0, solid[0], false],
		[solid[1], x1, false]
	];
}

/** Whether a name of this width fits wholly inside one stretch of the bar (the view ignored): what row packing assumes. */
export function fitsInside(x0: number, x1: number, width: number, solid?: readonly [number, number], pad = 4): boolean {
	return insideStretches(x0, x1, solid).some(([a, b]) => b - a >= width + 2 * pad);
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
	/** The thick part of the bar, px, if it has one. */
	solid?: readonly [number, number];
	pad?: number;
}

export function placeLabel({
	x0,
	x1,
	width,
	nextX0,
	prevX1,
	viewX0,
	viewX1,
	solid,
	pad = 4
}: LabelInput): LabelPlacement {
	// Inside: in the visible part of a stretch, so a long reign keeps its name on screen.
	for (const [a, b, thick] of insideStretches(x0, x1, solid)) {
		const visible0 = Math.max(a, viewX0);
		const visible1 = Math.min(b, viewX1);
		if (visible1 - visible0 >= width + 2 * pad)
			return thick ? { mode: 'inside', x: visible0 + pad, solid: true } : { mode: 'inside', x: visible0 + pad };
	}
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
	/** The first of `widths` worth showing beside the bar (default: the last); longer ones only go inside. */
	besideFrom?: number;
	solid?: readonly [number, number];
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
				solid: bar.solid,
				pad
			});
			// The longer text is only worth it inside the bar; beside it the short one reads better.
			if (place.mode === 'inside' || (place.mode !== 'none' && c >= (bar.besideFrom ?? bar.widths.length - 1))) {
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
