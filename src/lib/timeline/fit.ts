/**
 * Fitting the timeline to the height it is given. The events band, the polities and the lanes
 * share the stage; every lane stays in view at once. When the comfortable layout does not fit,
 * it gives way one step at a time, and rows shrink before anything disappears:
 *   1. the polities fold into a thin strip (unless the reader opened them),
 *   2. the foreign lane folds into one summary row (unless the reader opened it),
 *   3. crowds of events stack in two rows, not three,
 *   4. lanes stop reserving room for names beside short bars (fewer rows),
 *   5. crowds of events become counts at once (one row),
 *   6. lane names sit over the lanes instead of above them, the polities' strip thins,
 *   7. featured events share fewer rows of names (three, then two), as long as each keeps room
 *      for its name at the first view.
 * The first step at which names still fit in the rows wins; if none does, the first whose
 * bars fit, and names move to tooltips; only if the bars still do not fit do featured events
 * give up rows their names need. Polities the reader opened take at most
 * ERAS_SHARE of the stage; their rows thin (and lose their names) to stay within it. Pure.
 */
import type { LaneId } from '$lib/i18n/labels';
import { laneHeight, type LaneGeometry } from './lanes';
import type { Sizes } from './sizes';

/** A reader's choice, or the timeline's. */
export type Toggle = 'open' | 'closed' | 'auto';

export interface FitLane {
	id: LaneId;
	/** Rows the lane needs with room for names beside short bars, and with bars alone. */
	labelled: number;
	bare: number;
}

export interface FitRequest {
	/** Height of the stage in px; null when not known yet (before layout): the comfortable layout. */
	height: number | null;
	sizes: Sizes;
	lanes: FitLane[];
	/** Rows the polities need when open. */
	eraRows: number;
	/** Featured events are shown: they get rows of their own. */
	featured: boolean;
	/** The fewest rows in which every featured event has room for its name at the first view (2 to 4). */
	featuredRowsNeeded?: number;
	eras: Toggle;
	foreign: Toggle;
	/** Whether polities are open when left to the timeline and there is room (not in kiosk or presenter mode). */
	erasByDefault: boolean;
}

export interface BandFit {
	featuredRows: number;
	stackRows: number;
	/** Distance between rows of marks, the y of row 0, the band's height. */
	rowStep: number;
	top: number;
	height: number;
}

export interface Fit {
	band: BandFit;
	/** Open (rows) or folded (a strip); a row's height; whether the rows are tall enough for names. */
	eras: { open: boolean; row: number; height: number; named: boolean };
	lanes: {
		labelled: boolean;
		foreignCollapsed: boolean;
		geometry: Omit<LaneGeometry, 'rowHeight'>;
		/** Height left for the lanes. */
		available: number;
	};
	/** The stage's height when everything is comfortable: what it asks for in a box that does not set one. */
	natural: number;
}

interface Step {
	featuredRows: number;
	stackRows: number;
	erasOpen: boolean;
	foreignCollapsed: boolean;
	labelled: boolean;
	header: boolean;
}

/** A polity's line in the folded strip: thinner once lanes are tight. */
const stripRow = (s: Step) => (s.header ? 2 : 1);

/** Rows thinner than this show nothing; past it the lanes would overflow. */
export const MIN_ROW = 3;

export function bandFit(sizes: Sizes, featuredRows: number, stackRows: number): BandFit {
	const rowStep = sizes.markRadius * 2 + 6;
	return {
		featuredRows,
		stackRows,
		rowStep,
		// Room under the axis for the band's name, then the rows of marks.
		top: sizes.axisHeight + sizes.font + sizes.markRadius + 2,
		height: sizes.axisHeight + sizes.font + (featuredRows + stackRows) * rowStep + 4
	};
}

/** The share of the stage open polities may take. */
export const ERAS_SHARE = 0.45;

/** `stage`: the stage's height, when known (open polities take at most ERAS_SHARE of it). */
export function erasFit(
	sizes: Sizes,
	rows: number,
	open: boolean,
	strip = 2,
	stage: number | null = null
): Fit['eras'] {
	if (!rows) return { open, row: 0, height: 0, named: false };
	const most = stage === null ? sizes.font : Math.floor((stage * ERAS_SHARE - 8) / rows);
	const row = open ? Math.max(4, Math.min(sizes.font, most)) : strip;
	// A polity's name is set three px below the timeline's type, smaller in a thinner row, never under 9 px.
	return { open, row, height: 2 + rows * row + (open ? 6 : 4), named: open && row >= 11 };
}

/** The smallest type a name may shrink to, and the least row height that carries it. */
export function nameSizes(sizes: Sizes): { minFont: number; minRow: number } {
	const minFont = Math.max(10, sizes.font - 3);
	return { minFont, minRow: minFont + 5 };
}

