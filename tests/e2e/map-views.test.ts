/**
 * The explorer's map in kk, ru and en at kiosk, projector and phone sizes (on the kiosk with an
 * embassy selected and drawn on top): it loads and draws with no request leaving 127.0.0.1, and
 * leaves screenshots for a person to look at (`npm run screenshots`). What the map does:
 * map.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGS, launch, open, screenshot, SCREENSHOTS, type ViewportName } from './harness';
import { drawn, showMap, waitForMap } from './map-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('screenshots for a person to look at', () => {
	const sizes: ViewportName[] = ['kiosk', 'projector', 'phone'];
	for (const lang of LANGS)
		for (const size of sizes)
			it(`${lang} at ${size}`, async () => {
				const { page, context, external } = await open(browser, `/${lang}/`, {
					viewport: size,
					hasTouch: size === 'phone'
				});
				if (size === 'phone') await showMap(page);
				await waitForMap(page);
				if (size === 'kiosk') {
					// A selected embassy: its route drawn on top, its places highlighted, the place panel open.
					const first = page.locator('[data-testid="map-places"] [data-place-id]').first();
					await first.click();
					await page.locator('[data-testid="map-place-panel"] [data-event-id]').first().click();
					await expect.poll(async () => (await drawn(page))?.selected ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
					if (SCREENSHOTS) await page.waitForTimeout(1500);
				}
				await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
				await screenshot(page, `map-${lang}-${size}`);
				expect(external).toEqual([]);
				await context.close();
			});
});
