import { describe, expect, it } from 'vitest';
import { eventsAtPlace } from '$lib/domain/queries';
import {
	eventPoints,
	placeCollection,
	placeCounts,
	routeCollection,
	routeCurves,
	routeStops,
	shownPlaces,
	visibleEvents
} from '$lib/map/geojson';
import { EMPTY_FILTERS } from '$lib/state/url-state';
import { KIND_STYLE } from '$lib/styles/palette';
import { EVENTS, PLACES } from './fixtures';

const model = { events: EVENTS, people: [] };
const byId = new Map(PLACES.map((p) => [p.id, p]));

describe('visibleEvents (time window and filters)', () => {
	it.each([
		{
			name: 'no window shows everything',
			window: null,
			ids: ['1694-embassy', '1731-oath', '1757-embassy', '1917-congress']
		},
		{ name: 'the 18th century', window: { from: 1700, to: 1800 }, ids: ['1731-oath', '1757-embassy'] },
		{ name: 'an event overlapping the window edge is in', window: { from: 1694.5, to: 1700 }, ids: ['1694-embassy'] },
		{ name: 'an event ending exactly at the window start is out', window: { from: 1695, to: 1700 }, ids: [] },
		{ name: 'an empty stretch of time', window: { from: 1800, to: 1900 }, ids: [] }
	])('$name', ({ window, ids }) => {
		expect(visibleEvents(model, window).map((e) => e.id)).toEqual(ids);
	});

	it('applies the kind filter', () => {
		const shown = visibleEvents(model, null, { ...EMPTY_FILTERS, kinds: ['embassy'] });
		expect(shown.map((e) => e.id)).toEqual(['1694-embassy', '1757-embassy']);
	});
});

describe('placeCounts and eventsAtPlace', () => {
	it('counts venues and route stops once per event', () => {
		const counts = placeCounts(EVENTS);
		expect(Object.fromEntries(counts)).toEqual({ turkistan: 2, moscow: 1, orenburg: 2, beijing: 1, ghulja: 1 });
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
		const shown = shownPlaces(PLACES, placeCounts(EVENTS), locale);
		expect(shown.map((p) => p.name)).toEqual(names);
		expect(shown.map((p) => p.count)).toEqual([2, 2, 1, 1, 1]);
	});

	it('hides places with no events in the window but keeps the selected event places', () => {
		const counts = placeCounts(visibleEvents(model, { from: 1900, to: 2000 }));
		expect(shownPlaces(PLACES, counts, 'en').map((p) => p.id)).toEqual(['orenburg']);
		expect(shownPlaces(PLACES, counts, 'en', ['moscow']).map((p) => [p.id, p.count])).toEqual([
			['orenburg', 1],
			['moscow', 0]
		]);
	});
});

describe('placeCollection', () => {
	it('makes one point per shown place with its label, count and selection', () => {
		const shown = shownPlaces(PLACES, placeCounts(EVENTS), 'en');
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

	it('draws the events that have a curve, coloured by kind', () => {
		const fc = routeCollection(EVENTS, curves);
		expect(fc.features.map((f) => f.properties.id)).toEqual(['1694-embassy', '1757-embassy']);
		for (const f of fc.features) expect(f.properties.color).toBe(KIND_STYLE[f.properties.kind].color);
	});

	it('marks the selected route and draws it last, on top', () => {
		const fc = routeCollection(EVENTS, curves, '1694-embassy');
		expect(fc.features.at(-1)!.properties).toMatchObject({ id: '1694-embassy', selected: 1 });
		expect(fc.features[0].properties.selected).toBe(0);
	});

	it('reuses the curves, so a new window costs no geometry, and leaves them as they were', () => {
		const before = new Map(curves);
		const first = routeCollection(EVENTS, curves);
		const again = routeCollection(EVENTS.slice(2), curves, '1757-embassy');
		expect(again.features[0].geometry.coordinates).toBe(first.features[1].geometry.coordinates);
		expect(again.features[0].properties.selected).toBe(1);
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
