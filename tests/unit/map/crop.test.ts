import { describe, expect, it } from 'vitest';
import { STATIC_SIZE } from '../../../src/lib/map/basemap-region';
import { cropBox, cropSvg, cropUrl, parseCropName, type FrameGeometry } from '../../../src/lib/map/crop';

/** Every coordinate pair of a path written by cropSvg, made absolute again. */
function points(d: string): [number, number][] {
	const out: [number, number][] = [];
	for (const sub of d.split(/(?=M)/).filter(Boolean)) {
		const nums = sub
			.replace(/[Mlz]/g, ' ')
			.trim()
			.split(/\s+|(?=-)/)
			.map(Number);
		let x = nums[0],
			y = nums[1];
		out.push([x, y]);
		for (let i = 2; i + 1 < nums.length; i += 2) {
			x += nums[i];
			y += nums[i + 1];
			out.push([x, y]);
		}
	}
	return out;
}

const pathD = (svg: string, n: number) => [...svg.matchAll(/<path d="([^"]*)"/g)][n][1];
const viewBoxOf = (svg: string) =>
	svg
		.match(/viewBox="0 0 (\d+) (\d+)"/)!
		.slice(1)
		.map(Number);

/** A wiggly coast: a circle of 2,000 points around (cx, cy). */
function circle(cx: number, cy: number, r: number, n = 2000): number[] {
	const flat: number[] = [];
	for (let i = 0; i <= n; i++) {
		const a = (i / n) * 2 * Math.PI;
		flat.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
	}
	return flat;
}

describe('cropBox', () => {
	it('adds a margin around the view and stays inside the frame', () => {
		const box = cropBox({ x: 100, y: 100, width: 260, height: 195 }, 'region');
		expect(box.x).toBeLessThan(100);
		expect(box.y).toBeLessThan(100);
		expect(box.x + box.width).toBeGreaterThan(360);
		expect(box.y + box.height).toBeGreaterThan(295);
		const edge = cropBox({ x: 0, y: 0, width: 1200, height: 780 }, 'region');
		expect(edge).toEqual({ x: 0, y: 0, width: STATIC_SIZE.region.width, height: STATIC_SIZE.region.height });
	});
});

describe('crop names', () => {
	it('round-trips a box through its file name', () => {
		const box = cropBox({ x: 240.1, y: 72.5, width: 260, height: 195 }, 'region');
		const url = cropUrl('region', box);
		expect(url).toMatch(/^\/basemap\/locator\/region-\d+-\d+-\d+-\d+\.svg$/);
		expect(parseCropName(url.split('/').pop()!)).toEqual({ frame: 'region', box });
	});

	it.each(['region.svg', 'moon-1-2-3-4.svg', 'region-1-2-0-4.svg', 'wide-0-0-99999-10.svg', 'region-1-2-3-4.png'])(
		'refuses %s',
		(name) => expect(parseCropName(name)).toBeNull()
	);
});

describe('cropSvg', () => {
	const geometry: FrameGeometry = {
		land: [circle(300, 300, 200), circle(1000, 700, 20)],
		lakes: [circle(300, 300, 30)],
		rivers: [[0, 300, 600, 300]]
	};
	// The box catches the big circle's east coast (and none of the lake or the island).
	const box = { x: 400, y: 250, width: 200, height: 150 };
	const svg = cropSvg(geometry, box);
	const [w, h] = viewBoxOf(svg);

	it('keeps only what lies in the box, cut to it', () => {
		const land = points(pathD(svg, 0));
		expect(land.length).toBeGreaterThan(3);
		for (const [x, y] of land) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(w);
			expect(y).toBeLessThanOrEqual(h);
		}
		// The far island is outside: one ring only.
		expect(pathD(svg, 0).match(/M/g)).toHaveLength(1);
		// The river crosses the box from edge to edge.
		const river = points(pathD(svg, 2));
		expect(river[0][0]).toBe(0);
		expect(river[river.length - 1][0]).toBe(w);
	});

	it('simplifies to what the drawn size can show, and stays small', () => {
		// About 250 of the circle's 2,000 points fall in the box; a few dozen draw the arc at 1,100 px.
		const kept = points(pathD(svg, 0)).length;
		expect(kept).toBeLessThan(60);
		expect(svg.length).toBeLessThan(2000);
	});

	it('places the kept coast where it was, to within a grid step', () => {
		// Points away from the cut edges lie on the circle.
		const step = box.width / w;
		const land = points(pathD(svg, 0)).map(([x, y]) => [box.x + x * step, box.y + y * step]);
		const onArc = land.filter(
			([x, y]) => x > box.x + 1 && y > box.y + 1 && x < box.x + box.width - 1 && y < box.y + box.height - 1
		);
		expect(onArc.length).toBeGreaterThan(3);
		for (const [x, y] of onArc) expect(Math.abs(Math.hypot(x - 300, y - 300) - 200)).toBeLessThan(2 * step + 0.2);
	});
});
