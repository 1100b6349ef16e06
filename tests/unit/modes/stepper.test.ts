// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Stepper } from '$lib/modes/stepper.svelte';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('the stepper: who answers next and previous on a page', () => {
	test('registered handlers get the steps; unregistering hands back to the page', () => {
		const stepper = new Stepper();
		const step = vi.fn();
		const off = stepper.register({ step });
		expect(stepper.step('next')).toBe(true);
		expect(stepper.step('first')).toBe(true);
		expect(step.mock.calls).toEqual([['next'], ['first']]);
		off();
		expect(stepper.current).toBeNull();
		expect(stepper.step('next')).toBe(false);
	});

	test('a stale unregister does not remove a newer page’s handlers', () => {
		const stepper = new Stepper();
		const off = stepper.register({ step: () => {} });
		const newer = { step: vi.fn() };
		stepper.register(newer);
		off();
		expect(stepper.current).toBe(newer);
	});

	test('without handlers it follows the page’s rel="next" / rel="prev" links', () => {
		document.body.innerHTML = '<main><a rel="prev" href="#a">a</a><a rel="next" href="#b">b</a></main>';
		const clicked: string[] = [];
		document.querySelectorAll('a').forEach((a) =>
			a.addEventListener('click', (e) => {
				e.preventDefault();
				clicked.push(a.getAttribute('rel')!);
			})
		);
		const stepper = new Stepper();
		expect(stepper.step('next')).toBe(true);
		expect(stepper.step('prev')).toBe(true);
		expect(stepper.step('last')).toBe(true);
		expect(clicked).toEqual(['next', 'prev', 'next']);
	});
});
