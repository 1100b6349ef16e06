/**
 * What a phone reader sees first stays put: hydrating moves nothing (Lighthouse's layout shift,
 * a target of issue #13), and without JavaScript the header's sections are all there instead
 * of behind a menu button that could not open.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open, type ViewportName } from './harness';
import { wake } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PAGES = [
	'/en/events/',
	'/kk/events/1594-tauekel-embassy-to-moscow/',
	'/ru/people/tauke-khan/',
	'/en/places/tobolsk/'
];

/** The sum of the layout shifts no input caused since the page began (the Layout Instability API's CLS). */
async function shiftsSoFar(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let sum = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
						if (!entry.hadRecentInput) sum += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
			})
	);
}

describe('on a phone', () => {
	test.each(PAGES)('%s does not move while it hydrates (layout shift under 0.05)', async (path) => {
		const { page, context, errors } = await open(browser, '', { viewport: 'phone' });
		// The phone's menu becomes a working button only once the page's code runs (after its first
		// frame is painted, later still on a loaded machine): wait for it.
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		const toggle = page.locator('[data-testid="menu-toggle"]');
		await expect
			.poll(
				async () => {
					if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
					return toggle.getAttribute('aria-expanded');
				},
				{ timeout: 10_000 }
			)
			.toBe('true');
		expect(await page.locator('.main-nav a').first().isVisible()).toBe(true);
		expect(await shiftsSoFar(page)).toBeLessThan(0.05);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the explorer starts MapLibre only when the reader asks for the map', async () => {
		const { page, context, errors } = await open(browser, '/en/', { viewport: 'phone' });
		await wake(page);
		await page.waitForSelector('[data-testid="timeline"][data-ready] [data-event-id]');
		await page.waitForLoadState('networkidle');
		const started = () =>
			page.evaluate(() => ({
				map: !!document.querySelector('.maplibregl-map'),
				stylesheet: !!document.querySelector('link[rel="stylesheet"][href*="maplibre-gl"]')
			}));
		expect(await started()).toEqual({ map: false, stylesheet: false });
		await page.click('[data-testid="view-switch"] [data-view="map"]');
		await page.waitForSelector('[data-testid="map"][data-status="ready"]', { timeout: 60_000 });
		expect(await started()).toEqual({ map: true, stylesheet: true });
		expect(errors).toEqual([]);
		await context.close();
	});

	test('without JavaScript every section is in the header and there is no menu button', async () => {
		const { page, context } = await open(browser, '/kk/events/', { viewport: 'phone', javaScript: false });
		expect(await page.locator('[data-testid="menu-toggle"]').isVisible()).toBe(false);
		const links = page.locator('.main-nav a');
		expect(await links.count()).toBeGreaterThanOrEqual(5);
		for (let i = 0; i < (await links.count()); i++) expect(await links.nth(i).isVisible(), `link ${i}`).toBe(true);
		await context.close();
	});
});

describe('the explorer', () => {
	// Its first screen is prerendered for a 1,024 px timeline and an open map legend: hydrating
	// lays both out for the screen. The switches are in the prerendered page (the width shows
	// one), the folding legend keeps its box, and the timeline's new layout stays within its frame.
	const CASES: [ViewportName, string][] = [
		['phone', '/en/'],
		['projector', '/ru/'],
		['kiosk', '/kk/'],
		['kioskPortrait', '/en/']
	];
	test.each(CASES)(
		'at %s size, %s does not move while it hydrates (layout shift under 0.05)',
		async (viewport, path) => {
			// As Lighthouse opens it (no reduced-motion preference).
			const { page, context, errors } = await open(browser, '', { viewport, reducedMotion: 'no-preference' });
			await page.goto(baseUrl() + path, { waitUntil: 'load' });
			await wake(page);
			await page.waitForSelector('[data-testid="timeline"][data-ready] [data-event-id]');
			// The map's legend folds in a small map once the map is measured (a frame after hydration).
			await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
			expect(await shiftsSoFar(page)).toBeLessThan(0.05);
			expect(errors).toEqual([]);
			await context.close();
		}
	);

	test('on a phone it hydrates the view it shows: the hidden map panel first when the reader opens it, then stays', async () => {
		const { page, context, errors } = await open(browser, '/en/', { viewport: 'phone' });
		await wake(page);
		await page.waitForSelector('[data-testid="timeline"][data-ready] [data-event-id]');
		// Prerendered for readers without JavaScript, dropped as the page hydrates.
		expect(await page.locator('[data-testid="map-places"]').count()).toBe(0);
		await page.locator('[data-testid="view-switch"] [data-view="map"]').click();
		await page.waitForSelector('.explorer[data-view="map"] [data-testid="map-places"] [data-place-id]');
		await page.locator('[data-testid="view-switch"] [data-view="timeline"]').click();
		await page.waitForSelector('.explorer[data-view="timeline"]');
		expect(await page.locator('[data-testid="map-places"]').count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});
