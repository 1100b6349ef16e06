import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { ContentModel } from '$lib/domain/types';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { EVENTS, POLITIES } from '../../unit/relations/fixtures';
import Harness from './Harness.svelte';

// jsdom has no layout: size bindings need a ResizeObserver, and there is no matchMedia (which
// svelte/motion reads as it loads, so before the imports).
vi.hoisted(() => {
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
	window.matchMedia ??= ((q: string) => ({
		matches: q.includes('reduce'),
		addEventListener() {},
		removeEventListener() {}
	})) as unknown as typeof window.matchMedia;
});

// The page sets the catalogue's language once; so does this test.
overwriteGetLocale(() => 'en');

const model: ContentModel = { events: EVENTS, polities: POLITIES, people: [], places: [], tours: [], works: [] };
const keys = (c: HTMLElement) => [...c.querySelectorAll('[data-relation]')].map((e) => e.getAttribute('data-relation'));

describe('the relations view as a panel', () => {
	test('draws the network of the shared window and follows it', () => {
		const state = new ExplorationState();
		const { container } = render(Harness, { model, state });
		expect(keys(container)).toHaveLength(10);
		state.setWindow(1640, 1700, 'timeline');
		flushSync();
		expect(keys(container)).toEqual(['dzungar|kazakh|conflict']);
		expect(container.querySelector('[data-testid="relations-summary"]')?.textContent).toContain('Events: 1');
	});

	test('choosing an arc selects the relation and its first event in the window; choosing again lets go', async () => {
		const state = new ExplorationState();
		state.setWindow(1760, 1780);
		const { container } = render(Harness, { model, state });
		const arc = container.querySelector('[data-relation="kazakh|qing|embassy"]')!;
		await fireEvent.click(arc);
		expect(state.selectedRelation).toBe('kazakh|qing|embassy');
		expect(state.selectedEvent).toBe('1769-embassy');
		const listed = [...container.querySelectorAll('[data-relation-event]')].map((e) =>
			e.getAttribute('data-relation-event')
		);
		expect(listed).toEqual(['1757-embassy', '1769-embassy']);
		await fireEvent.click(container.querySelector('[data-relation-event="1757-embassy"] button')!);
		expect(state.selectedEvent).toBe('1757-embassy');
		expect(state.selectedRelation).toBe('kazakh|qing|embassy');
		await fireEvent.click(container.querySelector('[data-relation="kazakh|qing|embassy"]')!);
		expect(state.selectedRelation).toBeNull();
	});

	test('choosing a polity filters to it through the shared state', async () => {
		const state = new ExplorationState();
		const { container } = render(Harness, { model, state });
		await fireEvent.click(container.querySelector('[data-polity-id="qing"]')!);
		expect(state.filters.polities).toEqual(['qing']);
		expect(keys(container).every((k) => k!.split('|').includes('qing'))).toBe(true);
		expect(container.querySelector('[data-polity-id="qing"]')?.getAttribute('aria-pressed')).toBe('true');
	});

	test('the table view counts what the arcs draw', async () => {
		const state = new ExplorationState();
		const { container } = render(Harness, { model, state });
		await fireEvent.click(container.querySelector('[data-view="table"]')!);
		const rows = [...container.querySelectorAll('[data-row-relation]')].map((r) => [
			r.getAttribute('data-row-relation'),
			Number(r.querySelector('[data-count]')!.textContent)
		]);
		const arcs = [...container.querySelectorAll('[data-relation]')].map((a) => [
			a.getAttribute('data-relation'),
			Number(a.getAttribute('data-count'))
		]);
		expect(new Map(rows as [string, number][])).toEqual(new Map(arcs as [string, number][]));
	});
});
