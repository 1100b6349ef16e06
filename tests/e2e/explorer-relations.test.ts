/**
 * The network of relations as a panel of the explorer (issue #14): beside the timeline in place
 * of the map on a wide screen, as a fourth view on a phone; the same window and selection as the
 * timeline and the map, and no WCAG violation with it open.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, LANGS, launch, open } from './harness';
import { params, until } from './modes-helpers';
import { clickArc, edges } from './relations-helpers';
import { settled, wake } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const TL = '[data-testid="timeline"]';
const PANEL = '[data-testid="explorer-relations"]';

async function openPanel(page: Page, switchId: 'panel-switch' | 'view-switch') {
	await wake(page);
	await page.waitForSelector(`${TL}[data-ready] [data-event-id]`);
	await page.click(`[data-testid="${switchId}"] [data-view="relations"]`);
	await page.waitForSelector(`${PANEL} [data-testid="relations"] [data-relation]`);
}

describe('the explorer with the network beside the timeline', () => {
	test("the timeline's window decides the edges; an edge chosen selects its event on the timeline and the map", async () => {
		const { page, context, errors } = await open(browser, '/en/?t=1700,1800', { viewport: 'kiosk' });
		await openPanel(page, 'panel-switch');
		expect(await page.isVisible(PANEL)).toBe(true);
		expect(await page.getAttribute('[data-testid="panel-switch"] [data-view="relations"]', 'aria-pressed')).toBe(
			'true'
		);
		const wide = await edges(page);
		expect(wide.size).toBeGreaterThan(0);
		// Zooming the timeline in narrows the window: the panel's network follows it.
		await settled(page);
		for (let i = 0; i < 3; i++) await page.click(`${TL} [data-testid="timeline-zoom-in"]`);
		await until(async () => {
			const now = await edges(page);
			return [...now.values()].reduce((a, b) => a + b, 0) < [...wide.values()].reduce((a, b) => a + b, 0);
		}, 'fewer acts in a narrower window');
		// Back to the whole century, then choose an embassy: its event is selected everywhere.
		await page.goto(page.url().replace(/\?.*$/, '?t=1700,1800'), { waitUntil: 'load' });
		await openPanel(page, 'panel-switch');
		const [key] = [...(await edges(page))].find(([k]) => k.endsWith('|embassy'))!;
		await clickArc(page, key);
		await until(() => params(page).get('rel') === key.replaceAll('|', ','), 'rel= in the URL');
		const event = params(page).get('event');
		expect(event).toBeTruthy();
		await expect
			.poll(() =>
				page.$$eval(`${TL} [data-event-id][aria-pressed="true"]`, (els) =>
					els.map((e) => e.getAttribute('data-event-id'))
				)
			)
			.toEqual([event]);
		// Back to the map: it shows the chosen event.
		await page.click('[data-testid="panel-switch"] [data-view="map"]');
		expect(await page.isVisible(PANEL)).toBe(false);
		await page.waitForSelector('[data-testid="map"][data-status="ready"]', { timeout: 60_000 });
		await expect
			.poll(async () => Number(await page.getAttribute('[data-testid="map-view"]', 'data-drawn-selected')), {
				timeout: 20_000
			})
			.toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	test.each(LANGS)('in %s on a phone: the network is a view of its own, in the language', async (lang) => {
		const { page, context, errors } = await open(browser, `/${lang}/?t=1700,1800`, { viewport: 'phone' });
		await openPanel(page, 'view-switch');
		expect(await page.isVisible(TL)).toBe(false);
		const box = (await page.locator(PANEL).boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(390);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(errors).toEqual([]);
		await context.close();
	});

	test.each(LANGS)('in %s, with the network open: no WCAG 2.2 A/AA violation', async (lang) => {
		const { page, context } = await open(browser, `/${lang}/?t=1700,1800`, { viewport: 'projector' });
		await openPanel(page, 'panel-switch');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
