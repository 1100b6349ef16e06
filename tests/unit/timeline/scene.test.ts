import { describe, expect, test } from 'vitest';
import type { Mark } from '$lib/timeline/clusters';
import type { LaneLayout, PersonSpan } from '$lib/timeline/lanes';
import { transformFor } from '$lib/timeline/scale';
import { axisLabelX, sceneBars, timelineScene, type LanesInput, type SceneInput } from '$lib/timeline/scene';
import { sizesFor } from '$lib/timeline/sizes';
import { laneRows } from '$lib/timeline/view-model';

const mark = (id: string, pos: number, stop = pos): Mark => ({
	id,
	pos,
	start: pos,
	stop,
	ranged: stop !== pos,
	order: 0
});
const span = { from: 1400, to: 2000 };
const width = 1200;
const sizes = sizesFor(width, 'explore');

function input(marks: Mark[], over: Partial<SceneInput> = {}): SceneInput {
	return {
		span,
		width,
		sizes,
		locale: 'en',
		marks,
		maxRange: Math.max(0, ...marks.map((m) => m.stop - m.start)),
		bandTop: 60,
		rowStep: 22,
		featuredRows: 0,
		stackRows: 3,
		canvasThreshold: 1500,
		eras: [],
		title: (id) => `Title ${id}`,
		titleWidth: () => 40,
		names: (id) => [`Title ${id}`],
		polityWidth: () => 60,
		overscan: 0,
		...over
	};
}

describe('timelineScene', () => {
	test('at the whole span, marks sit where the scale puts them and the axis ticks every 50 years', () => {
		const s = timelineScene(input([mark('a', 1500), mark('b', 1800)]), { k: 1, x: 0 });
		expect(s.win.from).toBeCloseTo(1400);
		expect(s.win.to).toBeCloseTo(2000);
		const xs = s.items.map((it) => (it.type === 'mark' ? [it.mark.id, Math.round(it.x)] : null));
		expect(xs).toEqual([
			['a', 200],
			['b', 800]
		]);
		expect([s.level.unit, s.level.step]).toEqual(['year', 50]);
		expect(s.mode).toBe('svg');
	});

	test('zooming in spreads a crowd into separate marks; zooming out folds it into a count', () => {
		const crowd = Array.from({ length: 8 }, (_, i) => mark(`e${i}`, 1700 + i * 0.5));
		const wide = timelineScene(input(crowd), { k: 1, x: 0 });
		expect(wide.items.filter((it) => it.type === 'count')).toHaveLength(1);
		const near = timelineScene(input(crowd), transformFor(span, width, { from: 1699, to: 1705 }));
		expect(near.items.every((it) => it.type === 'mark')).toBe(true);
		expect(near.items).toHaveLength(8);
		expect(near.level.unit).not.toBe('century');
	});

	test('only what is in view (plus the overscan) is laid out', () => {
		const marks = [mark('early', 1450), mark('mid', 1700), mark('late', 1950)];
		const at = transformFor(span, width, { from: 1650, to: 1750 });
		const tight = timelineScene(input(marks), at);
		expect(tight.items.map((it) => it.type === 'mark' && it.mark.id)).toEqual(['mid']);
		// The SVG lays out half a screen more either side so a pan can slide it.
		const padded = timelineScene(input(marks, { overscan: 0.6 }), at);
		expect(padded.drawWin.from).toBeCloseTo(1650 - 60);
		expect(padded.drawWin.to).toBeCloseTo(1750 + 60);
	});

	test('a range that starts left of the view still draws its span', () => {
		const s = timelineScene(input([mark('war', 1600, 1720)]), transformFor(span, width, { from: 1700, to: 1750 }));
		expect(s.spans).toHaveLength(1);
		expect(s.spans[0].x0).toBeLessThan(0);
		expect(s.spans[0].x1).toBeGreaterThan(0);
	});

	test('past the canvas threshold the band is painted, and titles are left out', () => {
		const marks = Array.from({ length: 40 }, (_, i) => mark(`m${i}`, 1410 + i * 14));
		expect(timelineScene(input(marks), { k: 1, x: 0 }).labelled.size).toBeGreaterThan(0);
		const dense = timelineScene(input(marks, { canvasThreshold: 10 }), { k: 1, x: 0 });
		expect(dense.mode).toBe('canvas');
		expect(dense.labelled.size).toBe(0);
	});
});

describe('the selected event', () => {
	test.each([0, 2])(
		'is never folded into a count, even when others share its date (%i featured rows)',
		(featuredRows) => {
			// Five events of the same year: no zoom can part them.
			const same = Array.from({ length: 5 }, (_, i) => mark(`e${i}`, 1512));
			const at = transformFor(span, width, { from: 1511.9, to: 1512.1 });
			const before = timelineScene(input(same, { stackRows: 1, featuredRows }), at);
			expect(before.items.some((it) => it.type === 'mark' && it.mark.id === 'e3')).toBe(false);
			const after = timelineScene(input(same, { stackRows: 1, featuredRows, selected: 'e3' }), at);
			const own = after.items.filter((it) => it.type === 'mark' && it.mark.id === 'e3');
			expect(own).toHaveLength(1);
			// And it is counted nowhere else.
			for (const it of after.items)
				if (it.type === 'count') expect(it.cluster.marks.map((mk) => mk.id)).not.toContain('e3');
		}
	);
});

