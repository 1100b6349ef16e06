import { describe, expect, it } from 'vitest';
import { eventsAtPlace, eventsInWindow } from '$lib/domain/queries';
import {
	eventPlaceIds,
	eventPoints,
	namedPlaces,
	placeCollection,
	placeCounts,
	routeCollection,
	routeCurves,
	routeStops,
	shownPlaces
} from '$lib/map/geojson';
import { KIND_STYLE } from '$lib/styles/palette';
import { EVENTS, PLACES } from './fixtures';

const byId = new Map(PLACES.map((p) => [p.id, p]));

describe('placeCounts and eventsAtPlace', () => {
	it('counts venues and route stops once per event', () => {
		const counts = placeCounts(EVENTS);
		expect(Object.fromEntries(counts)).toEqual({ turkistan: 2, moscow: 1, orenburg: 2, beijing: 1, ghulja: 1 });
	});

	it('counts the same from places worked out once per model', () => {
		const placeIds = new Map(EVENTS.map((e) => [e.id, eventPlaceIds(e)]));
		expect(placeCounts(EVENTS, placeIds)).toEqual(placeCounts(EVENTS));
	});

	it('lists the events at a place, including those passing through it', () => {
		expect(eventsAtPlace(EVENTS, 'turkistan').map((e) => e.id)).toEqual(['1694-embassy', '1757-embassy']);
		expect(eventsAtPlace(EVENTS, 'ghulja').map((e) => e.id)).toEqual(['1757-embassy']);
		expect(eventsAtPlace(EVENTS, 'nowhere')).toEqual([]);
	});
});

describe('shownPlaces', () => {
	it.each([
		{
			locale: 'en' as const,
			names: ['Orenburg', 'Turkistan', 'Beijing', 'Moscow', 'Құлжа' /* no English text: Kazakh */]
		},
		{ locale: 'ru' as const, names: ['Оренбург', 'Туркестан', 'Бейжің', 'Құлжа', 'Москва'] },
		{ locale: 'kk' as const, names: ['Орынбор', 'Түркістан', 'Бейжің', 'Құлжа', 'Мәскеу'] }
	])('names in $locale, most events first, then by name', ({ locale, names }) => {
		const shown = shownPlaces(namedPlaces(PLACES, locale), placeCounts(EVENTS));
		expect(shown.map((p) => p.name)).toEqual(names);
		expect(shown.map((p) => p.count)).toEqual([2, 2, 1, 1, 1]);
	});

	it('hides places with no events in the window but keeps the selected event places', () => {
		const counts = placeCounts(eventsInWindow(EVENTS, { from: 1900, to: 2000 }));
		const named = namedPlaces(PLACES, 'en');
		expect(shownPlaces(named, counts).map((p) => p.id)).toEqual(['orenburg']);
		expect(shownPlaces(named, counts, ['moscow']).map((p) => [p.id, p.count])).toEqual([
			['orenburg', 1],
			['moscow', 0]
		]);
	});
});

describe('placeCollection', () => {
	it('makes one point per shown place with its label, count and selection', () => {
		const shown = shownPlaces(namedPlaces(PLACES, 'en'), placeCounts(EVENTS));
		const fc = placeCollection(shown, ['beijing']);
		expect(fc.features).toHaveLength(5);
		const beijing = fc.features.find((f) => f.properties.id === 'beijing')!;
		expect(beijing.geometry.coordinates).toEqual([116.4, 39.9]);
		expect(beijing.properties).toEqual({ id: 'beijing', name: 'Beijing', count: 1, selected: 1 });
		expect(fc.features.filter((f) => f.properties.selected === 1)).toHaveLength(1);
	});
});

describe('routeCurves', () => {
	it('curves only the events with two or more located stops, from the first stop to the last', () => {
		const curves = routeCurves(EVENTS, byId);
		expect([...curves.keys()]).toEqual(['1694-embassy', '1757-embassy']);
		const coords = curves.get('1757-embassy')!;
		expect(coords[0]).toEqual([68.25, 43.3]);
		expect(coords.at(-1)).toEqual([116.4, 39.9]);
		expect(coords.length).toBeGreaterThan(10);
	});

	it('skips an event whose stops are mostly unknown places', () => {
		const e = { ...EVENTS[0], id: 'lost', route: ['atlantis', 'moscow'] };
		expect(routeCurves([e], byId).has('lost')).toBe(false);
	});
});

describe('routeCollection', () => {
	const curves = routeCurves(EVENTS, byId);

	it('draws the events that have a curve, coloured by kind, each with its span', () => {
		const fc = routeCollection(EVENTS, curves);
		expect(fc.features.map((f) => f.properties.id)).toEqual(['1694-embassy', '1757-embassy']);
		for (const f of fc.features) expect(f.properties.color).toBe(KIND_STYLE[f.properties.kind].color);
		expect(fc.features[1].properties).toMatchObject({ start: 1757, stop: 1758 });
	});

	it('reuses the curves, so routes cost no geometry, and leaves them as they were', () => {
		const before = new Map(curves);
		const first = routeCollection(EVENTS, curves);
		const again = routeCollection(EVENTS.slice(2), curves);
		expect(again.features[0].geometry.coordinates).toBe(first.features[1].geometry.coordinates);
		expect(curves).toEqual(before);
	});

	it('skips stops without coordinates', () => {
		const e = { ...EVENTS[0], route: ['turkistan', 'atlantis', 'moscow'] };
		expect(routeStops(e, byId)).toEqual([
			[68.25, 43.3],
			[37.62, 55.75]
		]);
	});
});

describe('eventPoints', () => {
	it('gives every place and stop once', () => {
		expect(eventPoints(EVENTS[2], byId)).toEqual([
			[116.4, 39.9],
			[68.25, 43.3],
			[81.3, 43.9]
		]);
	});
});