function geometryOf(sizes: Sizes, header: boolean): Omit<LaneGeometry, 'rowHeight'> {
	// Over the lane, the name's capitals (three px below the type size) need the lane's top few px.
	return header ? { header: sizes.font + 4, pad: 4 } : { header: 0, pad: 1, minBody: sizes.font - 2 };
}

/** The tallest row (up to the comfortable one) at which lanes of these rows fit `available` px. */
export function rowHeightFor(
	rows: number[],
	available: number,
	g: Omit<LaneGeometry, 'rowHeight'>,
	full: number
): number {
	const total = (rowHeight: number) => rows.reduce((sum, r) => sum + laneHeight(r, { ...g, rowHeight }), 0);
	if (total(full) <= available) return full;
	let lo = MIN_ROW;
	let hi = full;
	if (total(lo) > available) return MIN_ROW;
	for (let i = 0; i < 20; i++) {
		const mid = (lo + hi) / 2;
		if (total(mid) <= available) lo = mid;
		else hi = mid;
	}
	return Math.floor(lo * 4) / 4;
}

export function fitTimeline(req: FitRequest): Fit {
	const { sizes } = req;
	const first: Step = {
		featuredRows: req.featured ? 4 : 0,
		stackRows: 3,
		erasOpen: req.eras === 'open' || (req.eras === 'auto' && req.erasByDefault),
		foreignCollapsed: req.foreign === 'closed',
		labelled: true,
		header: true
	};
	const steps: Step[] = [first];
	const then = (change: Partial<Step>) => steps.push({ ...steps[steps.length - 1], ...change });
	if (req.eras === 'auto') then({ erasOpen: false });
	if (req.foreign === 'auto') then({ foreignCollapsed: true });
	then({ stackRows: 2 });
	then({ labelled: false });
	then({ stackRows: 1 });
	then({ header: false });
	// Featured rows give way only down to what names them all; below that only so the bars fit.
	const needed = Math.max(2, Math.min(4, req.featuredRowsNeeded ?? 2));
	for (let f = 3; req.featured && f >= needed; f--) then({ featuredRows: f });
	const main = steps.length;
	for (let f = needed - 1; req.featured && f >= 2; f--) then({ featuredRows: f });

	const rowsOf = (s: Step) =>
		req.lanes.map((l) => (l.id === 'foreign' && s.foreignCollapsed ? 1 : s.labelled ? l.labelled : l.bare));
	const full = sizes.rowHeight;
	const layout = (s: Step) => {
		const band = bandFit(sizes, s.featuredRows, s.stackRows);
		const eras = erasFit(sizes, req.eraRows, s.erasOpen, stripRow(s), req.height);
		const geometry = geometryOf(sizes, s.header);
		const lanes = rowsOf(s);
		const natural = lanes.reduce((sum, r) => sum + laneHeight(r, { ...geometry, rowHeight: full }), 0);
		const available = req.height === null ? natural : req.height - band.height - eras.height;
		return { s, band, eras, geometry, available, natural, row: rowHeightFor(lanes, available, geometry, full) };
	};
	// What the stage asks for in a box that sets no height: never dependent on the height it gets.
	const comfortable = layout(first);
	const naturalEras = erasFit(sizes, req.eraRows, first.erasOpen, stripRow(first));
	const { minRow } = nameSizes(sizes);
	const tried = steps.map(layout);
	const fits = (t: (typeof tried)[number]) => t.s.header === false && t.row > MIN_ROW;
	// Names in the lanes if a step allows them with every featured event named; else bars
	// without names in the lanes; else fewer featured rows, so that the bars fit.
	const chosen =
		tried.slice(0, main).find((t) => t.row >= minRow) ??
		tried.slice(0, main).find(fits) ??
		tried.slice(main).find(fits) ??
		tried[tried.length - 1];
	return {
		band: chosen.band,
		eras: chosen.eras,
		lanes: {
			labelled: chosen.s.labelled,
			foreignCollapsed: chosen.s.foreignCollapsed,
			geometry: chosen.geometry,
			available: chosen.available
		},
		natural: comfortable.band.height + naturalEras.height + comfortable.natural
	};
}

/** Sizes of a lane's parts at a row height: the reign bar, the lifespan line, the names (none when they do not fit). */
export interface RowSizes {
	rowHeight: number;
	barHeight: number;
	lifeHeight: number;
	font: number;
	names: boolean;
}

export function rowSizes(sizes: Sizes, rowHeight: number): RowSizes {
	const { minFont, minRow } = nameSizes(sizes);
	const scale = rowHeight / sizes.rowHeight;
	return {
		rowHeight,
		barHeight: Math.max(2, Math.round(sizes.barHeight * scale * 2) / 2),
		lifeHeight: Math.min(6, Math.max(1.5, Math.round(6 * scale * 2) / 2)),
		font: Math.max(minFont, Math.min(sizes.font, Math.floor(rowHeight - 5))),
		names: rowHeight >= minRow
	};
}
