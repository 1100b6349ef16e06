import { describe, expect, test } from 'vitest';
import { fitsInside, placeLabel, placeRowLabels } from '$lib/timeline/labels';

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
		const modes = { right: 0, left: 0, none: 0, inside: 0 };
		// The free room on each side varies on its own, so every outcome comes up.
		for (let right = 0; right < 200; right += 7)
			for (let left = 0; left < 200; left += 7) {
				const input = { ...base, x0: 200, x1: 220, width: 60, nextX0: 220 + right, prevX1: 200 - left };
				const out = placeLabel(input);
				modes[out.mode]++;
				if (out.mode === 'right') expect(out.x + 60).toBeLessThanOrEqual(input.nextX0);
				if (out.mode === 'left') expect(out.x).toBeGreaterThanOrEqual(input.prevX1);
			}
		// A placer that never placed anything would pass the checks above: it must place on both sides.
		expect(modes.right).toBeGreaterThan(100);
		expect(modes.left).toBeGreaterThan(100);
		expect(modes.none).toBeGreaterThan(0);
	});
});

describe("a name inside a bar with a reign never crosses the reign's edge", () => {
	// Life 0–400; the reign's place varies.
	test.each([
		['fits in the reign: light text on it', [150, 260], 90, { mode: 'inside', x: 154, solid: true }],
		['too long for the reign, fits the thin part before it', [150, 260], 130, { mode: 'inside', x: 4 }],
		['fits only the thin part after it', [60, 200], 150, { mode: 'inside', x: 204 }],
		['fits no one stretch, though the whole bar is long enough: beside', [150, 260], 160, { mode: 'right', x: 404 }]
	] as const)('%s', (_name, solid, width, expected) => {
		expect(placeLabel({ ...base, x0: 0, x1: 400, solid, width })).toEqual(expected);
	});

	test('every inside placement lies wholly in one stretch', () => {
		for (let r0 = 0; r0 <= 380; r0 += 19)
			for (let len = 3; r0 + len <= 400; len += 23)
				for (const width of [20, 60, 120, 200]) {
					const solid = [r0, r0 + len] as const;
					const p = placeLabel({ ...base, x0: 0, x1: 400, width, solid });
					if (p.mode !== 'inside') continue;
					const end = p.x + width;
					const inReign = p.x >= solid[0] && end <= solid[1];
					const inThin = end <= solid[0] || p.x >= solid[1];
					expect(inReign || inThin).toBe(true);
					expect(!!p.solid).toBe(inReign);
				}
	});

	test('row packing assumes the same rule', () => {
		expect(fitsInside(0, 400, 90, [150, 260])).toBe(true);
		expect(fitsInside(0, 400, 160, [150, 260])).toBe(false);
		expect(fitsInside(0, 400, 160)).toBe(true);
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

test('beside the bar, the first candidate from besideFrom that fits; shorter ones for tight spots', () => {
	// Candidates: name with years (200), name (120), short name (70); the next bar leaves 100 px to the right.
	const bar = { x0: 100, x1: 110, widths: [200, 120, 70], besideFrom: 1 };
	const roomy = placeRowLabels([bar, { x0: 400, x1: 420, widths: [10] }], 0, 1000);
	expect(roomy[0]).toEqual({ place: { mode: 'right', x: 114 }, choice: 1 });
	const tight = placeRowLabels([bar, { x0: 210, x1: 220, widths: [10] }], 0, 1000);
	expect(tight[0]).toEqual({ place: { mode: 'right', x: 114 }, choice: 2 });
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
