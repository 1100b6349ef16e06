import { describe, expect, it } from 'vitest';
import { countDrawn } from '$lib/map/drawn';

const place = (id: string, selected = 0) => ({ properties: { id, name: id, count: 1, selected } });
const cluster = (id: number, points: number, selectedPlaces = 0) => ({
	properties: {
		cluster_id: id,
		point_count: points,
		total: points * 2,
		selected: selectedPlaces ? 1 : 0,
		selectedPlaces
	}
});
const route = (id: string) => ({ properties: { id, kind: 'embassy', color: '#000', start: 1700, stop: 1701 } });

describe('countDrawn', () => {
	it.each([
		{ name: 'nothing on screen', places: [], routes: [], drawn: { places: 0, routes: 0, selected: 0 } },
		{
			name: 'single places and routes',
			places: [place('a'), place('b', 1)],
			routes: [route('r1'), route('r2')],
			drawn: { places: 2, routes: 2, selected: 1 }
		},
		{
			name: 'a cluster counts its places, and the selected ones in it',
			places: [place('a'), cluster(7, 5, 2)],
			routes: [],
			drawn: { places: 6, routes: 0, selected: 2 }
		},
		{
			name: 'a feature met in two tiles counts once',
			places: [place('a'), place('a'), cluster(7, 5), cluster(7, 5), cluster(8, 3)],
			routes: [route('r1'), route('r1'), route('r2')],
			drawn: { places: 9, routes: 2, selected: 0 }
		},
		{
			name: 'features without properties are skipped',
			places: [{}],
			routes: [{}],
			drawn: { places: 0, routes: 0, selected: 0 }
		}
	])('$name', ({ places, routes, drawn }) => {
		expect(countDrawn(places, routes)).toEqual(drawn);
	});
});
