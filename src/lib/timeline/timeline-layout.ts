/**
 * The timeline's geometry for one layout: how the stage's height is shared (fit.ts), the
 * lanes packed and stacked at the layout's zoom, the polities, and the scene input both
 * renderers lay out from. Pure.
 */
import type { ContentModel } from '$lib/domain/types';
import { laneLabel, type LaneId } from '$lib/i18n/labels';
import type { Locale } from '$lib/i18n/locales';
import type { Mark } from './clusters';
import { fitTimeline, rowHeightFor, rowSizes, type Fit, type RowSizes, type Toggle } from './fit';
import { packLanes, packingScale, positionLanes, type LaneLayout } from './lanes';
import type { NavModel } from './navigation';
import { pxPerYear, transformFor, zoomedScale } from './scale';
import { placeFeatured } from './featured';
import type { LanesInput, SceneInput } from './scene';
import type { Sizes } from './sizes';
import type { TimelineData } from './timeline-data';
import { textWidth } from './text';
import type { TimelineTexts } from './texts';
import { laneRows, layoutEras, type EraBar, type LaneRows } from './view-model';

export interface FitInput {
	data: TimelineData;
	polities: ContentModel['polities'];
	texts: TimelineTexts;
	sizes: Sizes;
	width: number;
	/** The stage's height, null before it is measured. */
	height: number | null;
	eras: Toggle;
	foreign: Toggle;
	erasByDefault: boolean;
}

/**
 * How the stage is shared. Decided once for the first view (the overview), so that zooming
 * never folds or unfolds a part of the timeline; only row heights follow the zoom.
 */
export function fitFor(input: FitInput): Fit & { eras: Fit['eras'] & { bars: EraBar[] } } {
	const { data, texts, width } = input;
	const k = transformFor(data.span, width, data.overview).k;
	const first = { from: data.span.from, pxPerYear: packingScale(pxPerYear(data.span, width, k)) };
	const labelled = packLanes(data.shownSpans, texts.nameWidth, first, { labelled: true });
	const bare = packLanes(data.shownSpans, texts.nameWidth, first, { labelled: false });
	const eras = layoutEras(input.polities, data.span, first);
	const fit = fitTimeline({
		featuredRowsNeeded: featuredRowsNeeded(data, texts, input.sizes, width),
		height: input.height,
		sizes: input.sizes,
		lanes: labelled.map((l, i) => ({ id: l.id, labelled: l.rows, bare: bare[i].rows })),
		eraRows: eras.rows,
		featured: data.marks.some((mk) => mk.featured),
		eras: input.eras,
		foreign: input.foreign,
		erasByDefault: input.erasByDefault
	});
	return { ...fit, eras: { ...fit.eras, bars: eras.bars } };
}

/** The fewest featured rows (2 to 4) in which every featured event gets a name at the first view. */
export function featuredRowsNeeded(data: TimelineData, texts: TimelineTexts, sizes: Sizes, width: number): number {
	const featured = data.marks.filter((mk) => mk.featured);
	const x = zoomedScale(data.span, width, transformFor(data.span, width, data.overview));
	const o = { r: sizes.markRadius, viewWidth: width, font: sizes.font - 1, names: texts.eventNames };
	for (let rows = 2; rows < 4; rows++)
		if (placeFeatured(featured, x, { ...o, rows }).every((f) => f.label)) return rows;
	return 4;
}

export interface LayoutInput {
	data: TimelineData;
	texts: TimelineTexts;
	sizes: Sizes;
	locale: Locale;
	width: number;
	fit: ReturnType<typeof fitFor>;
	/**
	 * The px per year lanes are packed at: one per doubling of the zoom (lanes.ts
	 * packingScale), so rows stay put while the reader pans and zooms within it.
	 */
	packPxPerYear: number;
	canvasThreshold: number;
	/**
	 * Whether the reader has reached for the timeline (TimelineView.engaged): until then (the
	 * prerendered HTML, the render that hydrates it) only the visible window is drawn, which halves
	 * the HTML and the work of hydrating it; a pan needs the overscan only later.
	 */
	live?: boolean;
}

export interface TimelineLayout {
	sizes: Sizes;
	width: number;
	fit: Fit;
	/** The y of the first row of marks, the band's height and the distance between rows of marks. */
	bandTop: number;
	bandHeight: number;
	rowStep: number;
	lanes: LaneLayout[];
	rows: LaneRows;
	/** Each lane's name as written (a folded lane says how many it holds), its baseline below the lane's top, and where it ends. */
	laneNames: Map<LaneId, { text: string; baseline: number; end: number }>;
	/** Row height and the sizes of what is drawn in a row. */
	row: RowSizes;
	eras: EraBar[];
	/** A polity's row: a named strip when open, a thin line when folded. */
	eraRow: number;
	erasOpen: boolean;
	/** Top of the first lane, under the polities, and the height of the whole lanes drawing. */
	lanesTop: number;
	lanesHeight: number;
	sceneInput: SceneInput;
}

