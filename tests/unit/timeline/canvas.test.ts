import { describe, expect, test } from 'vitest';
import type { EventKind } from '$lib/domain/types';
import { clusterMarks, type Mark } from '$lib/timeline/clusters';
import { ALPHA, INK, KIND_STYLE, LANE_COLORS } from '$lib/styles/palette';
import { drawAxis, drawMarks } from '$lib/timeline/canvas/band.canvas';
import { drawLanes, type LanesPaint } from '$lib/timeline/canvas/lanes.canvas';
import { layoutLanes, personSpan } from '$lib/timeline/lanes';
import { parseHistDate } from '$lib/domain/dates';
import type { Person } from '$lib/domain/types';
import { timelineScene, sceneBars } from '$lib/timeline/scene';
import type { Selection } from '$lib/timeline/selection';
import { sizesFor } from '$lib/timeline/sizes';
import { rowSizes } from '$lib/timeline/fit';
import { bandItems, laneRows } from '$lib/timeline/view-model';

/** What a recording context saw: each fill or stroke with its place (translate applied), colour and alpha. */
interface Op {
	op: 'fill' | 'text' | 'stroke';
	x: number;
	y: number;
	color: string;
	alpha: number;
	text?: string;
	/** Width of a filled rectangle. */
	w?: number;
}

/** A 2D context that records what is filled and stroked where (jsdom has no canvas). */
function recorder() {
	const ops: Op[] = [];
	const fills: Op[] = [];
	let tx = 0;
	let ty = 0;
	// The first point of the current path, and a rectangle's width.
	let at: { x: number; y: number; w?: number } = { x: 0, y: 0 };
	const stack: [number, number, number][] = [];
	const push = (o: Op) => {
		ops.push(o);
		if (o.op !== 'stroke') fills.push(o);
	};
	const ctx = {
		fillStyle: '' as unknown,
		strokeStyle: '',
		globalAlpha: 1,
		lineWidth: 1,
		font: '',
		textAlign: 'left',
		textBaseline: 'alphabetic',
		lineJoin: 'miter',
		letterSpacing: '0px',
		save() {
			stack.push([tx, ty, ctx.globalAlpha]);
		},
		restore() {
			[tx, ty, ctx.globalAlpha] = stack.pop()!;
		},
		translate(x: number, y: number) {
			tx += x;
			ty += y;
		},
		beginPath() {
			at = { x: 0, y: 0 };
		},
		moveTo(x: number, y: number) {
			at = { x, y };
		},
		lineTo() {},
		arc() {},
		rect() {},
		clip() {},
		roundRect(x: number, y: number, w: number) {
			at = { x, y, w };
		},
		fill() {
			push({ op: 'fill', x: tx + at.x, y: ty + at.y, w: at.w, color: String(ctx.fillStyle), alpha: ctx.globalAlpha });
		},
		fillRect(x: number, y: number, w: number) {
			push({ op: 'fill', x: tx + x, y: ty + y, w, color: String(ctx.fillStyle), alpha: ctx.globalAlpha });
		},
		fillText(text: string, x: number, y: number) {
			push({ op: 'text', x: tx + x, y: ty + y, color: String(ctx.fillStyle), alpha: ctx.globalAlpha, text });
		},
		stroke() {
			push({ op: 'stroke', x: tx + at.x, y: ty + at.y, color: ctx.strokeStyle, alpha: ctx.globalAlpha });
		},
		strokeText() {},
		setLineDash() {},
		createLinearGradient() {
			return { addColorStop() {} };
		}
	};
	return { ctx: ctx as unknown as CanvasRenderingContext2D, fills, ops };
}

globalThis.Path2D ??= class {} as unknown as typeof Path2D;

