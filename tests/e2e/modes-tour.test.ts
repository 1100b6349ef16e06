/** Tours: the player steps stop by stop with keys and buttons, the stop lives in the URL, the page reads and prints without JavaScript. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, LANGS, open, screenshot } from './harness';
import { findTour, params, until } from './modes-helpers';

let browser: Browser;
let tour: { id: string; stops: string[] };

beforeAll(async () => {
	browser = await launch();
	tour = await findTour(browser);
});
afterAll(async () => browser?.close());

const player = (page: Page) => page.locator('[data-testid="tour-player"]');
const stopOf = async (page: Page) => Number(await player(page).getAttribute('data-stop'));
const cardEvent = (page: Page) => page.getAttribute('[data-testid="tour-player"] .stage-card', 'data-event');

async function expectAt(page: Page, n: number) {
	await until(async () => (await stopOf(page)) === n && params(page).get('stop') === String(n), `stop ${n}`);
	expect(await cardEvent(page)).toBe(tour.stops[n - 1]);
	await until(() => params(page).get('event') === tour.stops[n - 1], `event of stop ${n} in the URL`);
	expect(await page.locator('[data-testid="tour-position"]').textContent()).toContain(`${n} of ${tour.stops.length}`);
}

test('?stop=2 opens stop 2; keys step forward and back; the URL follows; Back returns', async () => {
	const { page, context, external, errors } = await open(browser, `/en/tours/${tour.id}/?stop=2`);
	await player(page).waitFor();
	await expectAt(page, 2);
	const n = tour.stops.length;
	await page.keyboard.press('ArrowRight');
	await expectAt(page, 3);
	await page.keyboard.press('PageDown');
	await expectAt(page, 4);
	await page.keyboard.press('ArrowLeft');
	await expectAt(page, 3);
	await page.keyboard.press('PageUp');
	await expectAt(page, 2);
	await page.keyboard.press('Space');
	await expectAt(page, 3);
	await page.keyboard.press('End');
	await expectAt(page, n);
	// No wrap past the end.
	await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(200);
	expect(await stopOf(page)).toBe(n);
	await page.keyboard.press('Home');
	await expectAt(page, 1);
	// History: Back goes to the previous stop, and stays there (no new entry is pushed).
	await page.goBack();
	await expectAt(page, n);
	await page.goBack();
	await expectAt(page, 3);
	await page.waitForTimeout(400);
	await page.goForward();
	await expectAt(page, n);
	expect(external).toEqual([]);
	expect(errors).toEqual([]);
	await context.close();
});

test('opening a tour at ?stop=2 fills in its event without a history entry of its own', async () => {
	const { page, context } = await open(browser, '/en/tours/');
	await page.goto(`${baseUrl()}/en/tours/${tour.id}/?stop=2`);
	await player(page).waitFor();
	await expectAt(page, 2);
	// Back leaves the tour: no half-done entry (?stop=2 without its event) sits in between.
	await page.goBack();
	await until(() => new URL(page.url()).pathname === '/en/tours/', 'the tours list');
	await context.close();
});

test('buttons: start at the introduction, next/previous, and a way back to free exploring', async () => {
	const { page, context } = await open(browser, `/en/tours/${tour.id}/`);
	await player(page).waitFor();
	expect(await stopOf(page)).toBe(0);
	expect(await page.locator('[data-testid="tour-prev"]').isDisabled()).toBe(true);
	await page.click('[data-testid="tour-next"]');
	await expectAt(page, 1);
	await page.click('[data-testid="tour-next"]');
	await expectAt(page, 2);
	await page.click('[data-testid="tour-prev"]');
	await expectAt(page, 1);
	await page.click('[data-testid="tour-explore"]');
	await until(() => new URL(page.url()).pathname === '/en/', 'the explorer');
	expect(params(page).get('event')).toBe(tour.stops[0]);
	expect(params(page).get('stop')).toBeNull();
	await context.close();
});

test('without JavaScript the tour is a readable list of every stop, each with a small map', async () => {
	const { page, context } = await open(browser, `/en/tours/${tour.id}/?stop=3`, { javaScript: false });
	expect(await player(page).count()).toBe(0);
	expect(await page.locator('.stops > li').count()).toBe(tour.stops.length);
	expect(await page.locator('.stops > li h3').first().isVisible()).toBe(true);
	await context.close();
});

test('Ctrl+P gives a clean handout: no player, no site chrome, every stop with date, summary, map and sources', async () => {
	const { page, context } = await open(browser, `/en/tours/${tour.id}/?stop=2`);
	await player(page).waitFor();
	await page.emulateMedia({ media: 'print' });
	expect(await player(page).isVisible()).toBe(false);
	expect(await page.locator('.site-header').isVisible()).toBe(false);
	expect(await page.locator('.site-footer').isVisible()).toBe(false);
	const stops = page.locator('.stops > li');
	expect(await stops.count()).toBe(tour.stops.length);
	for (let i = 0; i < tour.stops.length; i++) {
		const li = stops.nth(i);
		expect(await li.locator('h3').isVisible()).toBe(true);
		expect((await li.locator('.when').textContent())?.trim()).toMatch(/\d/);
	}
	// Every stop with places shows its locator map (a stop without places has none to show).
	expect(await page.locator('.stops > li [data-testid="locator-map"]').count()).toBeGreaterThan(0);
	// The PDF itself: the page's title, and every stop's link (Chromium keeps links as annotations).
	const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
	const hex = /\/Title\s*<FEFF([0-9A-F]*)>/.exec(pdf)?.[1] ?? '';
	const title = Buffer.from(hex, 'hex').swap16().toString('utf16le');
	expect(title).toBe(await page.title());
	const links = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => new URL(m[1]).pathname);
	for (const id of tour.stops) expect(links).toContain(`/en/events/${id}/`);
	expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
	await context.close();
});

test.each(LANGS)('the tour on a phone in %s (screenshot) keeps its controls on screen', async (lang) => {
	const { page, context } = await open(browser, `/${lang}/tours/${tour.id}/?stop=2`, {
		viewport: 'phone',
		hasTouch: true
	});
	await player(page).waitFor();
	await page.waitForTimeout(1500);
	const next = await page.locator('[data-testid="tour-next"]').boundingBox();
	expect(next && next.x + next.width <= 390 && next.height >= 44).toBe(true);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await screenshot(page, `modes-tour-phone-${lang}`);
	await page.locator('[data-testid="tour-player"] .panel').scrollIntoViewIfNeeded();
	await screenshot(page, `modes-tour-phone-${lang}-panel`);
	await context.close();
});

test('the printed handout: the title first, no stop split across pages, links printed as plain text', async () => {
	const { page, context } = await open(browser, `/en/tours/${tour.id}/`, { viewport: 'projector' });
	await page.locator('.stops > li h3 a').first().waitFor();
	await page.emulateMedia({ media: 'print' });
	// Read once the print styles apply (under load the first read can come before the restyle).
	const read = () =>
		page.evaluate(() => {
			const stops = [...document.querySelectorAll('.stops > li')];
			const link = document.querySelector('.stops > li h3 a')!;
			const h1 = document.querySelector('h1')!;
			return {
				titleFirst: h1.getBoundingClientRect().bottom <= stops[0].getBoundingClientRect().top,
				unsplit: stops.map((li) => getComputedStyle(li).breakInside),
				linkColor: getComputedStyle(link).color,
				textColor: getComputedStyle(link.closest('li')!).color,
				underline: getComputedStyle(link).textDecorationLine
			};
		});
	await expect.poll(async () => (await read()).underline).toBe('none');
	const printed = await read();
	expect(printed.titleFirst).toBe(true);
	expect(new Set(printed.unsplit)).toEqual(new Set(['avoid']));
	expect(printed.linkColor).toBe(printed.textColor);
	expect(printed.underline).toBe('none');
	// The first printed page or so (A4 is about 1.4 times as tall as wide), for a person to look at.
	await screenshot(page, 'modes-tour-print-en', { fullPage: true });
	await context.close();
});
