import { describe, expect, it } from 'vitest';
import { REGION, STATIC_SIZE, frameFor, regionProjection, type LonLat } from '../../../src/lib/map/basemap-region';
import { fitViewBox, placeLabels, staticScene } from '../../../src/lib/map/static-map';

describe('frameFor', () => {
	it.each<[string, LonLat[], string]>([
		[
			'Jeddah, Beijing, St Petersburg fit the region',
			[
				[39.2, 21.5],
				[116.4, 39.9],
				[30.3, 59.9]
			],
			'region'
		],
		['Moscow fits the region', [[37.6, 55.75]], 'region'],
		[
			'New York needs the wide frame',
			[
				[68.25, 43.3],
				[-73.97, 40.75]
			],
			'wide'
		],
		['London needs the wide frame', [[-0.13, 51.5]], 'wide']
	])('%s', (_, points, frame) => expect(frameFor(points)).toBe(frame));

	it('projects the region corners inside the picture', () => {
		const p = regionProjection();
		for (const corner of [
			REGION[0],
			REGION[1],
			[REGION[0][0], REGION[1][1]],
			[REGION[1][0], REGION[0][1]]
		] as LonLat[]) {
			const [x, y] = p(corner)!;
			expect(x).toBeGreaterThanOrEqual(-1);
			expect(y).toBeGreaterThanOrEqual(-1);
			expect(x).toBeLessThanOrEqual(STATIC_SIZE.region.width + 1);
			expect(y).toBeLessThanOrEqual(STATIC_SIZE.region.height + 1);
		}
	});
});

describe('fitViewBox', () => {
	const size = { width: 1200, height: 780 };
	it.each([
		{
			name: 'no points: the whole picture',
			xy: [] as [number, number][],
			expected: { x: 0, y: 0, width: 1200, height: 780 }
		},
		{
			name: 'one point: the minimum width, centred',
			xy: [[600, 400]] as [number, number][],
			expected: { x: 470, y: 302.5, width: 260, height: 195 }
		},
		{
			name: 'near the edge: kept inside the picture',
			xy: [[10, 10]] as [number, number][],
			expected: { x: 0, y: 0, width: 260, height: 195 }
		}
	])('$name', ({ xy, expected }) => expect(fitViewBox(xy, size)).toEqual(expected));

	it('pads a spread of points and keeps the aspect ratio', () => {
		const vb = fitViewBox(
			[
				[100, 100],
				[700, 300]
			],
			size,
			4 / 3,
			260,
			0.25
		);
		expect(vb.width).toBeCloseTo(900, 0);
		expect(vb.width / vb.height).toBeCloseTo(4 / 3, 2);
		expect(vb.x).toBeLessThanOrEqual(100);
		expect(vb.x + vb.width).toBeGreaterThanOrEqual(700);
	});
});

describe('placeLabels', () => {
	const vb = { x: 0, y: 0, width: 100, height: 60 };
	const at = (id: string, x: number, y: number, selected = false) => ({
		id,
		name: 'Aaaaaaaa',
		lon: 0,
		lat: 0,
		x,
		y,
		selected
	});
	it.each([
		{ name: 'far apart: both labelled', places: [at('a', 10, 10), at('b', 10, 40)], labelled: ['a', 'b'] },
		{
			name: 'on top of each other: the first keeps its label',
			places: [at('a', 10, 10), at('b', 11, 10.5)],
			labelled: ['a']
		},
		{
			name: 'the selected place wins a collision',
			places: [at('a', 10, 10), at('b', 11, 10.5, true)],
			labelled: ['b']
		},
		{ name: 'outside the view: not labelled', places: [at('a', 150, 10)], labelled: [] }
	])('$name', ({ places, labelled }) => {
		expect(
			placeLabels(places, vb)
				.filter((p) => p.labelled)
				.map((p) => p.id)
		).toEqual(labelled);
	});
});

describe('staticScene', () => {
	const places = [
		{ id: 'turkistan', name: 'Turkistan', lon: 68.25, lat: 43.3 },
		{ id: 'moscow', name: 'Moscow', lon: 37.62, lat: 55.75 }
	];
	const routes = [
		{
			id: 'r',
			color: '#0072B2',
			stops: [
				[68.25, 43.3],
				[37.62, 55.75]
			] as LonLat[]
		}
	];

	it('uses the region picture, projects places, and draws the route with an arrow per leg', () => {
		const scene = staticScene(places, routes);
		expect(scene.frame).toBe('region');
		expect(scene.image).toBe('/basemap/region.svg');
		expect(scene.places.map((p) => p.id)).toEqual(['turkistan', 'moscow']);
		const [t, m] = scene.places;
		expect(m.x).toBeLessThan(t.x); // Moscow lies west of Turkistan
		expect(m.y).toBeLessThan(t.y); // and north
		expect(scene.routes).toHaveLength(1);
		expect(scene.routes[0].d).toMatch(/^M/);
		expect(scene.routes[0].arrows).toHaveLength(1);
		// Travelling north-west: the arrow points up and left (between -180° and -90°).
		expect(scene.routes[0].arrows[0].angle).toBeLessThan(-90);
		// The view holds both places.
		const vb = scene.viewBox;
		for (const p of scene.places) {
			expect(p.x).toBeGreaterThan(vb.x);
			expect(p.x).toBeLessThan(vb.x + vb.width);
		}
	});

	it('switches to the wide picture for New York, and clips it away from the region picture', () => {
		const ny = { id: 'new-york', name: 'New York', lon: -73.97, lat: 40.75 };
		expect(staticScene([...places, ny], []).frame).toBe('wide');
		expect(staticScene([...places, ny], [], { frame: 'region', clip: true }).places.map((p) => p.id)).toEqual([
			'turkistan',
			'moscow'
		]);
	});
});
