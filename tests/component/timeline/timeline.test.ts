import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, test } from 'vitest';
import { tick } from 'svelte';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { model } from './fixture';
import Harness from './Harness.svelte';
import { stubResizeObserver } from '../quiet-resize-observer';

beforeAll(stubResizeObserver);

function setup(extra: { canvasThreshold?: number } = {}) {
	const state = new ExplorationState();
	const view = render(Harness, { props: { model, locale: 'en', state, ...extra } });
	const stage = view.container.querySelector('[data-testid="timeline"] .stage') as HTMLElement;
	return { state, view, stage };
}

const announcer = () => screen.getByTestId('timeline-announcer').textContent ?? '';

describe('Timeline selection', () => {
	test('every event is a mark with an accessible name; every person a bar', () => {
		const { view } = setup();
		const marks = view.container.querySelectorAll('[data-event-id]');
		expect([...marks].map((m) => m.getAttribute('data-event-id')).sort()).toEqual(model.events.map((e) => e.id).sort());
		expect(view.container.querySelector('[data-event-id="1731-oath"]')!.getAttribute('aria-label')).toBe(
			'The oath of 1731, 10 October 1731, Treaty'
		);
		expect(view.container.querySelectorAll('[data-person-id]').length).toBe(2);
	});

	test('clicking a mark selects it through the shared state and opens its card', async () => {
		const { state, view } = setup();
		await fireEvent.click(view.container.querySelector('[data-event-id="1731-oath"]')!);
		expect(state.selectedEvent).toBe('1731-oath');
		expect(state.lastOrigin).toBe('timeline');
		const card = screen.getByTestId('timeline-card');
		expect(card).toHaveTextContent('The oath of 1731');
		expect(card).toHaveTextContent('About The oath of 1731');
		expect(card).toHaveTextContent('Abulkhair Khan');
		expect(card).toHaveTextContent('Turkistan');
		expect(card.querySelector('a.more')!.getAttribute('href')).toBe('/en/events/1731-oath/');
		// Its people are highlighted, the others dimmed.
		expect(view.container.querySelector('[data-person-id="abulkhair"]')!.classList.contains('linked')).toBe(true);
		expect(view.container.querySelector('[data-person-id="tole"]')!.classList.contains('dim')).toBe(true);
	});

	test('a person chip in the card selects the person, whose events light up', async () => {
		const { state, view } = setup();
		state.select('1726-ordabasy', 'map');
		await tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Tole Bi' }));
		expect(state.selectedPerson).toBe('tole');
		expect(state.selectedEvent).toBeNull();
		expect(view.container.querySelector('[data-event-id="1742-letter"]')!.classList.contains('linked')).toBe(true);
		expect(view.container.querySelector('[data-event-id="1757-embassy"]')!.classList.contains('dim')).toBe(true);
		expect(screen.getByTestId('timeline-card')).toHaveTextContent('A letter to Orenburg');
	});

	test('a selection from elsewhere (map, tour, URL) shows in the timeline and its card', async () => {
		const { state, view } = setup();
		state.select('1757-embassy', 'tour');
		await tick();
		expect(view.container.querySelector('[data-event-id="1757-embassy"]')!.getAttribute('aria-pressed')).toBe('true');
		expect(screen.getByTestId('timeline-card').getAttribute('data-selected')).toBe('1757-embassy');
		state.clearSelection('map');
		await tick();
		expect(screen.queryByTestId('timeline-card')).toBeNull();
	});

	test('the close button clears the selection', async () => {
		const { state } = setup();
		state.select('1731-oath', 'map');
		await tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Close the selection' }));
		expect(state.selectedEvent).toBeNull();
	});
});

describe('Timeline keyboard', () => {
	test('one tab stop: marks are not in the tab order', () => {
		const { view, stage } = setup();
		expect(stage.getAttribute('tabindex')).toBe('0');
		for (const el of view.container.querySelectorAll('[data-event-id], [data-person-id]'))
			expect(el.getAttribute('tabindex')).toBe('-1');
	});

	test('arrows walk events in time order, Enter selects, Escape clears', async () => {
		const { state, stage } = setup();
		stage.focus();
		await fireEvent.keyDown(stage, { key: 'ArrowRight' });
		const first = announcer();
		expect(first).toMatch(/, Assembly$|, Treaty$|, Letter$|, Embassy$/);
		// Walk to the start, then step forward in date order.
		for (let i = 0; i < 5; i++) await fireEvent.keyDown(stage, { key: 'ArrowLeft' });
		expect(announcer()).toBe('Ordabasy gathering, 1726, Assembly');
		await fireEvent.keyDown(stage, { key: 'ArrowRight' });
		expect(announcer()).toBe('The oath of 1731, 10 October 1731, Treaty');
		await fireEvent.keyDown(stage, { key: 'ArrowRight' });
		expect(announcer()).toBe('A letter to Orenburg, March 1742, Letter');
		await fireEvent.keyDown(stage, { key: 'Enter' });
		expect(state.selectedEvent).toBe('1742-letter');
		expect(stage.getAttribute('aria-activedescendant')).toBe('tl-e-1742-letter');
		await fireEvent.keyDown(stage, { key: 'Escape' });
		expect(state.selectedEvent).toBeNull();
	});

	test('down moves from the events into the lanes, Enter selects the person', async () => {
		const { state, stage } = setup();
		stage.focus();
		await fireEvent.keyDown(stage, { key: 'ArrowRight' });
		for (let i = 0; i < 5; i++) await fireEvent.keyDown(stage, { key: 'ArrowLeft' });
		await fireEvent.keyDown(stage, { key: 'ArrowDown' });
		expect(announcer()).toBe('Abulkhair Khan');
		await fireEvent.keyDown(stage, { key: 'ArrowDown' });
		expect(announcer()).toBe('Tole Bi');
		await fireEvent.keyDown(stage, { key: 'Enter' });
		expect(state.selectedPerson).toBe('tole');
		expect(stage.getAttribute('aria-activedescendant')).toBe('tl-p-tole');
	});
});

describe('Timeline dense layer', () => {
	test('past the threshold the events band is painted on canvas (no SVG marks)', () => {
		const { view } = setup({ canvasThreshold: 1 });
		const root = view.container.querySelector('[data-testid="timeline"]')!;
		expect(root.getAttribute('data-render-mode')).toBe('canvas');
		expect(view.container.querySelectorAll('[data-event-id]').length).toBe(0);
		expect(screen.getByTestId('timeline-canvas')).toBeInTheDocument();
	});
});