const mark = (id: string, pos: number): Mark => ({ id, pos, start: pos, stop: pos, ranged: false, order: 0 });
const kinds: Record<string, EventKind> = { a: 'treaty', b: 'embassy', c: 'conflict', d: 'letter', e: 'law', f: 'law' };
const none: Selection = {
	event: null,
	linkedEvents: new Set(),
	person: null,
	linkedPeople: new Set(),
	parties: new Set(),
	focusEvent: null,
	focusPerson: null
};
const paint = {
	r: 8,
	font: 14,
	kind: (id: string) => kinds[id],
	circa: () => false,
	theme: { font: 'sans-serif', focus: '#c2410c', panel: '#fff' }
};

describe('drawMarks', () => {
	const items = bandItems(
		clusterMarks(
			[mark('a', 0), mark('b', 50), mark('c', 100), mark('d', 100.1), mark('e', 100.2), mark('f', 100.3)],
			1,
			5
		),
		(p) => p * 2,
		30,
		20
	);

	test('each mark is filled in its kind colour at its place; a crowd becomes one count badge', () => {
		const { ctx, fills } = recorder();
		drawMarks(ctx, items, new Map([['a', { text: 'Title a', width: 40, side: 'right' as const }]]), none, paint);
		const at = (x: number) => fills.filter((f) => f.x === x && f.op === 'fill').map((f) => f.color);
		expect(at(0)).toEqual([KIND_STYLE.treaty.color]);
		expect(at(100)).toEqual([KIND_STYLE.embassy.color]);
		// Four marks near 200 px: one dark badge with the count written on it.
		expect(fills.filter((f) => f.text === '4')).toHaveLength(1);
		expect(fills.some((f) => f.text === 'Title a')).toBe(true);
		expect(fills.some((f) => f.text === 'Title b')).toBe(false);
	});

	test('with a selection, the marks not linked to it fade', () => {
		const { ctx, fills } = recorder();
		drawMarks(ctx, items, new Map(), { ...none, event: 'b', linkedEvents: new Set() }, paint);
		const alphaAt = (x: number) => fills.find((f) => f.x === x && f.op === 'fill')!.alpha;
		expect(alphaAt(100)).toBe(1);
		expect(alphaAt(0)).toBeLessThan(0.5);
	});
});

const sizes = sizesFor(1000, 'explore');
const sceneAt = (from: number, to: number) =>
	timelineScene(
		{
			span: { from, to },
			width: 1000,
			sizes,
			locale: 'en',
			marks: [],
			maxRange: 0,
			bandTop: 60,
			rowStep: 22,
			featuredRows: 0,
			stackRows: 3,
			canvasThreshold: 1500,
			eras: [{ id: 'kk', start: 1500, stop: 1800, row: 0, color: '#2f6f8f', circa: false }],
			title: () => '',
			titleWidth: () => 0,
			names: () => [],
			polityWidth: () => 40,
			overscan: 0
		},
		{ k: 1, x: 0 }
	);

describe('drawAxis', () => {
	test('the axis band, a grid line per tick and each label at its tick, in the SVG axis colours', () => {
		const scene = sceneAt(1500, 1700);
		const { ctx, ops } = recorder();
		drawAxis(ctx, scene, { width: 1000, height: 120, axisHeight: 28, font: 13 }, paint.theme);
		expect(ops[0]).toMatchObject({ op: 'fill', x: 0, y: 0, w: 1000, color: INK.axisBg });
		const labels = ops.filter((o) => o.op === 'text');
		expect(labels.map((o) => o.text)).toEqual(scene.ticks.filter((t) => t.label).map((t) => t.label));
		expect(labels.every((o) => o.color === INK.axisLabel && o.y === 14)).toBe(true);
		// 1560 sits at 30 % of 1500–1700: its label starts 4 px right of its line.
		expect(labels.find((o) => o.text === '1560')!.x).toBeCloseTo(304, 5);
		const grid = ops.filter((o) => o.op === 'stroke' && o.color === INK.grid);
		expect(grid).toHaveLength(scene.ticks.length);
	});
});

