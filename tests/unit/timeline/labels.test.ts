import { describe, expect, test } from 'vitest';
import { placeLabel, placeRowLabels } from '$lib/timeline/labels';

const base = { nextX0: Infinity, prevX1: -Infinity, viewX0: 0, viewX1: 1000 };

describe('placeLabel', () => {
	test.each([
		['fits inside', { x0: 100, x1: 300, width: 80 }, 'inside', 104],
		['inside the visible part of a bar running off the left edge', { x0: -500, x1: 300, width: 80 }, 'inside', 4],
		['too short: beside on the right', { x0: 100, x1: 120, width: 80 }, 'right', 124],
		['right blocked by the next bar: left', { x0: 300, x1: 320, width: 80, nextX0: 340, prevX1: 100 }, 'left', 216],
		['both sides blocked: no label', { x0: 300, x1: 320, width: 80, nextX0: 340, prevX1: 250 }, 'none', 300],
		['off the right edge: no right label, left if free', { x0: 998, x1: 1010, width: 40 }, 'left', 954]
	] as const)('%s', (_name, input, mode, x) => {
		const out = placeLabel({ ...base, ...input });
		expect(out.mode).toBe(mode);
		expect(out.x).toBe(x);
	});

	test('a placed label never overlaps its neighbours', () => {
		for (let gap = 0; gap < 200; gap += 7) {
			const input = { ...base, x0: 200, x1: 220, width: 60, nextX0: 220 + gap, prevX1: 200 - gap };
			const out = placeLabel(input);
			if (out.mode === 'right') expect(out.x + 60).toBeLessThanOrEqual(input.nextX0);
			if (out.mode === 'left') expect(out.x).toBeGreaterThanOrEqual(input.prevX1);
		}
	});
});

describe('placeRowLabels', () => {
	test('a label placed left never covers the label placed right of the bar before it', () => {
		// Bar A is short: its name goes right. Bar B is short too: its name may not go left over A's name.
		const out = placeRowLabels(
			[
				{ x0: 100, x1: 110, widths: [60] },
				{ x0: 250, x1: 260, widths: [60] }
			],
			0,
			1000
		);
		expect(out[0].place).toEqual({ mode: 'right', x: 114 });
		expect(out[1].place.mode).toBe('right');
		const tight = placeRowLabels(
			[
				{ x0: 100, x1: 110, widths: [60] },
				{ x0: 200, x1: 210, widths: [60] },
				{ x0: 215, x1: 230, widths: [60] }
			],
			0,
			1000
		);
		expect(tight[0].place.mode).toBe('right');
		// B: right is blocked by C, left is blocked by A's label (114..174 + pad): no label.
		expect(tight[1].place.mode).toBe('none');
		expect(tight[2].place.mode).toBe('right');
	});

	test('the longer text is used only when it fits inside; beside, the short one', () => {
		const out = placeRowLabels(
			[
				{ x0: 0, x1: 400, widths: [200, 80] },
				{ x0: 500, x1: 520, widths: [200, 80] }
			],
			0,
			1000
		);
		expect(out.map((o) => [o.place.mode, o.choice])).toEqual([
			['inside', 0],
			['right', 1]
		]);
	});
});

describe('labels stay with their bars', () => {
	test('a bar ending off the left edge gets no name beside it', () => {
		expect(
			placeLabel({ x0: -300, x1: -12, width: 80, nextX0: Infinity, prevX1: -Infinity, viewX0: 0, viewX1: 1000 }).mode
		).toBe('none');
	});
	test('a bar starting off the right edge gets no name on its left', () => {
		expect(
			placeLabel({ x0: 1010, x1: 1200, width: 80, nextX0: Infinity, prevX1: -Infinity, viewX0: 0, viewX1: 1000 }).mode
		).toBe('none');
	});
});
