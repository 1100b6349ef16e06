import { describe, expect, test } from 'vitest';
import { KIND_STYLE } from '$lib/styles/palette';
import type { EventKind } from '$lib/domain/types';
import { clusterMarks, type Mark } from '$lib/timeline/clusters';
import { drawMarks } from '$lib/timeline/canvas/band.canvas';
import type { Selection } from '$lib/timeline/selection';
import { bandItems } from '$lib/timeline/view-model';

/** A 2D context that records what is filled where (jsdom has no canvas). */
function recorder() {
	const fills: { x: number; y: number; color: string; alpha: number; text?: string }[] = [];
	let tx = 0;
	let ty = 0;
	const stack: [number, number, number][] = [];
	const ctx = {
		fillStyle: '',
		strokeStyle: '',
		globalAlpha: 1,
		lineWidth: 1,
		font: '',
		textAlign: 'left',
		textBaseline: 'alphabetic',
		lineJoin: 'miter',
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
		fill() {
			fills.push({ x: tx, y: ty, color: String(ctx.fillStyle), alpha: ctx.globalAlpha });
		},
		fillText(text: string, x: number, y: number) {
			fills.push({ x: tx + x, y: ty + y, color: String(ctx.fillStyle), alpha: ctx.globalAlpha, text });
		},
		stroke() {},
		strokeText() {},
		beginPath() {},
		arc() {},
		setLineDash() {}
	};
	return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
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
	title: (id: string) => `Title ${id}`,
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
		drawMarks(ctx, items, new Map([['a', 40]]), none, paint);
		const at = (x: number) => fills.filter((f) => f.x === x && !f.text).map((f) => f.color);
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
		const alphaAt = (x: number) => fills.find((f) => f.x === x && !f.text)!.alpha;
		expect(alphaAt(100)).toBe(1);
		expect(alphaAt(0)).toBeLessThan(0.5);
	});
});