describe('drawLanes', () => {
	const person = (id: string, role: Person['role'], born: number, died: number, reign?: [number, number]): Person => ({
		id,
		texts: { kk: { title: id, summary: '', html: '', file: '' } },
		sources: [],
		further: [],
		role,
		born: parseHistDate(born),
		died: parseHistDate(died),
		reign: reign && [parseHistDate(reign[0]), parseHistDate(reign[1])],
		circa: false,
		events: []
	});
	const spans = [
		person('abulkhair', 'khan', 1680, 1748, [1718, 1748]),
		person('tole', 'biy', 1663, 1756),
		person('ablai', 'khan', 1711, 1781, [1771, 1781])
	].map((p) => personSpan(p)!);
	const scene = sceneAt(1600, 1800);
	const lanes = layoutLanes(spans, () => 60, { from: 1600, pxPerYear: 5 }, sizes.rowHeight, sizes.font + 4);
	const lanesTop = 20;
	const input = {
		lanes,
		rows: laneRows(lanes),
		lanesTop,
		rowHeight: sizes.rowHeight,
		width: 1000,
		personLabels: (id: string) => ({ texts: [id], widths: [50] }),
		nameScale: 1,
		nameStart: () => 0
	};
	const bars = sceneBars(input, scene);
	const paintLanes: LanesPaint = {
		width: 1000,
		height: 300,
		lanes,
		lanesTop,
		eras: [{ id: 'kk', start: 1500, stop: 1800, row: 0, color: '#2f6f8f', circa: false }],
		eraRow: 14,
		erasOpen: true,
		row: rowSizes(sizes, sizes.rowHeight),
		font: sizes.font,
		theme: paint.theme,
		laneNames: new Map(lanes.map((l) => [l.id, { text: `LANE ${l.id.toUpperCase()}`, baseline: sizes.font }])),
		polityName: () => 'Kazakh Khanate',
		guide: null
	};

	test('lane backgrounds alternate, each lane is named, each reign is a bar in its lane colour', () => {
		const { ctx, ops } = recorder();
		drawLanes(ctx, scene, bars, none, paintLanes);
		const backgrounds = ops.filter((o) => o.op === 'fill' && o.w === 1000 && o.y >= lanesTop);
		expect(backgrounds.map((o) => [o.y, o.color])).toEqual([
			[lanesTop + lanes[0].y, INK.laneBg],
			[lanesTop + lanes[1].y, INK.laneBgAlt]
		]);
		expect(ops.filter((o) => o.text?.startsWith('LANE')).map((o) => o.text)).toEqual(['LANE RULERS', 'LANE BIYS']);
		// Abulkhair's reign starts in 1718: 590 px into 1600–1800 at 5 px a year.
		const reign = ops.find((o) => o.op === 'fill' && o.color === LANE_COLORS.rulers.reign && Math.abs(o.x - 590) < 1);
		expect(reign).toBeDefined();
		expect(ops.filter((o) => o.op === 'text' && ['abulkhair', 'tole', 'ablai'].includes(o.text!))).toHaveLength(3);
		// The polity strip in its own colour, named.
		expect(ops.some((o) => o.op === 'fill' && o.color === '#2f6f8f' && o.alpha === ALPHA.era)).toBe(true);
		expect(ops.some((o) => o.text === 'Kazakh Khanate')).toBe(true);
	});

	test('a selected event dims the people not in it and tints the lanes with its parties', () => {
		const { ctx, ops } = recorder();
		const sel = { ...none, event: 'e', linkedPeople: new Set(['tole']), parties: new Set(['kk']) };
		drawLanes(ctx, scene, bars, sel, paintLanes);
		const nameAlpha = (id: string) => ops.find((o) => o.text === id)!.alpha;
		expect(nameAlpha('tole')).toBe(1);
		expect(nameAlpha('abulkhair')).toBe(ALPHA.dimPerson);
		expect(ops.some((o) => o.op === 'fill' && o.color === '#2f6f8f' && o.alpha === ALPHA.eraTint)).toBe(true);
		expect(ops.some((o) => o.op === 'fill' && o.color === '#2f6f8f' && o.alpha === ALPHA.eraParty)).toBe(true);
	});
});
