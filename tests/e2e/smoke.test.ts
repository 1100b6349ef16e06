import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './harness';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

test('the explorer answers in Kazakh with its html lang', async () => {
	const { page, external, context } = await open(browser, '/kk/');
	expect(await page.getAttribute('html', 'lang')).toBe('kk');
	expect(await page.locator('[data-testid="timeline"]').count()).toBe(1);
	expect(external).toEqual([]);
	await context.close();
});
