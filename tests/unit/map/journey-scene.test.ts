/** Journeys in the map's scene: held per filters, picked by the window and selection with the style's own filters. */
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { TimeWindow } from '$lib/domain/types';
import { mapModel, mapScene, fallbackScene } from '$lib/map/map-scene';
import { JOURNEY_LAYERS } from '$lib/map/journey-style';
import { mapState } from '$lib/map/style';
import { EMPTY_FILTERS } from '$lib/state/url-state';
import { ev, polity } from '../relations/fixtures';
import { PLACES } from './fixtures';
import { layerFilter } from './route-filter';

const POLITIES = [
	polity('kazakh', 1465, [{ place: 'turkistan' }]),
	polity('muscovy', 1263, [{ place: 'moscow' }]),
	polity('qing', 1636, [{ place: 'beijing' }])
];
const EVENTS = [
	ev('out', 'embassy', 1694, { from: 'kazakh', to: 'muscovy', route: ['turkistan', 'orenburg', 'moscow'] }),
	ev('back', 'embassy', 1695, { from: 'muscovy', to: 'kazakh', answers: 'out' }),
	ev('letter', 'letter', 1757, { from: 'kazakh', to: 'qing' }),
	ev('lost', 'letter', 1758, { from: 'kazakh', to: 'nowhere' }),
	ev('oath', 'treaty', 1731, { places: ['orenburg'], route: ['orenburg', 'turkistan'] })
];
const model = mapModel({ events: EVENTS, people: [], places: PLACES, polities: POLITIES });
const scene = (window: TimeWindow | null, selected: string | null = null) =>
	mapScene(model, { window, filters: EMPTY_FILTERS, selected, locale: 'en' });

/** The journeys a layer draws (by event id), as MapLibre evaluates its filter. */
function drawn(layer: string, window: TimeWindow | null, selected: string | null = null) {
	const s = scene(window, selected);
	const filter = featureFilter(layerFilter(layer), `layers.${layer}.filter`, mapState(window, selected));
	const ids = s.journeys.lines.features
		.filter((f) => filter.filter({ zoom: 4 }, { type: 2, properties: f.properties, geometry: [] }))
		.map((f) => f.properties.id);
	return [...new Set(ids)].sort();
}

describe('journeys in the scene', () => {
	it('every placeable embassy and letter is a journey; a route of another kind stays a route', () => {
		expect([...model.journeys.byEvent.keys()].sort()).toEqual(['back', 'letter', 'out']);
		expect([...model.journeys.unmapped.keys()]).toEqual(['lost']);
		expect([...model.curves.keys()]).toEqual(['oath']);
		const all = scene(null);
		expect(all.journeyCount).toBe(3);
		expect(all.unplaced.map((e) => e.id)).toEqual(['lost']);
		// A journey's ends are places on the map (the letter's are the two seats).
		expect(model.placeIds.get('letter')).toEqual(['turkistan', 'beijing']);
	});

	it.each([
		{ window: null, documented: ['out'], undocumented: ['back', 'letter'] },
		{ window: { from: 1690, to: 1700 }, documented: ['out'], undocumented: ['back'] },
		{ window: { from: 1750, to: 1800 }, documented: [], undocumented: ['letter'] },
		{ window: { from: 1800, to: 1900 }, documented: [], undocumented: [] }
	])('the window $window shows its journeys, solid or dashed', ({ window, documented, undocumented }) => {
		expect(drawn(JOURNEY_LAYERS.documented, window)).toEqual(documented);
		expect(drawn(JOURNEY_LAYERS.undocumented, window)).toEqual(undocumented);
	});

	it('a new window keeps the journeys the map holds (no new data); the selected one moves to its own layers', () => {
		const first = scene(null);
		const moved = mapScene(
			model,
			{ window: { from: 1750, to: 1800 }, filters: EMPTY_FILTERS, selected: null, locale: 'en' },
			first
		);
		expect(moved.journeys).toBe(first.journeys);
		const w = { from: 1750, to: 1800 };
		expect(drawn(JOURNEY_LAYERS.selectedUndocumented, w, 'back')).toEqual(['back']);
		expect(drawn(JOURNEY_LAYERS.undocumented, w, 'letter')).toEqual([]);
		expect(drawn(JOURNEY_LAYERS.selectedUndocumented, w, 'letter')).toEqual(['letter']);
		expect(scene(w, 'back').journey?.stops).toEqual(['moscow', 'orenburg', 'turkistan']);
	});

	it('the static fallback draws journeys, dashed where undocumented', () => {
		const s = scene(null, 'out');
		const f = fallbackScene(model, s);
		const by = (id: string) => f.routes.find((r) => r.id === id)!;
		expect(by('out').segments.map((x) => x.documented)).toEqual([true]);
		expect(by('back').segments.map((x) => x.documented)).toEqual([false]);
		expect(by('letter').segments.map((x) => x.documented)).toEqual([false]);
		expect(by('out').selected).toBe(true);
	});
});
