import { test } from 'vitest';
import { launch, open } from './harness';
test('probe', async () => {
	const browser = await launch();
	const { page } = await open(browser, '/ru/tours/biys-as-envoys/?stop=2', { viewport: 'phone', hasTouch: true });
	await page.locator('[data-testid="tour-player"]').waitFor();
	await page.waitForTimeout(1000);
	console.log(await page.evaluate(() => [...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > 392).slice(0, 40).map((e) => `${e.tagName}.${e.className.toString().slice(0, 40)} ${Math.round(e.getBoundingClientRect().right)}`).join('\n')));
	await browser.close();
});
