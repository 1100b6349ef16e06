/**
 * The page layouts (#12) in presenter mode on a projector (map, lanes and the event card on one
 * screen, the card read whole) and on a phone (every section of the navigation after one tap,
 * nothing wider than the screen; the explorer's view switch).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGS, VIEWPORTS, launch, open, screenshot, type ViewportName } from './harness';
import { waitForMap } from './map-helpers';
import { expectOneScreen, mapCanvasInView, pageOverflow, textReadsWhole } from './layout-helpers';
import { ready } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PROJECTOR: ViewportName[] = ['projector', 'tablet'];

describe('presenter mode on a projector', () => {
	test.each(PROJECTOR.flatMap((size) => LANGS.map((lang) => [size, lang] as const)))(
		'explorer at %s in %s: map, lanes and the event card on one screen; the card reads whole',
		async (size, lang) => {
			const { page, context, errors } = await open(browser, `/${lang}/?mode=present`, { viewport: size });
			await ready(page);
			await waitForMap(page);
			await expectOneScreen(page, `present ${size} ${lang}`);
			expect((await pageOverflow(page)).down).toBeLessThanOrEqual(0);
			// The clicker steps to the first event: its card shows beside the map, whole or paged.
			await page.keyboard.press('ArrowRight');
			await page.locator('[data-testid="present-card"] .stage-card').waitFor();
			const card = (await page.locator('[data-testid="present-card"]').boundingBox())!;
			expect(card.y + card.height).toBeLessThanOrEqual(VIEWPORTS[size].height + 1);
			expect(await textReadsWhole(page, '[data-testid="present-text"]')).toBe('');
			await screenshot(page, `layout-present-${size}-${lang}`);
			expect(errors).toEqual([]);
			await context.close();
		}
	);
});

describe('phone', () => {
	test.each(LANGS)(
		'in %s: every section of the navigation after one tap, nothing wider than the screen',
		async (lang) => {
			for (const path of [`/${lang}/`, `/${lang}/events/`, `/${lang}/tours/`]) {
				const { page, context, errors } = await open(browser, path, { viewport: 'phone' });
				await page.waitForLoadState('load');
				const links = page.locator('.main-nav a');
				const count = await links.count();
				expect(count).toBeGreaterThanOrEqual(5);
				const toggle = page.locator('[data-testid="menu-toggle"]');
				await toggle.waitFor();
				if (path === `/${lang}/`) await screenshot(page, `layout-phone-${lang}`);
				// The button is painted before the page's code runs; it opens once the page is live.
				await expect
					.poll(async () => {
						if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
						return toggle.getAttribute('aria-expanded');
					})
					.toBe('true');
				for (let i = 0; i < count; i++) {
					const link = links.nth(i);
					expect(await link.isVisible(), `${path} link ${i}`).toBe(true);
					const box = (await link.boundingBox())!;
					expect(box.x).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
					expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
					expect(box.height).toBeGreaterThanOrEqual(44);
				}
				if (path === `/${lang}/`) await screenshot(page, `layout-phone-${lang}-menu`);
				expect((await pageOverflow(page)).across, path).toBeLessThanOrEqual(0);
				expect(errors).toEqual([]);
				await context.close();
			}
		}
	);

	test('the explorer switches between timeline, map and list, one filling the screen at a time', async () => {
		const { page, context } = await open(browser, '/en/', { viewport: 'phone' });
		await ready(page);
		const region = (name: string) => page.locator(`.explorer .region.${name}`);
		await expect.poll(() => region('timeline').isVisible()).toBe(true);
		await expect.poll(() => region('map').isVisible()).toBe(false);
		await page.click('[data-testid="view-switch"] [data-view="map"]');
		await waitForMap(page);
		await expect.poll(() => region('map').isVisible()).toBe(true);
		await expect.poll(() => region('timeline').isVisible()).toBe(false);
		expect(await mapCanvasInView(page)).toBe('');
		await screenshot(page, 'layout-phone-en-map');
		await page.click('[data-testid="view-switch"] [data-view="list"]');
		await page.locator('[data-testid="view-list"] [data-event-item]').first().waitFor();
		await expect.poll(() => region('map').isVisible()).toBe(false);
		expect(await page.locator('[data-testid="view-list"] [data-event-item]').count()).toBeGreaterThan(5);
		await screenshot(page, 'layout-phone-en-list');
		await page.click('[data-testid="view-switch"] [data-view="timeline"]');
		await expect.poll(() => region('timeline').isVisible()).toBe(true);
		expect((await pageOverflow(page)).across).toBeLessThanOrEqual(0);
		await context.close();
	});
});