describe('sceneBars', () => {
	const person = (id: string, start: number, stop: number): PersonSpan => ({
		id,
		lane: 'rulers',
		start,
		stop,
		life: [start, stop],
		attested: false,
		softStart: false,
		softEnd: false
	});
	const lanes: LaneLayout[] = [
		{
			id: 'rulers',
			y: 0,
			rowsTop: 20,
			rows: 2,
			height: 68,
			collapsed: false,
			people: [
				{ span: person('a', 1500, 1560), row: 0 },
				{ span: person('b', 1700, 1760), row: 0 },
				{ span: person('c', 1510, 1570), row: 1 }
			]
		}
	];
	const lanesInput = (nameScale = 1): LanesInput => ({
		lanes,
		rows: laneRows(lanes),
		lanesTop: 10,
		rowHeight: 24,
		width,
		personLabels: (id) => ({ texts: [`Person ${id}`], widths: [60] }),
		nameScale,
		nameStart: () => 0
	});

	test('bars in view get their row, their extent and a placed name', () => {
		const s = timelineScene(input([]), transformFor(span, width, { from: 1480, to: 1600 }));
		const bars = sceneBars(lanesInput(), s);
		expect(bars.map((b) => [b.span.id, b.y])).toEqual([
			['a', 30],
			['c', 54]
		]);
		expect(bars[0].x1 - bars[0].x0).toBeCloseTo(600);
		expect(bars[0].place.mode).toBe('inside');
		expect(bars[0].text).toBe('Person a');
	});

	test('rows too thin for names: every bar still drawn, no name written', () => {
		const s = timelineScene(input([]), transformFor(span, width, { from: 1480, to: 1600 }));
		const bars = sceneBars(lanesInput(0), s);
		expect(bars.map((b) => b.span.id)).toEqual(['a', 'c']);
		expect(bars.every((b) => b.place.mode === 'none')).toBe(true);
	});

	test('a folded lane draws its bars without names', () => {
		const s = timelineScene(input([]), transformFor(span, width, { from: 1480, to: 1600 }));
		const folded = { ...lanesInput(), lanes: lanes.map((l) => ({ ...l, collapsed: true })) };
		folded.rows = laneRows(folded.lanes);
		expect(sceneBars(folded, s).every((b) => b.place.mode === 'none')).toBe(true);
	});
});

describe('featured events in the band', () => {
	test('a featured event is never folded into a count: it has a row of its own, and its name', () => {
		const crowd = Array.from({ length: 6 }, (_, i) => mark(`e${i}`, 1700 + i * 0.5));
		crowd[2] = { ...crowd[2], featured: true };
		const s = timelineScene(input(crowd, { featuredRows: 2, stackRows: 1 }), { k: 1, x: 0 });
		const featured = s.items.find((it) => it.type === 'mark' && it.mark.id === 'e2');
		expect(featured).toMatchObject({ row: 0, y: 60 });
		expect(s.labelled.get('e2')).toMatchObject({ text: 'Title e2', side: 'right' });
		// The other five: one count in the row under the featured rows.
		const counts = s.items.filter((it) => it.type === 'count');
		expect(counts).toHaveLength(1);
		expect(counts[0]).toMatchObject({ row: 2, y: 60 + 2 * 22 });
		expect(counts[0].type === 'count' && counts[0].cluster.marks.map((mk) => mk.id)).toEqual([
			'e0',
			'e1',
			'e3',
			'e4',
			'e5'
		]);
	});

	test('without featured rows a featured event is a mark like the others', () => {
		const crowd = Array.from({ length: 6 }, (_, i) => mark(`e${i}`, 1700 + i * 0.5, 1700 + i * 0.5));
		crowd[2] = { ...crowd[2], featured: true };
		const s = timelineScene(input(crowd), { k: 1, x: 0 });
		expect(s.items.filter((it) => it.type === 'count')).toHaveLength(1);
		expect(s.items.some((it) => it.type === 'mark' && it.mark.id === 'e2')).toBe(false);
	});
});

describe('axisLabelX', () => {
	const x = (p: number) => (p - 1400) * 2;
	test('a century is named in the middle of its visible part, or not at all when too narrow', () => {
		const t = { pos: 1501, labelPos: 1550.5, label: 'XVI c.', anchor: 'middle' as const, major: false, end: 1601 };
		expect(axisLabelX(t, x, 1200, 13)).toBeCloseTo((202 + 402) / 2);
		// Only 40 px of it on screen: no room for the name.
		expect(axisLabelX(t, x, 242, 13)).toBeNull();
	});
	test('a year is written just right of its tick', () => {
		const t = { pos: 1700, labelPos: 1700, label: '1700', anchor: 'start' as const, major: false };
		expect(axisLabelX(t, x, 1200, 13)).toBe(604);
	});
});
