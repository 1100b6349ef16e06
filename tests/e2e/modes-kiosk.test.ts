/** The museum kiosk: full screen at both orientations, touch-sized, locked in. Idle reset and attract loop: modes-kiosk-idle.test.ts. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, SCREENSHOTS } from './harness';
import { offScreen, openLiveKiosk, params, smallControls, stageSelected, until } from './modes-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const openKiosk = (path: string, viewport: 'kiosk' | 'kioskPortrait' = 'kiosk') =>
	openLiveKiosk(browser, path, viewport);

test.each(['kiosk', 'kioskPortrait'] as const)(
	'the kiosk fills the %s screen, without site chrome, scrollbars or small controls',
	async (viewport) => {
		const { page, context, external, errors } = await openKiosk('/en/kiosk/', viewport);
		const stage = await page.locator('[data-testid="kiosk-stage"]').boundingBox();
		const size = page.viewportSize()!;
		expect(stage).toEqual({ x: 0, y: 0, width: size.width, height: size.height });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		// The three language buttons are always there.
		for (const lang of ['kk', 'ru', 'en'])
			expect(await page.locator(`[data-testid="kiosk-stage"] [data-lang-switch="${lang}"]`).isVisible()).toBe(true);
		const scroll = await page.evaluate(() => ({
			sh: document.documentElement.scrollHeight,
			ch: document.documentElement.clientHeight,
			sw: document.documentElement.scrollWidth,
			cw: document.documentElement.clientWidth,
			overflow: getComputedStyle(document.documentElement).overflow,
			select: getComputedStyle(document.body).userSelect,
			touch: getComputedStyle(document.documentElement).touchAction
		}));
		expect(scroll.sh).toBeLessThanOrEqual(scroll.ch);
		expect(scroll.sw).toBeLessThanOrEqual(scroll.cw);
		expect(scroll.overflow).toBe('hidden');
		expect(scroll.select).toBe('none');
		expect(scroll.touch).toBe('pan-x pan-y');
		// The event marks drawn inside the timeline's SVG are the timeline's own (enlarged as a whole
		// on the kiosk; see KioskStage); every other control must be finger-sized.
		const skip = '.prose, [data-testid="timeline"] svg';
		expect(await smallControls(page, '[data-testid="kiosk-stage"]', 56, skip)).toEqual([]);
		// With an event open, the card's controls are touch-sized too.
		await page.locator('[data-kiosk-pick]').first().tap();
		await until(async () => !!(await stageSelected(page)), 'an event to open');
		expect(await smallControls(page, '[data-testid="kiosk-stage"]', 56, skip)).toEqual([]);
		expect(external).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}
);

test('locked in: no context menu, links off the site become a QR code, other pages are refused', async () => {
	const { page, context, external } = await openKiosk('/en/kiosk/');
	const start = page.url();
	const menuPrevented = await page.evaluate(() => {
		const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
		document.querySelector('[data-testid="kiosk-stage"]')!.dispatchEvent(e);
		return e.defaultPrevented;
	});
	expect(menuPrevented).toBe(true);

	// Links as content or a view might render them.
	await page.evaluate(() => {
		const host = document.querySelector('[data-testid="kiosk-stage"] .bar')!;
		for (const [id, href] of [
			['ext', 'https://en.wikipedia.org/wiki/Kazakh_Khanate'],
			['person', '/en/people/'],
			['home', '/en/'],
			['tours', '/en/tours/']
		]) {
			const a = document.createElement('a');
			a.id = `probe-${id}`;
			a.href = href;
			a.textContent = id;
			host.append(a);
		}
	});
	await page.click('#probe-ext');
	await page.locator('[data-testid="kiosk-external"] svg.qr').waitFor();
	expect(await page.locator('[data-testid="kiosk-external"]').textContent()).toContain(
		'https://en.wikipedia.org/wiki/Kazakh_Khanate'
	);
	await page.locator('[data-testid="kiosk-external"] button').click();
	for (const id of ['person', 'home', 'tours']) {
		await page.click(`#probe-${id}`);
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe('/en/kiosk/');
	}
	expect(new URL(page.url()).pathname).toBe(new URL(start).pathname);
	expect(external).toEqual([]);
	await context.close();
});

test('an event link opens the event inside the kiosk; the language switch keeps the visitor’s place', async () => {
	const { page, context } = await openKiosk('/en/kiosk/');
	const id = await page.getAttribute('[data-kiosk-pick]', 'data-kiosk-pick');
	await page.evaluate((id) => {
		const a = document.createElement('a');
		a.id = 'probe-event';
		a.href = `/en/events/${id}/`;
		a.textContent = 'event';
		document.querySelector('[data-testid="kiosk-stage"] .bar')!.append(a);
	}, id);
	await page.click('#probe-event');
	await until(async () => (await stageSelected(page)) === id, 'the event to open in the kiosk');
	expect(new URL(page.url()).pathname).toBe('/en/kiosk/');
	expect(params(page).get('event')).toBe(id);

	await page.locator('[data-testid="kiosk-stage"] [data-lang-switch="ru"]').tap();
	await until(() => new URL(page.url()).pathname === '/ru/kiosk/', 'the Russian kiosk');
	expect(params(page).get('event')).toBe(id);
	expect(await stageSelected(page)).toBe(id);
	expect(await page.getAttribute('html', 'lang')).toBe('ru');
	await context.close();
});

test('?kiosk on the explorer gives the kiosk screen too', async () => {
	const { page, context } = await openKiosk('/en/?kiosk');
	await page.locator('[data-testid="kiosk-stage"]').waitFor();
	expect(await page.getAttribute('html', 'data-mode')).toBe('kiosk');
	expect(params(page).get('mode')).toBe('kiosk');
	expect(await page.locator('.site-header').isVisible()).toBe(false);
	await context.close();
});

const scrolls = (page: Page) =>
	page.evaluate(() => {
		const d = document.documentElement;
		return d.scrollWidth > d.clientWidth || d.scrollHeight > d.clientHeight;
	});

test.each(['kk', 'ru', 'en'])(
	'in %s, landscape and portrait: every region of the kiosk on screen without scrolling, and a tapped event opens in the card',
	async (lang) => {
		for (const viewport of ['kiosk', 'kioskPortrait'] as const) {
			const { page, context, errors } = await openKiosk(`/${lang}/kiosk/`, viewport);
			const where = `${lang} ${viewport}`;
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			const regions = '[data-testid="kiosk-stage"] > .bar, [data-testid="kiosk-stage"] > section';
			expect(await page.locator(regions).count()).toBe(4);
			expect(await offScreen(page, regions), where).toEqual([]);
			expect(await scrolls(page), where).toBe(false);
			if (SCREENSHOTS) await page.waitForTimeout(1500);
			await screenshot(page, `modes-kiosk-${viewport}-${lang}-start`);

			const pick = page.locator('[data-kiosk-pick]').first();
			const id = await pick.getAttribute('data-kiosk-pick');
			await pick.tap();
			const card = page.locator('[data-testid="kiosk-stage"] .card .stage-card');
			await card.waitFor();
			expect(await card.getAttribute('data-event')).toBe(id);
			expect(await stageSelected(page)).toBe(id);
			expect(await card.locator('.title').isVisible()).toBe(true);
			expect(await offScreen(page, `${regions}, [data-testid="kiosk-stage"] .card .steps`), where).toEqual([]);
			expect(await scrolls(page), where).toBe(false);
			if (SCREENSHOTS) await page.waitForTimeout(2000);
			await screenshot(page, `modes-kiosk-${viewport}-${lang}-event`);
			expect(errors).toEqual([]);
			await context.close();
		}
	}
);
