/**
 * Offline kiosk: after one visit the service worker has everything the kiosk needs (its pages in
 * every language, the model files, code, fonts, basemap), and the kiosk reloads with the network
 * gone. Entry pages are not precached: the cache grows with the content, not pages × content.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './harness';
import { until } from './modes-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

test('the kiosk reloads offline once the service worker is installed', async () => {
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
		const requests = await cache.keys();
		let bytes = 0;
		for (const r of requests) bytes += (await (await cache.match(r))!.arrayBuffer()).byteLength;
		return { active: reg.active?.state, paths: requests.map((r) => new URL(r.url).pathname), bytes };
	});
	expect(cached.active).toBe('activated');
	for (const lang of ['kk', 'ru', 'en']) {
		expect(cached.paths).toContain(`/${lang}/kiosk/`);
		expect(cached.paths).toContain(`/${lang}/kiosk/__data.json`);
		expect(cached.paths.some((p) => new RegExp(`^/data/bodies-${lang}\\.`).test(p))).toBe(true);
	}
	expect(cached.paths.some((p) => /^\/data\/index\./.test(p))).toBe(true);
	expect(cached.paths.filter((p) => /^\/(kk|ru|en)\/(events|people|places|tours)\/[^/]+\/$/.test(p))).toEqual([]);
	console.log(`offline cache: ${cached.paths.length} files, ${(cached.bytes / 2 ** 20).toFixed(1)} MB`);

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
