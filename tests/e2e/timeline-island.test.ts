/**
 * The explorer's timeline is an island (TimelineIsland.svelte): the page hydrates without it,
 * it stays as prerendered until the reader reaches for it, and then the reader's own event goes
 * on to the live timeline. Shared state it cannot show (a selection in the URL, another page's
 * navigation) brings it to life without a touch. The overview below the first screen is an
 * island that only another language or content brings to life.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open } from './harness';
import { TL } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const ISLAND = '[data-testid="timeline-island"]';
const OVERVIEW = '[data-testid="explorer-overview"]';
const POLL = { timeout: 10_000 };
const phase = (page: Page) => page.getAttribute(ISLAND, 'data-phase');
const live = (page: Page) => page.locator(`${TL}[data-ready]`).count();

/** The page is live (its other parts answer) and the timeline waits, as prerendered. */
async function waiting(page: Page) {
	await expect.poll(() => phase(page), POLL).toBe('waiting');
	// Longer than the timeline takes to go live once asked (a frame after it hydrates).
	await page.waitForTimeout(500);
	expect(await live(page)).toBe(0);
	expect(await page.locator(`${TL} [data-event-id]`).count()).toBeGreaterThan(5);
}

/** Svelte's warnings too: a hydration that did not fit the prerendered nodes warns, then redraws. */
function warnings(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (msg) => msg.type() === 'warning' && /svelte|hydrat/i.test(msg.text()) && seen.push(msg.text()));
	return seen;
}

describe('the explorer timeline as an island', () => {
	test('on a phone it waits until a finger touches it, then goes live in place', async () => {
		const { page, context, errors } = await open(browser, '', { viewport: 'phone', hasTouch: true });
		const warned = warnings(page);
		await page.goto(baseUrl() + '/en/', { waitUntil: 'load' });
		await waiting(page);
		const before = await page.locator(`${TL} .stage`).elementHandle();
		const box = (await page.locator(`${TL} .stage`).boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + 10);
		await expect.poll(() => live(page), POLL).toBe(1);
		expect(await phase(page)).toBe('live');
		// Hydrated, not drawn again: the painted stage is the live one.
		expect(await page.locator(`${TL} .stage`).evaluate((el, was) => el === was, before)).toBe(true);
		await before!.dispose();
		expect(errors).toEqual([]);
		expect(warned).toEqual([]);
		await context.close();
	});

	test('at the projector the first click on zoom-in wakes it and zooms', async () => {
		const { page, context, errors } = await open(browser, '/en/', { viewport: 'projector' });
		await waiting(page);
		const span = async () => {
			const [from, to] = (await page.getAttribute(TL, 'data-window'))!.split(',').map(Number);
			return to - from;
		};
		const whole = await span();
		// Straight to the button, as a clicker or a mouse does (the pointer comes over it on the way).
		await page.click(`${TL} [data-testid="timeline-zoom-in"]`);
		await expect.poll(() => live(page), POLL).toBe(1);
		await expect.poll(span, POLL).toBeLessThan(whole * 0.75);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('focus wakes it for a keyboard reader, and the keys answer', async () => {
		const { page, context, errors } = await open(browser, '/kk/', { viewport: 'kiosk' });
		await waiting(page);
		await page.focus(`${TL} .stage`);
		await expect.poll(() => live(page), POLL).toBe(1);
		// The focus that woke it reached the live stage too (its focus ring is on).
		expect(await page.locator(`${TL} .stage.focused`).count()).toBe(1);
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(async () => (await page.textContent('[data-testid="timeline-announcer"]'))!.length, POLL)
			.toBeGreaterThan(5);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('a shared link with a selection wakes it without a touch, showing the selection', async () => {
		const { page, context, errors } = await open(browser, '/ru/?event=1731-abulkhair-oath', { viewport: 'kiosk' });
		await expect.poll(() => live(page), POLL).toBe(1);
		await expect
			.poll(() => page.getAttribute(`${TL} [data-testid="timeline-card"]`, 'data-selected'), POLL)
			.toBe('1731-abulkhair-oath');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the overview below stays as prerendered, and follows the reader into another language', async () => {
		/** The overview's headings and where its links lead. */
		const overview = (page: Page) =>
			page.$eval(OVERVIEW, (el) => ({
				headings: [...el.querySelectorAll('h2')].map((h) => h.textContent!.trim()),
				links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
				polities: el.querySelectorAll('.eras li').length
			}));
		const { page, context, errors } = await open(browser, '', { viewport: 'kiosk' });
		const warned = warnings(page);
		await page.goto(baseUrl() + '/kk/', { waitUntil: 'load' });
		const kk = await overview(page);
		await page.goto(baseUrl() + '/en/', { waitUntil: 'load' });
		await expect.poll(() => page.getAttribute(OVERVIEW, 'data-phase'), POLL).toBe('waiting');
		const en = await overview(page);
		expect(en.links.length).toBeGreaterThan(5);
		expect(en.links.every((href) => href!.startsWith('/en/'))).toBe(true);
		expect(en.headings).not.toEqual(kk.headings);
		await page.click('.site-header [data-lang-switch="kk"]');
		await page.waitForURL('**/kk/');
		await expect.poll(() => overview(page), POLL).toEqual(kk);
		expect(kk.polities).toBeGreaterThan(5);
		expect(errors).toEqual([]);
		expect(warned).toEqual([]);
		await context.close();
	});

	test('arriving from another page it is drawn live at once', async () => {
		const { page, context, errors } = await open(browser, '/en/events/', { viewport: 'kiosk' });
		// Once the page is live its links navigate in place.
		await page.locator('html[data-mode]').waitFor({ state: 'attached' });
		await page.click('.main-nav a[href="/en/"]');
		await page.waitForURL('**/en/');
		await expect.poll(() => live(page), POLL).toBe(1);
		expect(await page.locator(`${OVERVIEW} .eras li`).count()).toBeGreaterThan(5);
		expect(await page.getAttribute(OVERVIEW, 'data-phase')).toBe('live');
		expect(errors).toEqual([]);
		await context.close();
	});
});
