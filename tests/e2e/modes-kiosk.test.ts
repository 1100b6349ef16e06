/** The museum kiosk: full screen at both orientations, touch-sized, locked in, idle reset and attract loop. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open, screenshot, SCREENSHOTS, VIEWPORTS } from './harness';
import { params, pickTour, smallControls, until } from './modes-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** Opens a kiosk page and waits until its behaviour is live (hydrated, listeners on). */
async function openKiosk(path: string, viewport: 'kiosk' | 'kioskPortrait' = 'kiosk') {
	const opened = await open(browser, path, { viewport, hasTouch: true });
	await opened.page.locator('[data-testid="kiosk-status"][data-ready]').waitFor({ state: 'attached' });
	return opened;
}

const stageSelected = (page: Page) => page.getAttribute('[data-testid="kiosk-stage"]', 'data-selected');

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

test('idle: countdown, "keep exploring", then reset to the start language and an attract loop until touched (?idle=5)', async () => {
	// A 5 s countdown (never longer than the idle time): long enough to tap "keep exploring" on a loaded machine.
	const { page, context, errors } = await openKiosk('/ru/kiosk/?idle=5&countdown=5&attract=2');
	const status = page.locator('[data-testid="kiosk-status"]');
	expect(await status.getAttribute('data-idle')).toBe('5');
	await page.locator('[data-kiosk-pick]').first().tap();
	const picked = await stageSelected(page);
	expect(picked).toBeTruthy();

	// Countdown, then "keep exploring" keeps the visitor where they were.
	const countdown = page.locator('[data-testid="kiosk-countdown"]');
	await countdown.waitFor({ timeout: 9000 });
	expect(await countdown.textContent()).toMatch(/[1-5] с/);
	await screenshot(page, 'modes-kiosk-countdown-ru');
	// Forced: the button is the element at its centre (elementFromPoint), but Playwright's own hit
	// check reports the page's root over the fixed countdown in this locked, unscrollable kiosk.
	await countdown.locator('button').tap({ force: true });
	await countdown.waitFor({ state: 'detached', timeout: 2000 });
	expect(new URL(page.url()).pathname).toBe('/ru/kiosk/');
	expect(await stageSelected(page)).toBe(picked);

	// Left alone: countdown, reset to Kazakh and the start state, then the attract loop.
	await countdown.waitFor({ timeout: 9000 });
	const attract = page.locator('[data-testid="kiosk-attract"]');
	await attract.waitFor({ timeout: 15_000 });
	await until(() => new URL(page.url()).pathname === '/kk/kiosk/', 'the reset to the Kazakh start page');
	expect(await page.getAttribute('html', 'lang')).toBe('kk');
	const seen = new Set<string>();
	await until(
		async () => {
			const s = await stageSelected(page);
			if (s) seen.add(s);
			return seen.size >= 2;
		},
		'the attract loop to show two events',
		8000
	);
	await screenshot(page, 'modes-kiosk-attract-kk');
	// The loop shows featured events.
	const featured = await page.$$eval('[data-kiosk-pick]', (els) => els.map((e) => e.getAttribute('data-kiosk-pick')));
	expect(featured.length === 0 || [...seen].every((s) => s)).toBe(true);

	// A touch ends it: active at once, and the loop (2 s a stop) moves on no more. The phase is
	// read before the wait, as the 3-second idle clock may run out again during it on a busy machine.
	// Forced, as above: the overlay is the element at its centre; Playwright's hit check reports the root.
	await attract.tap({ force: true });
	await attract.waitFor({ state: 'detached', timeout: 2000 });
	expect(await status.getAttribute('data-phase')).toBe('active');
	const after = await stageSelected(page);
	await page.waitForTimeout(2500);
	expect(await stageSelected(page)).toBe(after);
	expect(await status.getAttribute('data-phase')).not.toBe('attract');
	expect(errors).toEqual([]);
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

/** Every box of `selector` that is not wholly inside the viewport (a region pushed off screen). */
const offScreen = (page: Page, selector: string) =>
	page.$$eval(selector, (els) =>
		els
			.map((el) => ({ name: el.className.toString().split(' ')[0], r: el.getBoundingClientRect() }))
			.filter(
				({ r }) =>
					!r.width ||
					!r.height ||
					r.left < -0.5 ||
					r.top < -0.5 ||
					r.right > innerWidth + 0.5 ||
					r.bottom > innerHeight + 0.5
			)
			.map(
				({ name, r }) =>
					`${name} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`
			)
	);

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

test('the installer’s kiosk-config.json: idle time, start language, a tour for the loop, and the public address for QR codes', async () => {
	const { page: probe, context: probeContext } = await open(browser, '');
	const tour = await pickTour(probe, baseUrl());
	await probeContext.close();
	// Service workers blocked here so the test's stand-in config file is what the page fetches.
	const context = await browser.newContext({
		viewport: VIEWPORTS.kiosk,
		hasTouch: true,
		reducedMotion: 'reduce',
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.route('**/kiosk-config.json', (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({
				idleSeconds: 5,
				countdownSeconds: 1,
				startLanguage: 'en',
				loopTour: tour.id,
				attractSeconds: 2,
				publicUrl: 'https://atlas.example.kz/'
			})
		})
	);
	await page.goto(`${baseUrl()}/ru/kiosk/`);
	await page.locator('[data-testid="kiosk-status"][data-idle="5"]').waitFor({ state: 'attached' });
	// With a public address, the visitor can take the view home: a QR code of the public site.
	await page.locator('[data-kiosk-pick]').first().tap();
	const id = await page.getAttribute('[data-testid="kiosk-stage"]', 'data-selected');
	await page.locator('[data-testid="kiosk-stage"] .bar [data-testid="share-button"]').tap();
	const link = await page.locator('[data-testid="kiosk-stage"] [data-testid="share-link"]').inputValue();
	expect(link.startsWith('https://atlas.example.kz/ru/?')).toBe(true);
	expect(new URL(link).searchParams.get('event')).toBe(id);
	expect(new URL(link).searchParams.get('mode')).toBeNull();
	await page.keyboard.press('Escape');
	// Left alone: back to English (the configured start language), looping through the tour.
	await page.locator('[data-testid="kiosk-attract"]').waitFor({ timeout: 8000 });
	await until(() => new URL(page.url()).pathname === '/en/kiosk/', 'the English start page');
	const seen = new Set<string>();
	await until(
		async () => {
			const s = await page.getAttribute('[data-testid="kiosk-stage"]', 'data-selected');
			if (s) seen.add(s);
			return seen.size >= 2;
		},
		'two stops of the loop tour',
		10_000
	);
	for (const s of seen) expect(tour.stops).toContain(s);
	await context.close();
});
