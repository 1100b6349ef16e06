/**
 * The box the timeline fills: its measured size, where it must stop on the page, and the
 * parts the reader has opened or folded (polities, foreign lane, legend in a short box).
 */
import type { Toggle as Choice } from './fit';
import type { Mode } from '$lib/domain/types';
import { fitFor, type TimelineLayout } from './timeline-layout';
import { sizesFor, type Sizes } from './sizes';
import type { Toggle } from './TimelineToolbar.svelte';
import { calibrateTextWidth } from './text';
import { partToggles } from './toggles';
import { keepEqual } from './keep-equal';
import { takeStageWidth } from './stage-before-hydration';

/**
 * The width the timeline is laid out at before it is measured: on the prerendered page (a
 * phone shows its left part until the page hydrates; a narrower width moved the laptop's page as
 * it hydrated), and in a timeline mounted after a navigation until its first measure.
 */
export const PRERENDER_WIDTH = 1024;
/** In a box lower than this (px), or too narrow for the legend's one line, the legend opens from the toolbar. */
export const COMPACT_BOX = 460;
/** In a box that sets no height the frame stops at the bottom of the screen, unless that leaves less than this. */
const MIN_CAP = 240;

export class TimelineBox {
	width = $state(0);
	/** The stage (band, polities, lanes) and the frame (toolbar, stage, legend), as laid out. */
	stageHeight = $state(0);
	frameHeight = $state(0);
	/** Where the frame must end, px from its top; null: wherever its box puts it. */
	cap = $state<number | null>(null);
	eras = $state<Choice>('auto');
	foreign = $state<Choice>('auto');
	legendOpen = $state(false);

	/** The width to lay out at (PRERENDER_WIDTH before it is measured, as on the prerendered page). */
	get w(): number {
		return Math.max(1, this.width || PRERENDER_WIDTH);
	}

	#fixedShare: () => boolean;
	#legendWidth: () => number;

	/**
	 * `fixedShare`: the page gives the timeline a fixed share of a screen (kiosk, presenter),
	 * where the legend opens from the toolbar; `legendWidth`: the legend's one line, estimated.
	 */
	constructor(fixedShare: () => boolean, legendWidth: () => number) {
		this.#fixedShare = fixedShare;
		this.#legendWidth = legendWidth;
		// The prerendered stage's width, when this timeline hydrates it.
		if (typeof document !== 'undefined') this.width = takeStageWidth();
		// Before the first layout in the browser: names are placed for the font the page shows,
		// measured on a canvas (measuring in the page would lay the whole page out mid-hydration).
		const ctx = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
		if (ctx && document.body)
			calibrateTextWidth((font, text) => {
				ctx.font = font;
				return ctx.measureText(text).width;
			}, getComputedStyle(document.body).fontFamily);
	}

	// The page measures the frame and the stage after it hydrates: sizes and a fit equal to the
	// last ones are kept as the same objects, or every mark would be laid out again.
	#keepSizes = keepEqual();
	#keepFit = keepEqual();

	/** Type and mark sizes for this box. */
	sizes(mode: Mode): Sizes {
		return this.#keepSizes(sizesFor(this.w, mode, this.frameHeight));
	}

	/** How the parts share the stage's height. */
	fit(input: Parameters<typeof fitFor>[0]): ReturnType<typeof fitFor> {
		return this.#keepFit(fitFor(input));
	}

	/** The legend opens from the toolbar instead of taking lines under the stage. */
	get compact(): boolean {
		if (this.#fixedShare() || this.#legendWidth() > this.w) return true;
		return this.frameHeight > 0 && this.frameHeight < COMPACT_BOX;
	}

	/** The frame was laid out `height` px high: where the screen ends is read with it (layout is done). */
	frameMeasured(height: number, frame: HTMLElement | undefined) {
		this.frameHeight = height;
		// Once, as the page starts (a window resize measures it again): the frame's own changes of
		// height must not move where it stops.
		if (!this.#capped) this.measureCap(frame);
		this.#capped = true;
	}
	#capped = false;

	/** The bottom of the screen, measured from the frame's place on the page. */
	measureCap(frame: HTMLElement | undefined) {
		if (!frame) return;
		const cap = window.innerHeight - (frame.getBoundingClientRect().top + window.scrollY);
		this.cap = cap >= MIN_CAP ? cap : null;
	}

	/** The toolbar's open/fold buttons for a layout. */
	toggles(layout: TimelineLayout): Toggle[] {
		const foreign = layout.lanes.find((l) => l.id === 'foreign');
		return partToggles({
			eras: layout.eras.length ? layout.erasOpen : null,
			foreign: foreign ? { open: !foreign.collapsed, count: foreign.people.length } : null,
			legend: this.compact ? this.legendOpen : null,
			onEras: (open) => (this.eras = open ? 'open' : 'closed'),
			onForeign: (open) => (this.foreign = open ? 'open' : 'closed'),
			onLegend: (open) => (this.legendOpen = open)
		});
	}
}
