/**
 * The page layouts (#12 "One screen that shows the history"): at each screen our readers use,
 * without scrolling, the map's canvas, a bar of every role lane (Torekulov's among them) with
 * names that read, the event's card; on a tour stop its people, its places on the map and its
 * whole text; on a phone every section of the navigation and nothing wider than the screen.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGS, VIEWPORTS, launch, open, screenshot, type ViewportName } from './harness';
import { drawn, waitForMap } from './map-helpers';
import { mapCanvasInView, pageOverflow, textReadsWhole, torekulovTour, type Stop } from './layout-helpers';
import { ROLE_LANES, inView, nameClashes, ready } from './timeline-helpers';
import { until } from './modes-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const SIZES: ViewportName[] = ['kiosk', 'kioskPortrait', 'projector', 'tablet'];
const PROJECTOR: ViewportName[] = ['projector', 'tablet'];

/** Every role lane and Torekulov in view, names clear, the map's canvas on the screen. */
async function expectOneScreen(page: Page, what: string) {
	const seen = await inView(page);
	for (const lane of ROLE_LANES) expect(seen.lanes[lane] ?? 0, `${what}: ${lane} bars in view`).toBeGreaterThan(0);
	expect(seen.torekulov, `${what}: Torekulov's bar in view`).toBe(true);
	expect(seen.lanesOverflow, `${what}: lanes scroll`).toBeLessThanOrEqual(1);
	expect(await nameClashes(page), what).toEqual([]);
	expect(await mapCanvasInView(page), what).toBe('');
}

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

	const tour = torekulovTour();
	test.each(PROJECTOR.flatMap((size) => LANGS.map((lang) => [size, lang] as const)))(
		`every stop of the Torekulov tour at %s in %s: its people, its places and its whole text`,
		async (size, lang) => {
			const { page, context, errors } = await open(browser, `/${lang}/tours/${tour.id}/?stop=1&mode=present`, {
				viewport: size
			});
			await ready(page);
			await waitForMap(page);
			for (const [i, stop] of tour.stops.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await until(
					async () => (await page.getAttribute('[data-testid="tour-player"]', 'data-stop')) === String(i + 1),
					`stop ${i + 1}`
				);
				await expectStop(page, stop, `${size} ${lang} stop ${i + 1}`);
				if (i === 2) await screenshot(page, `layout-tour-${size}-${lang}`);
			}
			expect(errors).toEqual([]);
			await context.close();
		}
	);
});

async function expectStop(page: Page, stop: Stop, what: string) {
	await page.waitForSelector(`[data-testid="timeline"]:not([data-moving])`);
	// Every person of the stop drawn in a role lane of the tour's timeline shows a bar in view.
	let missing: string[] = [];
	await until(async () => {
		const seen = await inView(page, stop.people);
		missing = seen.drawnPeople.filter((id) => !seen.people.includes(id));
		return missing.length === 0;
	}, `${what}: people in view`).catch(() => expect(missing, `${what}: people not in view`).toEqual([]));
	expect(await nameClashes(page), what).toEqual([]);
	// The map draws every place of the stop inside its canvas (it flies there when needed).
	if (stop.places.length)
		await until(async () => ((await drawn(page))?.selected ?? 0) >= stop.places.length, `${what}: places on the map`);
	expect(await mapCanvasInView(page), what).toBe('');
	expect((await pageOverflow(page)).down, `${what}: the page scrolls`).toBeLessThanOrEqual(0);
	expect(await textReadsWhole(page, '[data-testid="tour-text"]'), what).toBe('');
}

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
