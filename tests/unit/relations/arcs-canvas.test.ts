import { describe, expect, test } from 'vitest';
import { actsOf } from '$lib/relations/acts';
import { arcDiagram, arcLanes, polityOrder } from '$lib/relations/arc-layout';
import { arcAt, crosses, drawArcs, type ArcContext } from '$lib/relations/arcs.canvas';
import { networkOf } from '$lib/relations/network';
import { EVENTS, POLITIES } from './fixtures';

const acts = actsOf(EVENTS);
const order = polityOrder(POLITIES, acts);
const relations = networkOf(acts, null).relations;
const { arcs } = arcDiagram(order, relations, arcLanes(relations, order), {
	rowHeight: 30,
	width: 400,
	inset: 8,
	laneGap: 11,
	stroke: [1.5, 9]
});
const arc = (key: string) => arcs.find((a) => a.key === key)!;

/** A 2D context that records what is drawn, with the alpha and colour at the time. */
function recorder() {
	const calls: { op: string; alpha: number; color: string; args: number[] }[] = [];
	const ctx = {
		globalAlpha: 1,
		strokeStyle: '',
		fillStyle: '',
		lineWidth: 1
	} as Record<string, unknown>;
	for (const op of [
		'beginPath',
		'ellipse',
		'moveTo',
		'lineTo',
		'closePath',
		'stroke',
		'fill',
		'clearRect',
		'setTransform'
	])
		ctx[op] = (...args: number[]) =>
			calls.push({ op, alpha: ctx.globalAlpha as number, color: ctx.strokeStyle as string, args });
	return { ctx: ctx as unknown as ArcContext, calls };
}

describe('arcs on a canvas', () => {
	test('every arc in the band is stroked once; the band is shifted to the canvas top', () => {
		const { ctx, calls } = recorder();
		drawArcs(ctx, arcs, null, 2, 400, [0, 180]);
		expect(calls.filter((c) => c.op === 'stroke')).toHaveLength(arcs.length);
		expect(calls.filter((c) => c.op === 'fill')).toHaveLength(arcs.filter((a) => a.directed).length);
		expect(calls[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, -0] });
	});

	test('arcs outside the band on screen are not drawn', () => {
		const { ctx, calls } = recorder();
		// Rows 4 and 5 (qing, empire) only: the Muscovy–Khanate arcs (rows 0–1) lie above.
		drawArcs(ctx, arcs, null, 1, 400, [125, 180]);
		const drawn = calls.filter((c) => c.op === 'ellipse').length;
		expect(drawn).toBe(arcs.filter((a) => crosses(a, 125, 180)).length);
		expect(drawn).toBeLessThan(arcs.length);
		expect(calls[0].args.at(-1)).toBe(-125);
	});

	test('a selected arc is drawn last and at full strength, the others faded', () => {
		const { ctx, calls } = recorder();
		drawArcs(ctx, arcs, 'kazakh|qing|embassy', 1, 400, [0, 180]);
		const strokes = calls.filter((c) => c.op === 'stroke');
		expect(strokes.at(-1)).toMatchObject({ alpha: 1, color: '#0072B2' });
		expect(strokes.slice(0, -1).every((c) => c.alpha === 0.22)).toBe(true);
	});

	test.each([
		['on an arc’s crown', 'kazakh|qing|embassy', 0, 0, 'kazakh|qing|embassy'],
		['a few px outside its crown', 'kazakh|qing|embassy', 4, 0, 'kazakh|qing|embassy'],
		['far right of everything', 'kazakh|qing|embassy', 200, 0, null],
		['on the conflict with the Dzungars', 'dzungar|kazakh|conflict', 0, 0, 'dzungar|kazakh|conflict']
	])('a pointer %s hits %s', (_, key, dx, dy, expected) => {
		const a = arc(key);
		expect(arcAt(arcs, a.apex[0] + dx, a.apex[1] + dy, 5)).toBe(expected);
	});

	test('between two nested arcs the nearer one is hit', () => {
		const inner = arc('muscovy|kazakh|embassy');
		const outer = arc('kazakh|muscovy|embassy');
		const gap = outer.apex[0] - inner.apex[0];
		// A tolerance wide enough for both: the nearer wins, whichever comes first.
		expect(arcAt(arcs, inner.apex[0] + gap * 0.3, inner.apex[1], 12)).toBe(inner.key);
		expect(arcAt(arcs, inner.apex[0] + gap * 0.7, inner.apex[1], 12)).toBe(outer.key);
	});
});
