/**
 * Where the events band and the lanes sit inside the timeline's stage, read from the DOM once
 * when a motion starts (reading layout every frame would cost more than the paint).
 */

export interface StageGeometry {
	width: number;
	height: number;
	bandTop: number;
	lanesTop: number;
	lanesHeight: number;
	scrollTop: number;
	/** Screen px per CSS px (device pixels times any CSS zoom of a host). */
	ratio: number;
}

/** `lanes`: the lanes' box; `fallbackLanesTop`: where it would be (the band's height) before it exists. */
export function measureStage(
	stage: HTMLElement,
	lanes: HTMLElement | undefined,
	fallbackLanesTop: number
): StageGeometry {
	const box = stage.getBoundingClientRect();
	// Rects are in screen px (a host may scale the timeline with CSS zoom); the drawing is in CSS px.
	const z = box.width / Math.max(1, stage.clientWidth);
	const top = (child: Element | null | undefined, fallback: number) =>
		child ? (child.getBoundingClientRect().top - box.top) / z - stage.clientTop : fallback;
	return {
		width: stage.clientWidth,
		height: stage.clientHeight,
		bandTop: top(stage.querySelector('.band'), 0),
		lanesTop: top(lanes, fallbackLanesTop),
		lanesHeight: lanes?.clientHeight ?? 0,
		scrollTop: lanes?.scrollTop ?? 0,
		ratio: Math.min(3, (window.devicePixelRatio || 1) * z)
	};
}
