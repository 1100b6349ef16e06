import { describe, expect, test } from 'vitest';
import {
	bandFit,
	erasFit,
	ERAS_SHARE,
	fitTimeline,
	MIN_ROW,
	nameSizes,
	rowHeightFor,
	rowSizes,
	type FitRequest
} from '$lib/timeline/fit';
import { laneHeight } from '$lib/timeline/lanes';
import { sizesFor } from '$lib/timeline/sizes';

const sizes = sizesFor(1280, 'explore');
/** Rows the atlas's lanes need at the widest zoom (with room for names beside bars, and bars alone). */
const lanes: FitRequest['lanes'] = [
	{ id: 'rulers', labelled: 6, bare: 5 },
	{ id: 'biys', labelled: 3, bare: 2 },
	{ id: 'batyrs', labelled: 5, bare: 3 },
	{ id: 'alash', labelled: 7, bare: 7 },
	{ id: 'diplomats', labelled: 3, bare: 3 },
	{ id: 'foreign', labelled: 12, bare: 8 }
];
const request = (over: Partial<FitRequest> = {}): FitRequest => ({
	height: null,
	sizes,
	lanes,
	eraRows: 13,
	featured: true,
	eras: 'auto',
	foreign: 'auto',
	erasByDefault: true,
	...over
});
/** What the fit chose, in a line: featured rows, stack rows, polities, foreign lane, packing, lane names. */
const shape = (req: FitRequest) => {
	const f = fitTimeline(req);
	const g = f.lanes.geometry;
	return [
		`F${f.band.featuredRows}S${f.band.stackRows}`,
		f.eras.open ? 'eras open' : 'eras folded',
		f.lanes.foreignCollapsed ? 'foreign folded' : 'foreign open',
		f.lanes.labelled ? 'labelled' : 'bare',
		g.header ? 'names above' : 'names over'
	].join(', ');
};

describe('fitTimeline: the stage shared between band, polities and lanes', () => {
	test.each<[string, Partial<FitRequest>, string]>([
		[
			'height unknown (prerendered): everything comfortable',
			{},
			'F4S3, eras open, foreign open, labelled, names above'
		],
		['room for everything', { height: 1600 }, 'F4S3, eras open, foreign open, labelled, names above'],
		[
			'a little short: the polities fold first',
			{ height: 1000 },
			'F4S3, eras folded, foreign open, labelled, names above'
		],
		['shorter: then the foreign lane', { height: 900 }, 'F4S3, eras folded, foreign folded, labelled, names above'],
		[
			'then fewer rows of events, and bars alone',
			{ height: 700 },
			'F4S2, eras folded, foreign folded, bare, names above'
		],
		[
			'a laptop strip: counts at once, names over the lanes',
			{ height: 560 },
			'F4S1, eras folded, foreign folded, bare, names over'
		],
		[
			'featured rows give way last, when that brings names back',
			{ height: 480 },
			'F2S1, eras folded, foreign folded, bare, names over'
		],
		[
			'...but not below what names every featured event',
			{ height: 480, featuredRowsNeeded: 4 },
			'F4S1, eras folded, foreign folded, bare, names over'
		],
		[
			'...unless the bars would not fit',
			{ height: 200, featuredRowsNeeded: 4 },
			'F2S1, eras folded, foreign folded, bare, names over'
		],
		[
			'kiosk or presenter: polities folded from the start',
			{ height: 1300, erasByDefault: false },
			'F4S3, eras folded, foreign open, labelled, names above'
		],
		[
			'the reader opened the foreign lane: it stays open',
			{ height: 800, foreign: 'open' },
			'F4S2, eras folded, foreign open, bare, names above'
		],
		[
			'the reader opened the polities: they stay open',
			{ height: 900, eras: 'open' },
			'F4S2, eras open, foreign folded, bare, names above'
		],
		[
			'no featured events: no rows for them',
			{ height: 640, featured: false },
			'F0S2, eras folded, foreign folded, bare, names above'
		]
	])('%s', (_name, over, expected) => {
		expect(shape(request(over))).toBe(expected);
	});

	test('the comfortable height does not depend on the height given (no layout loop in a box without one)', () => {
		const naturals = [null, 200, 400, 800, 1600].map(
			(height) => fitTimeline(request({ height, eras: 'open' })).natural
		);
		expect(new Set(naturals).size).toBe(1);
	});

	test.each([200, 260, 300, 360, 420, 480, 560, 640, 800, 1000, 1400])(
		'at %i px every part fits, and every lane keeps at least a bar’s row',
		(height) => {
			const f = fitTimeline(request({ height }));
			const rows = lanes.map((l) =>
				l.id === 'foreign' && f.lanes.foreignCollapsed ? 1 : f.lanes.labelled ? l.labelled : l.bare
			);
			const row = rowHeightFor(rows, f.lanes.available, f.lanes.geometry, sizes.rowHeight);
			const lanesHeight = rows.reduce((sum, r) => sum + laneHeight(r, { ...f.lanes.geometry, rowHeight: row }), 0);
			expect(row).toBeGreaterThanOrEqual(MIN_ROW);
			expect(row).toBeLessThanOrEqual(sizes.rowHeight);
			if (row > MIN_ROW) expect(f.band.height + f.eras.height + lanesHeight).toBeLessThanOrEqual(height);
		}
	);

	test('names go to tooltips only when no step leaves rows tall enough for them', () => {
		const { minRow } = nameSizes(sizes);
		const withNames = fitTimeline(request({ height: 520 }));
		const tight = fitTimeline(request({ height: 300 }));
		const rowAt = (f: ReturnType<typeof fitTimeline>) =>
			rowHeightFor(
				lanes.map((l) => (l.id === 'foreign' && f.lanes.foreignCollapsed ? 1 : f.lanes.labelled ? l.labelled : l.bare)),
				f.lanes.available,
				f.lanes.geometry,
				sizes.rowHeight
			);
		expect(rowAt(withNames)).toBeGreaterThanOrEqual(minRow);
		expect(rowAt(tight)).toBeLessThan(minRow);
		expect(rowSizes(sizes, rowAt(tight)).names).toBe(false);
	});
});

