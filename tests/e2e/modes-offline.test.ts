/** Offline kiosk: after one visit the service worker has every file, and the kiosk reloads with the network gone. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './harness';
import { until } from './modes-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

test('the kiosk reloads offline once the service worker is installed (every page of the build precached)', async () => {
	const { page, context, external, errors } = await open(browser, '/kk/kiosk/?idle=600', {
		hasTouch: true,
		serviceWorkers: 'allow'
	});
	// Installing means fetching every file of the build, so allow it time.
	const cached = await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		const keys = await caches.keys();
		const cache = await caches.open(keys.find((k) => k.startsWith('atlas-'))!);
		return { active: reg.active?.state, count: (await cache.keys()).length };
	});
	expect(cached.active).toBe('activated');
	expect(cached.count).toBeGreaterThan(100);

	const id = await page.getAttribute('[data-kiosk-pick]', 'data-kiosk-pick');
	await context.setOffline(true);
	await page.reload({ waitUntil: 'load' });
	await page.locator('[data-testid="kiosk-stage"]').waitFor();
	await page
		.locator('[data-testid="kiosk-status"][data-ready]')
		.waitFor({ state: 'attached', timeout: 10_000 })
		.catch((e) => {
			throw new Error(`${e}\n${errors.join('\n')}`);
		});
	expect(await page.title()).toBeTruthy();
	// Still a working kiosk: an event opens, another language loads (its page and data from the cache).
	await page.locator(`[data-kiosk-pick="${id}"]`).tap();
	await until(
		async () => (await page.getAttribute('[data-testid="kiosk-stage"]', 'data-selected')) === id,
		'the event to open offline'
	);
	await page.locator('[data-testid="kiosk-stage"] [data-lang-switch="en"]').tap();
	await until(() => new URL(page.url()).pathname === '/en/kiosk/', 'the English kiosk offline');
	await until(async () => (await page.getAttribute('html', 'lang')) === 'en', 'English offline');
	expect(await page.getAttribute('[data-testid="kiosk-stage"]', 'data-selected')).toBe(id);
	// A page never visited is in the cache as well.
	const other = await page.evaluate(async () => (await fetch('/ru/kiosk/')).status);
	expect(other).toBe(200);
	expect(external).toEqual([]);
	await context.close();
});
