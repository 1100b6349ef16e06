/**
 * Everything the timeline draws at one zoom transform, computed in one pure pass: axis ticks,
 * event marks (stacks, counts, spans, which titles fit), person bars with their names placed,
 * and era labels. The SVG renders the scene at rest; the motion canvas renders a fresh scene
 * every frame while the reader zooms or pans. Both read the same numbers, so the switch
 * between them is invisible.
 */
import type { Locale } from '$lib/i18n/locales';
import type { TimeWindow } from '$lib/domain/types';
import { clusterMarks, drawnMarks, renderMode, visibleClusters, type Mark } from './clusters';
import { placeFeatured, type MarkLabel } from './featured';
import { pxPerYear, windowOf, zoomedScale, type ZoomLike } from './scale';
import type { Sizes } from './sizes';
import { textWidth } from './text';
import { chooseLevel, minorLevel, sampleLabel, ticksFor, type Tick, type TickLevel } from './ticks';
import type { LabelPlacement } from './labels';
import type { LaneLayout } from './lanes';
import {
	bandItems,
	eraLabelPlacements,
	laneBars,
	markLabels,
	type BandItem,
	type EraBar,
	type LaneBar,
	type LaneRows,
	type PersonLabels
} from './view-model';

/** What does not change while the reader zooms: the data and the fixed geometry. */
export interface SceneInput {
	span: TimeWindow;
	width: number;
	sizes: Sizes;
	locale: Locale;
	/** Event marks in date order (filters applied). */
	marks: Mark[];
	/** The longest ranged event, in years (ranges starting left of the view still show). */
	maxRange: number;
	/** Top of the first row of marks and the distance between stacked rows. */
	bandTop: number;
	rowStep: number;
	/**
	 * Rows for featured events (named, never counted) above the rest, and rows a crowd of the
	 * rest may stack in before it becomes a count. Without featured rows featured events are
	 * marks like any other.
	 */
	featuredRows: number;
	stackRows: number;
	/** The selected event: like a featured one, never folded into a count (it may share its date with others). */
	selected?: string | null;
	canvasThreshold: number;
	eras: EraBar[];
	title: (eventId: string) => string;
	titleWidth: (eventId: string) => number;
	/** A featured event's names to try beside its mark, longest first. */
	names: (eventId: string) => string[];
	polityWidth: (polityId: string) => number;
	/**
	 * How far past each edge to lay out, as a share of the width: the SVG lays out half a
	 * screen more so a pan can slide it; a canvas redrawn every frame needs none.
	 */
	overscan: number;
}

export interface MarkSpan {
	id: string;
	x0: number;
	x1: number;
	y: number;
	ranged: boolean;
}

export interface Scene {
	x: (pos: number) => number;
	pxPerYear: number;
	/** The visible window. */
	win: TimeWindow;
	/** What is laid out: the window plus the overscan. */
	drawWin: TimeWindow;
	level: TickLevel;
	ticks: Tick[];
	minor: Tick[];
	items: BandItem[];
	drawn: number;
	mode: 'svg' | 'canvas';
	spans: MarkSpan[];
	/** Marks whose name is written beside them, and how. */
	labelled: Map<string, MarkLabel>;
	eraLabels: Map<string, LabelPlacement>;
}