describe('parts of the fit', () => {
	test.each([
		[24, { rowHeight: 24, barHeight: 18, lifeHeight: 6, font: 14, names: true }],
		[16, { rowHeight: 16, barHeight: 12, lifeHeight: 4, font: 11, names: true }],
		[8, { rowHeight: 8, barHeight: 6, lifeHeight: 2, font: 11, names: false }],
		[3, { rowHeight: 3, barHeight: 2.5, lifeHeight: 1.5, font: 11, names: false }]
	])('a %i px row', (row, expected) => {
		expect(rowSizes(sizes, row)).toEqual(expected);
	});

	test.each([
		['fits at the comfortable row', [2, 3], 200, 24],
		['shrinks to fit', [5, 5], 200, 15.5],
		['never below the thinnest row', [20, 20], 50, MIN_ROW]
	] as const)('rowHeightFor: %s', (_name, rows, available, expected) => {
		expect(rowHeightFor([...rows], available, { header: 18, pad: 4 }, 24)).toBe(expected);
	});

	test('the band grows a row step per row; polities fold to a 2 px line each', () => {
		expect(bandFit(sizes, 3, 3).height - bandFit(sizes, 2, 3).height).toBe(sizes.markRadius * 2 + 6);
		expect(erasFit(sizes, 13, false).height).toBe(2 + 13 * 2 + 4);
		expect(erasFit(sizes, 13, true).height).toBe(2 + 13 * sizes.font + 6);
		expect(erasFit(sizes, 0, true).height).toBe(0);
		// Opened in a small stage: thinner rows within their share of it, named while rows carry 9 px type.
		const small = erasFit(sizes, 13, true, 2, 400);
		expect(small.height).toBeLessThanOrEqual(400 * ERAS_SHARE);
		expect(small).toMatchObject({ open: true, named: true, row: 13 });
		expect(erasFit(sizes, 13, true, 2, 300)).toMatchObject({ open: true, named: false, row: 9 });
		expect(erasFit(sizes, 13, true, 2, 1000)).toMatchObject({ row: sizes.font, named: true });
	});
});
