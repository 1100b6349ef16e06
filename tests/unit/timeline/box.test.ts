// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SHORT_BOX } from '$lib/timeline/sizes';

/** A prerendered stage `width` px wide (jsdom lays nothing out: the width is given to it). */
function prerenderedStage(width: number) {
	document.body.innerHTML = '<div class="timeline"><div class="frame"><div class="stage"></div></div></div>';
	Object.defineProperty(document.querySelector('.stage'), 'clientWidth', { value: width });
}

describe('the timeline box', () => {
	beforeEach(() => vi.resetModules());
	afterEach(() => (document.body.innerHTML = ''));

	test('hydrates at the prerendered stage width, read before hydration, once', async () => {
		prerenderedStage(412);
		const { TimelineBox, PRERENDER_WIDTH } = await import('$lib/timeline/box.svelte');
		const first = new TimelineBox(
			() => false,
			() => 0
		);
		expect(first.w).toBe(412);
		// A timeline mounted later (after a navigation) waits for its own measure.
		const later = new TimelineBox(
			() => false,
			() => 0
		);
		expect(later.width).toBe(0);
		expect(later.w).toBe(PRERENDER_WIDTH);
	});

	test('without a prerendered stage it lays out at PRERENDER_WIDTH until measured', async () => {
		const { TimelineBox, PRERENDER_WIDTH } = await import('$lib/timeline/box.svelte');
		const box = new TimelineBox(
			() => false,
			() => 0
		);
		expect(box.w).toBe(PRERENDER_WIDTH);
	});

	test('keeps its sizes object while a measure leaves them equal, so nothing lays out again', async () => {
		prerenderedStage(412);
		const { TimelineBox } = await import('$lib/timeline/box.svelte');
		const box = new TimelineBox(
			() => false,
			() => 0
		);
		const before = box.sizes('explore');
		box.frameHeight = 700;
		expect(box.sizes('explore')).toBe(before);
		// A phone keeps its type in a short box too.
		box.frameHeight = SHORT_BOX - 1;
		expect(box.sizes('explore')).toBe(before);
		box.width = 1900;
		box.frameHeight = 900;
		const wide = box.sizes('explore');
		expect(wide.font).toBeGreaterThan(before.font);
		// A short box on a wide screen gets the laptop's type.
		box.frameHeight = SHORT_BOX - 1;
		expect(box.sizes('explore').font).toBeLessThan(wide.font);
	});
});
