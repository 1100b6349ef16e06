import { test } from 'vitest';
import { launch, open } from './harness';
test('probe', async () => {
	const browser = await launch();
	const { page, errors } = await open(browser, '/kk/kiosk/', { hasTouch: true });
	page.context().on('serviceworker', (w) => console.log('sw', w.url()));
	await page.waitForTimeout(8000);
	console.log(await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.getRegistration();
		return JSON.stringify({ reg: !!reg, installing: reg?.installing?.state, waiting: reg?.waiting?.state, active: reg?.active?.state, ctrl: !!navigator.serviceWorker.controller, keys: await caches.keys() });
	}));
	console.log(errors);
	await browser.close();
}, 60000);
