/**
 * The timeline fills its box (#12): at each screen our readers use, in the explorer and the
 * kiosk, every role lane and Torekulov in view, names clear and readable in three languages,
 * featured events named, counts that say what they hold, and the polities and the foreign lane
 * folding and opening from the toolbar. Driving it (gestures, keys, links): timeline.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGS, VIEWPORTS, launch, open, screenshot, type ViewportName } from './harness';
import { ROLE_LANES, TL, inView, nameClashes, ready, settled } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const SHOT_SIZES: ViewportName[] = ['kiosk', 'kioskPortrait', 'projector', 'phone'];

describe('timeline', () => {
	// One test per language and size (one page each), so a failure names both.
	test.each(LANGS.flatMap((lang) => SHOT_SIZES.map((viewport) => [lang, viewport] as const)))(
		'screenshot in %s at %s: the timeline within the screen, its names drawn and clear',
		async (lang, viewport) => {
			const { page, context, errors } = await open(browser, `/${lang}/`, { viewport });
			await ready(page);
			const tl = (await page.locator(TL).boundingBox())!;
			expect(tl.width).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
			await page.locator(TL).scrollIntoViewIfNeeded();
			await screenshot(page, `timeline-${lang}-${viewport}`);
			expect(await nameClashes(page), `${lang} ${viewport}`).toEqual([]);
			expect(await page.locator(`${TL} text.name`).count()).toBeGreaterThan(5);
			expect(errors).toEqual([]);
			await context.close();
		}
	);
});

const FIT_SIZES: ViewportName[] = ['kiosk', 'kioskPortrait', 'projector', 'tablet'];

describe('the timeline fills its box', () => {
	test.each(FIT_SIZES.flatMap((size) => [['explorer', size] as const, ['kiosk', size] as const]))(
		'%s at %s: every role lane and Torekulov in view, names clear, featured events named, the axis ends by this year',
		async (where, size) => {
			const { page, context, errors } = await open(browser, where === 'kiosk' ? '/en/kiosk/' : '/en/', {
				viewport: size
			});
			await ready(page);
			const seen = await inView(page);
			for (const lane of ROLE_LANES) expect(seen.lanes[lane] ?? 0, `${lane} bars in view`).toBeGreaterThan(0);
			expect(seen.torekulov).toBe(true);
			// No scrolling inside the timeline or of the page to see it.
			expect(seen.lanesOverflow).toBeLessThanOrEqual(1);
			expect(seen.boxBottom).toBeLessThanOrEqual(VIEWPORTS[size].height + 1);
			expect(await nameClashes(page)).toEqual([]);
			// The legend under the stage is one line; when it would wrap it opens from the toolbar instead.
			const legend = page.locator(`${TL} .below:not(.over)`);
			if (await legend.count()) expect((await legend.boundingBox())!.height).toBeLessThan(60);
			// Every featured event a mark of its own (never in a count), named to the eye and to a screen reader.
			expect(seen.featured.length).toBe(seen.featuredCount);
			expect(seen.featuredCount).toBeGreaterThan(5);
			for (const f of seen.featured) expect(f.label.length, f.id).toBeGreaterThan(5);
			// A name beside each on a big screen; on a projector or a tablet, where the timeline shares
			// the width with the map (kiosk, explorer), two of the crowded centuries may keep theirs
			// in their tooltips.
			const unnamed = seen.featured.filter((f) => f.name.length < 2).map((f) => f.id);
			if (size === 'kiosk' || size === 'kioskPortrait') expect(unnamed).toEqual([]);
			else expect(unnamed.length).toBeLessThanOrEqual(2);
			expect(Math.floor(seen.window[1] - 1e-9)).toBeLessThanOrEqual(new Date().getFullYear());
			expect(errors).toEqual([]);
			await context.close();
		}
	);

	test('a count says what it holds, on hover and on keyboard focus', async () => {
		const { page, context } = await open(browser, '/en/', { viewport: 'projector' });
		await ready(page);
		const count = page.locator(`${TL} .count`).first();
		const label = (await count.getAttribute('aria-label'))!;
		expect(label).toMatch(
			/^\d+ events \(\d+ [a-z ]+(, \d+ [a-z ]+)*( and \d+ [a-z ]+)?\), .+ – .+: select to zoom in$/
		);
		await count.hover();
		await expect.poll(() => page.locator('[data-testid="timeline-tip"]').textContent()).toBe(label);
		await page.mouse.move(5, 5);
		await expect.poll(() => page.locator('[data-testid="timeline-tip"]').count()).toBe(0);
		// Keyboard: walk the events until one is folded into a count; the count is read out and shown.
		await page.focus(`${TL} .stage`);
		let active = '';
		for (let i = 0; i < 80 && !active.startsWith('tl-c-'); i++) {
			await page.keyboard.press('ArrowRight');
			active = (await page.getAttribute(`${TL} .stage`, 'aria-activedescendant')) ?? '';
		}
		expect(active).toMatch(/^tl-c-/);
		const focused = await page.getAttribute(`#${active}`, 'aria-label');
		expect(await page.locator('[data-testid="timeline-tip"]').textContent()).toBe(focused);
		await context.close();
	});

	test('the polities fold to a strip in the kiosk, show a name and years on hover, and open from the toolbar', async () => {
		const { page, context } = await open(browser, '/en/kiosk/', { viewport: 'kiosk' });
		await ready(page);
		const toggle = page.locator('[data-testid="timeline-toggle-polities"]');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator(`${TL} .era text`).count()).toBe(0);
		const polity = page.locator(`${TL} [data-polity-id="kazakh-khanate"]`);
		const box = (await polity.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect
			.poll(() => page.locator('[data-testid="timeline-tip"]').textContent())
			.toMatch(/^Kazakh Khanate, .*1465.* – .*1847/);
		await toggle.click();
		await settled(page);
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await page.locator(`${TL} .era text`).count()).toBeGreaterThan(5);
		// The lanes still all show, in what is left.
		const seen = await inView(page);
		for (const lane of ROLE_LANES) expect(seen.lanes[lane] ?? 0, lane).toBeGreaterThan(0);
		await context.close();
	});

	test('the foreign lane folds to one row and opens from the toolbar', async () => {
		const { page, context } = await open(browser, '/en/', { viewport: 'projector' });
		await ready(page);
		const toggle = page.locator('[data-testid="timeline-toggle-foreign"]');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		const rows = () =>
			page.evaluate(
				(tl) =>
					new Set(
						[...document.querySelectorAll(`${tl} [data-lane="foreign"]`)].map((el) => el.getAttribute('transform'))
					).size,
				TL
			);
		expect(await rows()).toBe(1);
		await toggle.click();
		await settled(page);
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await rows()).toBeGreaterThan(3);
		await context.close();
	});
});
