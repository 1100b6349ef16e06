import { describe, expect, it } from 'vitest';
import { curveLeg, curvedRoute, fromMercator, toMercator } from '../../../src/lib/map/curves';
import type { LonLat } from '../../../src/lib/map/basemap-region';

const close = (a: number, b: number, eps = 1e-6) => Math.abs(a - b) < eps;

describe('Web Mercator round trip', () => {
	it.each<[string, LonLat]>([
		['Turkestan', [68.25, 43.3]],
		['Beijing', [116.4, 39.9]],
		['Jeddah', [39.2, 21.5]],
		['St Petersburg', [30.3, 59.9]],
		['origin', [0, 0]]
	])('%s survives projection and back', (_, p) => {
		const back = fromMercator(toMercator(p));
		expect(close(back[0], p[0])).toBe(true);
		expect(close(back[1], p[1])).toBe(true);
	});

	it('puts north up (y grows southwards)', () => {
		expect(toMercator([0, 50])[1]).toBeLessThan(toMercator([0, 10])[1]);
	});
});

describe('curveLeg', () => {
	const cases: { name: string; a: LonLat; b: LonLat; side: 'north' | 'south' | 'east' | 'west' }[] = [
		// Travelling east, the left of travel is north; travelling west, it is south.
		{ name: 'eastward bows north', a: [60, 45], b: [80, 45], side: 'north' },
		{ name: 'westward bows south', a: [80, 45], b: [60, 45], side: 'south' },
		{ name: 'northward bows west', a: [70, 40], b: [70, 55], side: 'west' },
		{ name: 'southward bows east', a: [70, 55], b: [70, 40], side: 'east' }
	];
	it.each(cases)('$name, starts and ends exactly at the stops', ({ a, b, side }) => {
		const line = curveLeg(a, b, 0.2, 20);
		expect(line).toHaveLength(21);
		expect(line[0]).toEqual(a);
		expect(line[20]).toEqual(b);
		const mid = line[10];
		if (side === 'north') expect(mid[1]).toBeGreaterThan(a[1] + 1);
		if (side === 'south') expect(mid[1]).toBeLessThan(a[1] - 1);
		if (side === 'west') expect(mid[0]).toBeLessThan(a[0] - 0.5);
		if (side === 'east') expect(mid[0]).toBeGreaterThan(a[0] + 0.5);
	});

	it('is straight with no bend', () => {
		const line = curveLeg([60, 45], [80, 45], 0, 10);
		for (const [, lat] of line) expect(close(lat, 45, 1e-4)).toBe(true);
	});

	it('moves steadily from start to end (no loops back)', () => {
		const line = curveLeg([50, 50], [110, 40], 0.25, 30);
		for (let i = 1; i < line.length; i++) expect(line[i][0]).toBeGreaterThan(line[i - 1][0]);
	});

	it('collapses a zero-length leg to one point', () => {
		expect(curveLeg([68, 43], [68, 43])).toEqual([[68, 43]]);
	});
});

describe('curvedRoute', () => {
	it.each<[string, LonLat[], number]>([
		['no stops', [], 0],
		['one stop', [[68, 43]], 1],
		[
			'two stops',
			[
				[68, 43],
				[55, 51.8]
			],
			25
		],
		[
			'three stops share joints',
			[
				[68, 43],
				[55, 51.8],
				[37.6, 55.75]
			],
			49
		]
	])('%s gives %i points', (_, stops, n) => {
		const line = curvedRoute(stops, 0.18, 24);
		expect(line).toHaveLength(n);
		if (stops.length > 1) {
			expect(line[0]).toEqual(stops[0]);
			expect(line[line.length - 1]).toEqual(stops[stops.length - 1]);
			expect(line[24]).toEqual(stops[1]);
		}
	});
});