export function timelineScene(input: SceneInput, at: ZoomLike): Scene {
	const { span, width: w, sizes, locale } = input;
	const x = zoomedScale(span, w, at);
	const ppy = pxPerYear(span, w, at.k);
	const win = windowOf(span, w, at);
	const pad = (w * input.overscan) / ppy;
	const drawWin = { from: win.from - pad, to: win.to + pad };

	const level = chooseLevel(ppy, locale, sizes.axisFont);
	const minorOf = minorLevel(level, ppy);
	const ticks = ticksFor(level, drawWin, locale, (textWidth(sampleLabel(level, locale), sizes.axisFont) + 8) / ppy);
	const minor = minorOf ? ticksFor(minorOf, drawWin, locale) : [];

	const r = sizes.markRadius;
	const markPad = (r * 3) / ppy;
	const from = drawWin.from - markPad - input.maxRange;
	const to = drawWin.to + markPad;
	const { featuredRows: fRows, stackRows, selected } = input;
	const named = (mk: Mark) => (fRows > 0 && mk.featured) || mk.id === selected;
	const rest = input.marks.filter((mk) => !named(mk));
	const visible = visibleClusters(clusterMarks(rest, ppy, sizes.clusterGap), from, to);
	const featured = placeFeatured(
		input.marks.filter((mk) => named(mk) && mk.stop >= from && mk.start <= to),
		x,
		{ rows: Math.max(1, fRows), r, viewWidth: w, font: sizes.font - 1, names: input.names }
	);
	const items: BandItem[] = [
		...featured.map((f): BandItem => ({
			type: 'mark',
			mark: f.mark,
			x: f.x,
			y: input.bandTop + f.row * input.rowStep,
			row: f.row
		})),
		...bandItems(visible, x, input.bandTop, input.rowStep, stackRows, fRows)
	];
	const drawn = drawnMarks(visible, stackRows) + featured.length;
	const mode = renderMode(drawn, input.canvasThreshold);
	const spans = markSpans(items, x, r, w);
	// Titles beside marks only while marks are few enough for SVG; a dense canvas band has none.
	const labelled = new Map<string, MarkLabel>();
	if (mode === 'svg') {
		for (const [id, width] of markLabels(items.slice(featured.length), input.titleWidth, r, w))
			labelled.set(id, { text: input.title(id), width, side: 'right' });
		for (const f of featured) if (f.label) labelled.set(f.mark.id, f.label);
	}
	const eraLabels = eraLabelPlacements(input.eras, x, w, input.polityWidth);

	return { x, pxPerYear: ppy, win, drawWin, level, ticks, minor, items, drawn, mode, spans, labelled, eraLabels };
}

/** The people part, fixed for a layout: the lanes, their rows and the names to place. */
export interface LanesInput {
	lanes: LaneLayout[];
	rows: LaneRows;
	/** Top of the first lane inside the lanes drawing. */
	lanesTop: number;
	rowHeight: number;
	width: number;
	/** Name candidates (with years, then alone) and their widths, per person. */
	personLabels: (id: string) => PersonLabels;
	/** Names' type size against the size their widths were measured at; 0: no names (rows too thin). */
	nameScale: number;
	/** Where names may start in a lane's first row (its name may sit over it). */
	nameStart: (lane: LaneLayout) => number;
}

export function sceneBars(input: LanesInput, scene: Pick<Scene, 'x' | 'drawWin'>): LaneBar[] {
	return laneBars(
		input.lanes,
		scene.x,
		scene.drawWin,
		input.width,
		input.personLabels,
		input.lanesTop,
		input.rowHeight,
		input.rows,
		input.nameScale,
		input.nameStart
	);
}

/** Spans: ranges always, single dates when the zoom shows their year or month as wider than a mark. */
export function markSpans(items: BandItem[], x: (pos: number) => number, r: number, width: number): MarkSpan[] {
	const out: MarkSpan[] = [];
	for (const it of items) {
		if (it.type !== 'mark') continue;
		const x0 = x(it.mark.start);
		const x1 = x(it.mark.stop);
		if (!it.mark.ranged && x1 - x0 < r * 2.5) continue;
		out.push({
			id: it.mark.id,
			x0: Math.max(-width, x0),
			x1: Math.min(2 * width, x1),
			y: it.y,
			ranged: it.mark.ranged
		});
	}
	return out;
}

/**
 * Where an axis label goes: an interval's name (century, millennium) in the middle of the part
 * of it on screen, left out when that part is narrower than the name; an instant's beside its
 * tick.
 */
export function axisLabelX(t: Tick, x: (pos: number) => number, width: number, font: number): number | null {
	if (t.anchor !== 'middle' || t.end === undefined) return x(t.labelPos) + 4;
	const a = Math.max(x(t.pos), 0);
	const b = Math.min(x(t.end), width);
	if (!t.label || b - a < textWidth(t.label, font) + 8) return null;
	return (a + b) / 2;
}
