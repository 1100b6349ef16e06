/**
 * What the interactive map hands MapLibre when the window moves: the window's places and the
 * window itself, never the routes and journeys again (they change only with the filters or a
 * selection they leave out). Sent again, every path is laid out afresh in MapLibre's one worker,
 * and the places of the new window wait behind them. A stand-in MapView counts the calls.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { mapModel, mapScene } from '$lib/map/map-scene';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { EMPTY_FILTERS } from '$lib/state/url-state';
import type { TimeWindow } from '$lib/domain/types';
import { EVENTS, PLACES } from '../../unit/map/fixtures';
import Harness from './Harness.svelte';
import { stubResizeObserver } from '../quiet-resize-observer';

const calls = vi.hoisted(() => ({ places: 0, routes: 0, journeys: 0, windows: [] as unknown[] }));

vi.mock('$lib/map/map-loading', () => ({
	loadMapView: async () => ({
		MapView: class {
			map = {};
			constructor(o: { onStatus: (s: string) => void }) {
				queueMicrotask(() => o.onStatus('ready'));
			}
			setPlaces() {
				calls.places++;
			}
			setRoutes() {
				calls.routes++;
			}
			setJourneys() {
				calls.journeys++;
			}
			setWindow(window: TimeWindow | null, selected: string | null) {
				calls.windows.push([window, selected]);
			}
			setCooperative() {}
			setBorders() {}
			showPoints() {}
			showView() {}
			view() {
				return { lon: 70, lat: 45, zoom: 3 };
			}
			destroy() {}
		}
	})
}));

beforeAll(stubResizeObserver);

const model = mapModel({ events: EVENTS, people: [], places: PLACES });

describe('InteractiveMap', () => {
	test('a new window sends the places and the window, and the routes and journeys once', async () => {
		let scene = mapScene(model, { window: null, filters: EMPTY_FILTERS, selected: null, locale: 'en' });
		const view = render(Harness, { props: { scene, exploration: new ExplorationState() } });
		await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('ready'));
		await waitFor(() => expect(calls.windows).toHaveLength(1));
		expect(calls).toMatchObject({ places: 1, routes: 1, journeys: 1 });

		for (const window of [
			{ from: 1690, to: 1700 },
			{ from: 1700, to: 1760 }
		]) {
			scene = mapScene(model, { window, filters: EMPTY_FILTERS, selected: null, locale: 'en' }, scene);
			await view.rerender({ scene });
		}
		expect(calls.windows).toEqual([
			[null, null],
			[{ from: 1690, to: 1700 }, null],
			[{ from: 1700, to: 1760 }, null]
		]);
		expect(calls).toMatchObject({ places: 3, routes: 1, journeys: 1 });

		// New filters hold other routes: those are sent.
		scene = mapScene(
			model,
			{ window: null, filters: { ...EMPTY_FILTERS, kinds: ['treaty'] }, selected: null, locale: 'en' },
			scene
		);
		await view.rerender({ scene });
		expect(calls).toMatchObject({ routes: 2, journeys: 2 });
	});
});