export function timelineLayout(input: LayoutInput): TimelineLayout {
	const { data, sizes, width, texts, fit } = input;
	const packs = packLanes(
		data.shownSpans,
		texts.nameWidth,
		{ from: data.span.from, pxPerYear: input.packPxPerYear },
		{ labelled: fit.lanes.labelled, collapsed: fit.lanes.foreignCollapsed ? ['foreign'] : [] }
	);
	const g = fit.lanes.geometry;
	const row = rowSizes(
		sizes,
		rowHeightFor(
			packs.map((p) => p.rows),
			fit.lanes.available,
			g,
			sizes.rowHeight
		)
	);
	const lanes = positionLanes(packs, { ...g, rowHeight: row.rowHeight });
	const lanesTop = fit.eras.height;
	const last = lanes.at(-1);
	const nameFont = sizes.font - 3;
	const laneNames = new Map(
		lanes.map((l) => {
			const text = (laneLabel(l.id) + (l.collapsed ? ` · ${l.people.length}` : '')).toLocaleUpperCase(input.locale);
			// Bold capitals with 0.04em letter-spacing, and a gap after.
			const end = 6 + textWidth(text, nameFont, true) + text.length * 0.04 * nameFont + 8;
			return [l.id, { text, baseline: g.header ? sizes.font : sizes.font - 2, end }];
		})
	);
	const band = fit.band;
	return {
		sizes,
		width,
		fit,
		bandTop: band.top,
		bandHeight: band.height,
		rowStep: band.rowStep,
		lanes,
		rows: laneRows(lanes),
		laneNames,
		row,
		eras: fit.eras.bars,
		eraRow: fit.eras.row,
		erasOpen: fit.eras.open,
		lanesTop,
		lanesHeight: lanesTop + (last ? last.y + last.height : 0),
		sceneInput: {
			span: data.span,
			width,
			sizes,
			locale: input.locale,
			marks: data.marks,
			maxRange: data.maxRange,
			bandTop: band.top,
			rowStep: band.rowStep,
			featuredRows: band.featuredRows,
			stackRows: band.stackRows,
			canvasThreshold: input.canvasThreshold,
			eras: fit.eras.named ? fit.eras.bars : [],
			title: texts.eventTitle,
			titleWidth: texts.titleWidth,
			names: texts.eventNames,
			polityWidth: texts.polityWidth,
			// The SVG lays out half a screen past each edge, so a pan has something to show.
			overscan: input.live === false ? 0 : 0.6
		}
	};
}

/** The people part of the scene. */
export function lanesInput(layout: TimelineLayout, texts: TimelineTexts): LanesInput {
	return {
		lanes: layout.lanes,
		rows: layout.rows,
		lanesTop: layout.lanesTop,
		rowHeight: layout.row.rowHeight,
		width: layout.width,
		personLabels: texts.personLabels,
		nameScale: layout.row.names ? layout.row.font / layout.sizes.font : 0,
		// A lane's name over its first row: names there start after it.
		nameStart: (lane) => (layout.fit.lanes.geometry.header ? 0 : (layout.laneNames.get(lane.id)?.end ?? 0))
	};
}

/** Keyboard order: events in time order, then the lanes top to bottom, each person by start. */
export function navModel(layout: Pick<TimelineLayout, 'lanes'>, marks: Mark[]): NavModel {
	return {
		events: marks.map((mk) => ({ id: mk.id, pos: mk.pos })),
		lanes: layout.lanes.map((l) => ({
			people: [...l.people]
				.sort((a, b) => a.span.start - b.span.start)
				.map((p) => ({ id: p.span.id, start: p.span.start, stop: p.span.stop }))
		}))
	};
}

/** How the stage was shared, in a word or two each (a test and debugging hook): "F2S1 bare over 18px". */
export function fitSummary(layout: TimelineLayout): string {
	const { band, lanes } = layout.fit;
	return [
		`F${band.featuredRows}S${band.stackRows}`,
		layout.erasOpen ? 'eras-open' : 'eras-folded',
		lanes.foreignCollapsed ? 'foreign-folded' : 'foreign-open',
		lanes.labelled ? 'labelled' : 'bare',
		lanes.geometry.header ? 'above' : 'over',
		`${layout.row.rowHeight}px`,
		`rows:${layout.lanes.map((l) => l.rows).join('/')}`
	].join(' ');
}
