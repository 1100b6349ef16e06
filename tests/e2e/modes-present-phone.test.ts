/** Presenter mode on a phone (a lesson looked over on the way, a projector's link opened on a phone): the timeline with the event's card or the tour stop's text, in each language. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, LANGS, open, screenshot } from './harness';
import { findTour, offScreen, until } from './modes-helpers';

let browser: Browser;
let tour: { id: string; stops: string[] };
beforeAll(async () => {
	browser = await launch();
	tour = await findTour(browser);
});
afterAll(async () => browser?.close());

/** The height of the presenter bar: the pages keep that strip clear at the bottom of the screen. */
const barHeight = (page: Page) => page.$eval('[data-testid="presenter-bar"]', (el) => (el as HTMLElement).offsetHeight);
const bottom = (page: Page, selector: string) => page.$eval(selector, (el) => el.getBoundingClientRect().bottom);

const CARD = '[data-testid="present-card"]';
const TIMELINE = '[data-testid="timeline-island"]';

test.each(LANGS)(
	'on a phone in %s: the timeline over the card with its hint, then a step shows the event, clear of the bar',
	async (lang) => {
		const { page, context, errors, external } = await open(browser, `/${lang}/?mode=present`, {
			viewport: 'phone',
			hasTouch: true
		});
		await page.locator('html[data-mode="present"]').waitFor({ state: 'attached' });
		await page.locator(`${CARD} .hint`).waitFor();
		// A phone has no arrow keys: the hint names the bar's button too.
		expect(await page.textContent(`${CARD} .hint`)).toContain('▶');
		expect(await offScreen(page, `${TIMELINE}, ${CARD}, ${CARD} .hint`)).toEqual([]);
		const box = (selector: string) =>
			page.$eval(selector, (el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, height: r.height };
			});
		const timeline = await box(TIMELINE);
		expect(timeline.height).toBeGreaterThan(200);
		expect((await box(CARD)).top).toBeGreaterThanOrEqual(timeline.bottom - 1);

		await page.keyboard.press('ArrowRight');
		const title = `${CARD} .stage-card .title`;
		await until(async () => (await page.locator(title).count()) > 0, 'the first event on the card');
		expect(await offScreen(page, title)).toEqual([]);
		// The bar, when it slides in, covers no part of the card.
		expect(await bottom(page, CARD)).toBeLessThanOrEqual(844 - (await barHeight(page)) + 1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await screenshot(page, `modes-present-phone-${lang}`);
		expect(external).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}
);

test.each(LANGS)("a tour on a phone in %s: the stop's text over its timeline, clear of the bar", async (lang) => {
	const { page, context, errors } = await open(browser, `/${lang}/tours/${tour.id}/?mode=present&stop=2`, {
		viewport: 'phone',
		hasTouch: true
	});
	const player = '[data-testid="tour-player"]';
	await page.locator(`${player} .stage-card`).waitFor();
	await page.locator('html[data-mode="present"]').waitFor({ state: 'attached' });
	expect(await page.getAttribute(`${player} .stage-card`, 'data-event')).toBe(tour.stops[1]);
	expect(await offScreen(page, `${player} .stage-card .title, ${player} [data-testid="timeline"]`)).toEqual([]);
	expect(await bottom(page, player)).toBeLessThanOrEqual(844 - (await barHeight(page)) + 1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await screenshot(page, `modes-present-phone-tour-${lang}`);
	expect(errors).toEqual([]);
	await context.close();
});
