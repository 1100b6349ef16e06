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
		expect(countDrawn(places, routes)).toEqual({
			...drawn,
			journeys: 0,
			documented: 0,
			undocumented: 0,
			selectedJourney: 0
		});
	});

	const run = (id: string, documented: 0 | 1) => ({ properties: { id, kind: 'embassy', documented } });
	it.each([
		{ name: 'no journeys', journeys: [], drawn: { routes: 1, journeys: 0, documented: 0, undocumented: 0 } },
		{
			name: 'a journey counts once over its runs and tiles; its runs say which kinds of path it has',
			journeys: [run('j1', 0), run('j1', 1), run('j1', 1), run('j2', 0), run('j2', 0)],
			drawn: { routes: 3, journeys: 2, documented: 1, undocumented: 2 }
		},
		{
			name: 'documented throughout',
			journeys: [run('j1', 1)],
			drawn: { routes: 2, journeys: 1, documented: 1, undocumented: 0 }
		},
		{
			name: 'the selected journey on its own layers',
			journeys: [run('j1', 1), { ...run('j2', 0), layer: { id: 'journey-selected-undocumented' } }],
			drawn: { routes: 3, journeys: 2, selectedJourney: 1 }
		}
	])('journeys: $name', ({ journeys, drawn }) => {
		expect(countDrawn([], [route('r1')], journeys)).toMatchObject(drawn);
	});
});
