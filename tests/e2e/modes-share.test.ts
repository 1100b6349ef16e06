/** Shareable state: every piece of the exploration state survives the URL round trip, Back/Forward restore it, and "share" shows the link and its QR code. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, screenshot } from './harness';
import { clickInBar, params, until } from './modes-helpers';

let browser: Browser;
let events: string[];
/** An event inside the window of FULL.t (a view may move the window to show a selection outside it). */
let inWindow: string;
beforeAll(async () => {
	browser = await launch();
	const { page, context } = await open(browser, '/en/events/');
	events = await page.$$eval('[data-event-item]', (els) =>
		els.slice(0, 3).map((e) => e.getAttribute('data-event-item')!)
	);
	inWindow = (await page.$$eval('[data-event-item]', (els) => els.map((e) => e.getAttribute('data-event-item')!))).find(
		(id) => /^17[2-7]\d-/.test(id)
	)!;
	await context.close();
});
afterAll(async () => browser?.close());

const FULL = {
	event: '',
	t: '1700,1800',
	map: '68.25,43.3,4.5',
	kind: 'embassy,treaty',
	role: 'biy',
	polity: 'kazakh-khanate',
	q: 'khan',
	mode: 'present'
};

test('a link with every piece of state restores it: the state writes back the same URL, the share dialog shows it', async () => {
	const query = new URLSearchParams({ ...FULL, event: inWindow });
	const { page, context, errors } = await open(browser, `/en/?${query}`, { viewport: 'projector' });
	await page.locator('html[data-mode="present"]').waitFor({ state: 'attached' });
	// The state read the URL: the presenter card shows the event.
	await until(
		async () =>
			(await page.getAttribute('[data-testid="present-card"] .stage-card', 'data-event').catch(() => null)) ===
			inWindow,
		'the event from the URL'
	);
	await page.waitForTimeout(1500);
	const now = params(page);
	for (const [key, value] of Object.entries({ ...FULL, event: inWindow })) expect(now.get(key), key).toBe(value);

	// The share dialog: the very link, and a QR code of it.
	await clickInBar(page, page.locator('[data-testid="presenter-bar"] [data-testid="share-button"]'));
	const dialog = page.locator('[data-testid="presenter-bar"] [data-testid="share-dialog"]');
	await dialog.waitFor();
	expect(await dialog.locator('[data-testid="share-link"]').inputValue()).toBe(page.url());
	expect(Number(await dialog.locator('svg.qr').getAttribute('data-qr-size'))).toBeGreaterThanOrEqual(21);
	await screenshot(page, 'modes-share-dialog-en');
	await dialog.getByRole('button', { name: 'Close' }).click();
	expect(errors).toEqual([]);
	await context.close();
});

test('the tour stop round-trips too (?stop=), and Back/Forward restore selections', async () => {
	const { page, context } = await open(browser, `/en/?mode=present`, { viewport: 'projector' });
	await page.locator('html[data-mode="present"]').waitFor({ state: 'attached' });
	const card = () => page.getAttribute('[data-testid="present-card"] .stage-card', 'data-event').catch(() => null);
	await page.keyboard.press('ArrowRight');
	await until(async () => (await card()) === events[0], 'event 1');
	await page.keyboard.press('ArrowRight');
	await until(async () => (await card()) === events[1], 'event 2');
	await page.goBack();
	await until(async () => (await card()) === events[0] && params(page).get('event') === events[0], 'Back to event 1');
	await page.goForward();
	await until(
		async () => (await card()) === events[1] && params(page).get('event') === events[1],
		'Forward to event 2'
	);
	expect(params(page).get('mode')).toBe('present');
	await context.close();
});

test('share outside presenter mode: header button, copy, QR (offline, no request leaves)', async () => {
	const { page, context, external } = await open(browser, `/ru/?event=${events[2]}`, { viewport: 'projector' });
	await page.locator('html[data-mode]').waitFor({ state: 'attached' });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.locator('.site-header [data-testid="share-button"]').click();
	const dialog = page.locator('.site-header [data-testid="share-dialog"]');
	await dialog.waitFor();
	const link = await dialog.locator('[data-testid="share-link"]').inputValue();
	expect(new URL(link).searchParams.get('event')).toBe(events[2]);
	await dialog.getByRole('button', { name: 'Копировать ссылку' }).click();
	await until(
		async () => ((await dialog.locator('[role="status"]').textContent()) ?? '').trim().length > 0,
		'the copy status'
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	expect(external).toEqual([]);
	await context.close();
});
