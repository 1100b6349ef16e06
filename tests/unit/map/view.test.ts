import { describe, expect, it } from 'vitest';
import { contains, fitView, planSelectionMove, sameView, urlView, type MapLike } from '$lib/map/view';
import { boundsOf } from '$lib/map/bounds';
import type { Bounds, LonLat } from '$lib/map/basemap-region';

/** A fake map showing a fixed lon/lat box at a zoom, in a container of a given size. */
function fakeMap(bounds: Bounds, zoom: number, width = 1000, height = 600): MapLike {
	return {
		getBounds: () => ({
			getWest: () => bounds[0][0],
			getSouth: () => bounds[0][1],
			getEast: () => bounds[1][0],
			getNorth: () => bounds[1][1]
		}),
		getZoom: () => zoom,
		getContainer: () => ({ clientWidth: width, clientHeight: height })
	};
}

describe('boundsOf', () => {
	it.each<[string, LonLat[], Bounds | null]>([
		['nothing', [], null],
		[
			'one point',
			[[68, 43]],
			[
				[68, 43],
				[68, 43]
			]
		],
		[
			'several',
			[
				[68, 43],
				[37.6, 55.75],
				[116.4, 39.9]
			],
			[
				[37.6, 39.9],
				[116.4, 55.75]
			]
		]
	])('%s', (_, points, expected) => expect(boundsOf(points)).toEqual(expected));
});

describe('urlView', () => {
	it.each<[string, { lon: number; lat: number; zoom: number }, { lon: number; lat: number; zoom: number }]>([
		[
			'rounds to what the URL keeps',
			{ lon: 68.25049, lat: 43.29951, zoom: 4.4449 },
			{ lon: 68.25, lat: 43.3, zoom: 4.44 }
		],
		['keeps a view already at that precision', { lon: -60, lat: 40, zoom: 5 }, { lon: -60, lat: 40, zoom: 5 }]
	])('%s', (_, view, expected) => expect(urlView(view)).toEqual(expected));
});

describe('fitView', () => {
	it('centres on the box', () => {
		const v = fitView(
			[
				[60, 40],
				[80, 50]
			],
			{ width: 1000, height: 600 },
			0,
			12
		);
		expect(v.lon).toBeCloseTo(70, 3);
		expect(v.lat).toBeGreaterThan(45); // Mercator stretches the north half
		expect(v.lat).toBeLessThan(46);
	});

	it.each([
		{
			name: 'a wider box needs a lower zoom',
			small: [
				[65, 42],
				[70, 45]
			] as Bounds,
			big: [
				[40, 30],
				[110, 55]
			] as Bounds
		}
	])('$name', ({ small, big }) => {
		const size = { width: 1000, height: 600 };
		expect(fitView(big, size, 20, 12).zoom).toBeLessThan(fitView(small, size, 20, 12).zoom);
	});

	it('matches the Mercator arithmetic: 360° of longitude at zoom 0 is 512 px', () => {
		// A box spanning 45° of longitude on the equator in a 1024 px wide viewport: 1024 / (512/8) = 16 → zoom 4.
		const v = fitView(
			[
				[0, -1],
				[45, 1]
			],
			{ width: 1024, height: 4000 },
			0,
			12
		);
		expect(v.zoom).toBeCloseTo(4, 2);
	});

	it('never zooms past maxZoom for a single place', () => {
		expect(
			fitView(
				[
					[68, 43],
					[68, 43]
				],
				{ width: 800, height: 600 },
				40,
				6
			).zoom
		).toBe(6);
	});
});

describe('contains', () => {
	const view: Bounds = [
		[40, 30],
		[100, 60]
	];
	it.each<[string, Bounds, boolean]>([
		[
			'well inside',
			[
				[60, 40],
				[70, 50]
			],
			true
		],
		[
			'touching the edge (inside the margin)',
			[
				[40.5, 40],
				[70, 50]
			],
			false
		],
		[
			'outside',
			[
				[110, 40],
				[115, 45]
			],
			false
		]
	])('%s', (_, inner, expected) => expect(contains(view, inner)).toBe(expected));
});

describe('planSelectionMove', () => {
	const region: Bounds = [
		[30, 25],
		[110, 60]
	];
	it('leaves the map alone when the selection is already in view at a sensible zoom', () => {
		const map = fakeMap(
			[
				[55, 38],
				[80, 52]
			],
			4.5
		);
		expect(
			planSelectionMove(map, [
				[68.25, 43.3],
				[66.9, 39.65]
			])
		).toBeNull();
	});

	it('moves when a place is outside the view', () => {
		const map = fakeMap(
			[
				[55, 38],
				[80, 52]
			],
			4.5
		);
		const target = planSelectionMove(map, [[116.4, 39.9]]);
		expect(target).not.toBeNull();
		expect(target!.lon).toBeCloseTo(116.4, 1);
	});

	it('zooms in when the selection would be a speck in a far-out view', () => {
		const map = fakeMap(region, 1.5);
		const target = planSelectionMove(map, [
			[68.25, 43.3],
			[68.6, 43.5]
		]);
		expect(target).not.toBeNull();
		expect(target!.zoom).toBeGreaterThan(4);
	});

	it('does nothing for a selection without places', () => {
		expect(planSelectionMove(fakeMap(region, 3), [])).toBeNull();
	});

	it('is stable: after moving to the plan, planning again does not move', () => {
		const points: LonLat[] = [
			[51.37, 51.23],
			[55.1, 51.77]
		];
		const target = planSelectionMove(fakeMap(region, 3), points)!;
		// A map at the target view: bounds as wide as the fitted padding leaves.
		const after = fakeMap(
			[
				[49, 49.5],
				[57.5, 53.5]
			],
			target.zoom
		);
		expect(planSelectionMove(after, points)).toBeNull();
	});
});

describe('sameView', () => {
	it.each([
		[{ lon: 68, lat: 43, zoom: 4 }, { lon: 68.0004, lat: 43.0004, zoom: 4.004 }, true],
		[{ lon: 68, lat: 43, zoom: 4 }, { lon: 68.01, lat: 43, zoom: 4 }, false],
		[null, null, true],
		[{ lon: 68, lat: 43, zoom: 4 }, null, false]
	])('%o vs %o → %s', (a, b, expected) => expect(sameView(a, b)).toBe(expected));
});
