import { describe, expect, it } from 'vitest';
import type { Filters, TimeWindow } from '$lib/domain/types';
import type { Locale } from '$lib/i18n/locales';
import { fallbackScene, mapModel, mapScene, type MapScene } from '$lib/map/map-scene';
import { STATIC_SIZE } from '$lib/map/basemap-region';
import { EMPTY_FILTERS } from '$lib/state/url-state';
import { EVENTS, PLACES } from './fixtures';
import { drawnRoutes } from './route-filter';

const model = mapModel({ events: EVENTS, people: [], places: PLACES });
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('mapModel', () => {
	it('indexes places and events and curves every route once', () => {
		expect(model.placesById.get('moscow')?.lon).toBe(37.62);
		expect(model.eventsById.get('1731-oath')?.kind).toBe('treaty');
		expect([...model.curves.keys()]).toEqual(['1694-embassy', '1757-embassy']);
	});
});

describe('mapScene', () => {
	interface Case {
		name: string;
		window?: TimeWindow | null;
		filters?: Filters;
		selected?: string | null;
		locale?: Locale;
		visible: string[];
		shown: string[];
		/** The routes shown: those of the window and the selected one. */
		routes: string[];
		/** The routes the map holds (the window picks among them): every filtered event's and the selected one. */
		held: string[];
		selectedPlaces: string[];
		focus: number;
	}
	it.each<Case>([
		{
			name: 'everything, nothing selected',
			visible: ['1694-embassy', '1731-oath', '1757-embassy', '1917-congress'],
			shown: ['Orenburg', 'Turkistan', 'Beijing', 'Moscow', 'Құлжа'],
			routes: ['1694-embassy', '1757-embassy'],
			held: ['1694-embassy', '1757-embassy'],
			selectedPlaces: [],
			focus: 0
		},
		{
			name: 'the 18th century: only its events, places and routes',
			window: { from: 1700, to: 1800 },
			visible: ['1731-oath', '1757-embassy'],
			shown: ['Beijing', 'Orenburg', 'Turkistan', 'Құлжа'],
			routes: ['1757-embassy'],
			held: ['1694-embassy', '1757-embassy'],
			selectedPlaces: [],
			focus: 0
		},
		{
			name: 'a selection outside the window keeps its places and route',
			window: { from: 1900, to: 2000 },
			selected: '1694-embassy',
			visible: ['1917-congress'],
			shown: ['Orenburg', 'Moscow', 'Turkistan'],
			routes: ['1694-embassy'],
			held: ['1694-embassy', '1757-embassy'],
			selectedPlaces: ['turkistan', 'moscow'],
			focus: 2
		},
		{
			name: 'a kind filter',
			filters: { ...EMPTY_FILTERS, kinds: ['embassy'] },
			selected: '1694-embassy',
			visible: ['1694-embassy', '1757-embassy'],
			shown: ['Turkistan', 'Beijing', 'Moscow', 'Құлжа'],
			routes: ['1694-embassy', '1757-embassy'],
			held: ['1694-embassy', '1757-embassy'],
			selectedPlaces: ['turkistan', 'moscow'],
			focus: 2
		},
		{
			name: 'a filter that leaves the selection out still draws its route',
			filters: { ...EMPTY_FILTERS, kinds: ['treaty'] },
			selected: '1757-embassy',
			visible: ['1731-oath'],
			shown: ['Orenburg', 'Beijing', 'Turkistan', 'Құлжа'],
			routes: ['1757-embassy'],
			held: ['1757-embassy'],
			selectedPlaces: ['beijing', 'turkistan', 'ghulja'],
			focus: 3
		},
		{
			name: 'an unknown id selects nothing',
			window: { from: 1700, to: 1800 },
			selected: 'no-such-event',
			visible: ['1731-oath', '1757-embassy'],
			shown: ['Beijing', 'Orenburg', 'Turkistan', 'Құлжа'],
			routes: ['1757-embassy'],
			held: ['1694-embassy', '1757-embassy'],
			selectedPlaces: [],
			focus: 0
		},
		{
			name: 'names in Kazakh',
			window: { from: 1700, to: 1800 },
			locale: 'kk',
			visible: ['1731-oath', '1757-embassy'],
			shown: ['Бейжің', 'Құлжа', 'Орынбор', 'Түркістан'],
			routes: ['1757-embassy'],
			held: ['1694-embassy', '1757-embassy'],
			selectedPlaces: [],
			focus: 0
		}
	])('$name', (c) => {
		const scene = mapScene(model, {
			window: c.window ?? null,
			filters: c.filters ?? EMPTY_FILTERS,
			selected: c.selected ?? null,
			locale: c.locale ?? 'en'
		});
		expect(ids(scene.visible)).toEqual(c.visible);
		expect(scene.shown.map((p) => p.name)).toEqual(c.shown);
		expect(scene.places.features.map((f) => f.properties.name)).toEqual(c.shown);
		expect(ids(scene.routeEvents.filter((e) => model.curves.has(e.id))).sort()).toEqual(c.routes);
		expect(scene.routeCount).toBe(c.routes.length);
		expect(scene.routes.features.map((f) => f.properties.id).sort()).toEqual(c.held);
		// The map's own filters (style.ts), evaluated as MapLibre does, draw exactly the scene's routes.
		expect(drawnRoutes(scene, c.selected ?? null).sort()).toEqual(c.routes.filter((id) => id !== c.selected));
		expect(drawnRoutes(scene, c.selected ?? null, 'selected')).toEqual(c.routes.filter((id) => id === c.selected));
		expect(scene.selectedPlaces).toEqual(c.selectedPlaces);
		expect(scene.places.features.filter((f) => f.properties.selected === 1).map((f) => f.properties.id)).toEqual(
			expect.arrayContaining(c.selectedPlaces)
		);
		expect(scene.focus).toHaveLength(c.focus);
	});

	it('a new window reuses the routes the map holds, so the map gets no new route data', () => {
		const input = { window: null, filters: EMPTY_FILTERS, selected: null, locale: 'en' as const };
		const first = mapScene(model, input);
		const moved = mapScene(model, { ...input, window: { from: 1700, to: 1800 } }, first);
		const selected = mapScene(model, { ...input, window: { from: 1900, to: 2000 }, selected: '1694-embassy' }, moved);
		expect(moved.routes).toBe(first.routes);
		expect(selected.routes).toBe(first.routes);
		expect(moved.shown.map((p) => p.id)).not.toEqual(first.shown.map((p) => p.id));
		// New filters, or a selection they leave out, give the map new routes.
		const filtered = mapScene(model, { ...input, filters: { ...EMPTY_FILTERS, kinds: ['treaty'] } }, selected);
		expect(filtered.routes).not.toBe(first.routes);
		const outside = mapScene(model, { ...input, filters: filtered.basis.filters, selected: '1757-embassy' }, filtered);
		expect(outside.routes.features.map((f) => f.properties.id)).toEqual(['1757-embassy']);
	});

	it('reuses nothing from a scene of another model', () => {
		const input = { window: null, filters: EMPTY_FILTERS, selected: null, locale: 'en' as const };
		const previous: MapScene = mapScene(model, input);
		const other = mapModel({ events: EVENTS.slice(0, 1), people: [], places: PLACES });
		expect(ids(mapScene(other, input, previous).visible)).toEqual(['1694-embassy']);
	});
});

describe('fallbackScene', () => {
	const input = { window: null, filters: EMPTY_FILTERS, locale: 'en' as const };

	it.each([
		{ name: 'nothing selected: the whole region', selected: null, whole: true, selectedRoute: undefined },
		{
			name: 'a selection: zoomed to it, its route marked',
			selected: '1694-embassy',
			whole: false,
			selectedRoute: '1694-embassy'
		}
	])('$name', ({ selected, whole, selectedRoute }) => {
		const fallback = fallbackScene(model, mapScene(model, { ...input, selected }));
		const full = { x: 0, y: 0, ...STATIC_SIZE.region };
		if (whole) expect(fallback.viewBox).toEqual(full);
		else expect(fallback.viewBox.width).toBeLessThan(full.width);
		expect(fallback.routes.find((r) => r.selected)?.id).toBe(selectedRoute);
		expect(fallback.routes.map((r) => r.id).sort()).toEqual(['1694-embassy', '1757-embassy']);
	});
});
