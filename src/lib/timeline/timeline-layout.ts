/**
 * The timeline's fixed geometry for one layout: the events band's rows, the lanes packed at
 * the layout's zoom, the era strips, and the scene input both renderers lay out from. Pure.
 */
import type { ContentModel } from '$lib/domain/types';
import type { Locale } from '$lib/i18n/locales';
import { MAX_STACK, type Mark } from './clusters';
import { layoutLanes, type LaneLayout } from './lanes';
import type { NavModel } from './navigation';
import type { LanesInput, SceneInput } from './scene';
import type { Sizes } from './sizes';
import type { TimelineData } from './timeline-data';
import type { TimelineTexts } from './texts';
import { laneRows, layoutEras, type EraBar, type LaneRows } from './view-model';

export interface LayoutInput {
	data: TimelineData;
	polities: ContentModel['polities'];
	texts: TimelineTexts;
	sizes: Sizes;
	locale: Locale;
	width: number;
	/**
	 * The px per year lanes and eras are packed at: one per doubling of the zoom (lanes.ts
	 * packingScale), so rows stay put while the reader pans and zooms within it.
	 */
	packPxPerYear: number;
	canvasThreshold: number;
}

export interface TimelineLayout {
	sizes: Sizes;
	width: number;
	/** Top of the first row of marks, the band's height and the distance between stacked rows. */
	bandTop: number;
	bandHeight: number;
	rowStep: number;
	lanes: LaneLayout[];
	rows: LaneRows;
	eras: EraBar[];
	eraRow: number;
	/** Top of the first lane, under the era strips, and the height of the whole lanes drawing. */
	lanesTop: number;
	lanesHeight: number;
	sceneInput: SceneInput;
}

export function timelineLayout(input: LayoutInput): TimelineLayout {
	const { data, sizes, width, texts } = input;
	const rowStep = sizes.markRadius * 2 + 6;
	// Room under the axis for the band's name, then the rows of marks.
	const bandTop = sizes.axisHeight + sizes.font + sizes.markRadius + 2;
	const bandHeight = sizes.axisHeight + sizes.font + MAX_STACK * rowStep + 4;
	const packAt = { from: data.span.from, pxPerYear: input.packPxPerYear };
	const lanes = layoutLanes(data.shownSpans, texts.nameWidth, packAt, sizes.rowHeight, sizes.font + 4);
	const eraRow = sizes.font;
	const eras = layoutEras(input.polities, data.span, packAt);
	const lanesTop = 2 + eras.rows * eraRow + (eras.rows ? 6 : 0);
	const last = lanes.at(-1);
	return {
		sizes,
		width,
		bandTop,
		bandHeight,
		rowStep,
		lanes,
		rows: laneRows(lanes),
		eras: eras.bars,
		eraRow,
		lanesTop,
		lanesHeight: lanesTop + (last ? last.y + last.height : 0),
		sceneInput: {
			span: data.span,
			width,
			sizes,
			locale: input.locale,
			marks: data.marks,
			maxRange: data.maxRange,
			bandTop,
			rowStep,
			canvasThreshold: input.canvasThreshold,
			eras: eras.bars,
			titleWidth: texts.titleWidth,
			polityWidth: texts.polityWidth,
			// The SVG lays out half a screen past each edge, so a pan has something to show.
			overscan: 0.6
		}
	};
}

/** The people part of the scene: `yRange` is the part of the lanes drawing scrolled into view. */
export function lanesInput(layout: TimelineLayout, texts: TimelineTexts, yRange: [number, number]): LanesInput {
	return {
		lanes: layout.lanes,
		rows: layout.rows,
		lanesTop: layout.lanesTop,
		rowHeight: layout.sizes.rowHeight,
		width: layout.width,
		personLabels: texts.personLabels,
		yRange
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
