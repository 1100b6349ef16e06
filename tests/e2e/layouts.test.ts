/**
 * The page layouts (#12 "One screen that shows the history"): at each screen our readers use,
 * the kiosk and the explorer show, without scrolling, the map's canvas and a bar of every role
 * lane (Torekulov's among them) with names that read; the kiosk its featured events. Presenter
 * mode and phones: layouts-present.test.ts; every stop of a tour: layouts-tour.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGS, VIEWPORTS, launch, open, screenshot, type ViewportName } from './harness';
import { waitForMap } from './map-helpers';
import { expectOneScreen, pageOverflow, textReadsWhole } from './layout-helpers';
import { ready } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const SIZES: ViewportName[] = ['kiosk', 'kioskPortrait', 'projector', 'tablet'];

describe('one screen: the kiosk and the explorer', () => {
	test.each(
		SIZES.flatMap((size) =>
			LANGS.flatMap((lang) => [['kiosk', size, lang] as const, ['explorer', size, lang] as const])
		)
	)('%s at %s in %s: map, every role lane and Torekulov without scrolling', async (where, size, lang) => {
		const { page, context, errors } = await open(browser, where === 'kiosk' ? `/${lang}/kiosk/` : `/${lang}/`, {
			viewport: size
		});
		await ready(page);
		await waitForMap(page);
		await expectOneScreen(page, `${where} ${size} ${lang}`);
		const overflow = await pageOverflow(page);
		expect(overflow.scrolled).toBe(0);
		expect(overflow.across).toBeLessThanOrEqual(0);
		if (where === 'kiosk') expect(overflow.down).toBeLessThanOrEqual(0);
		else {
			// The explorer's stage ends at the bottom of the screen; the overview follows below it.
			const stage = (await page.locator('.explorer').boundingBox())!;
			expect(stage.y + stage.height).toBeLessThanOrEqual(VIEWPORTS[size].height + 1);
		}
		if (where === 'kiosk') {
			// The event card's place shows the featured events (a list that pages inside its panel).
			expect(await page.locator('[data-kiosk-pick]').first().isVisible()).toBe(true);
			expect(await textReadsWhole(page, '[data-testid="kiosk-featured"]')).toBe('');
		}
		await screenshot(page, `layout-${where}-${size}-${lang}`);
		expect(errors).toEqual([]);
		await context.close();
	});
});
