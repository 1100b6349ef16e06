/** Classroom presenter mode: entered by button, P or URL; clicker keys; blank; large type and 7:1 contrast at 1280×720. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, LANGS, open, screenshot, SCREENSHOTS } from './harness';
import { clickInBar, offScreen, params, pickTour, until } from './modes-helpers';

let browser: Browser;
let firstEvents: string[];
let tour: { id: string; stops: string[] };

beforeAll(async () => {
	browser = await launch();
	const { page, context } = await open(browser, '/en/events/');
	// The events page lists every event in date order: the order presenter mode steps through.
	firstEvents = await page.$$eval('[data-event-item]', (els) =>
		els.slice(0, 3).map((e) => e.getAttribute('data-event-item')!)
	);
	tour = await pickTour(page, baseUrl());
	await context.close();
});
afterAll(async () => browser?.close());

const mode = (page: Page) => page.getAttribute('html', 'data-mode');
/** The years above each timeline that do not show whole. */
const cutYears = (page: Page) =>
	page.$$eval('[data-testid="timeline"] .window', (boxes) =>
		boxes
			.map((box) => ({ box: box.getBoundingClientRect(), years: box.querySelector('.years')! }))
			.filter(({ box, years }) => years.getBoundingClientRect().right > box.right + 0.5)
			.map(({ years }) => years.textContent)
	);
/** ModeLayer marks <html> with the mode once the page is live (the prerendered HTML has no mark). */
const hydrated = (page: Page) => page.locator('html[data-mode]').waitFor({ state: 'attached' });

/** Lowest contrast ratio of visible text inside `selector` (WCAG relative luminance, background from the nearest opaque ancestor). */
function lowestContrast(page: Page, selector: string) {
	return page.evaluate((selector) => {
		const parse = (c: string) => {
			const m = c.match(/[\d.]+/g)!.map(Number);
			return { r: m[0], g: m[1], b: m[2], a: m[3] ?? 1 };
		};
		const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
			const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
			return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
		};
		const background = (el: Element | null): { r: number; g: number; b: number } => {
			for (let e = el; e; e = e.parentElement) {
				const bg = parse(getComputedStyle(e).backgroundColor);
				if (bg.a > 0.9) return bg;
			}
			return { r: 255, g: 255, b: 255 };
		};
		let worst = { ratio: 99, text: '' };
		for (const root of document.querySelectorAll(selector))
			for (const el of [root, ...root.querySelectorAll('*')]) {
				const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
				const r = el.getBoundingClientRect();
				if (!own || !r.width || getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden, svg'))
					continue;
				const fg = lum(parse(getComputedStyle(el).color));
				const bg = lum(background(el));
				const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
				if (ratio < worst.ratio) worst = { ratio, text: el.textContent!.trim().slice(0, 40) };
			}
		return worst;
	}, selector);
}

test('P enters; clicker keys step through events in date order; B blanks; Escape leaves', async () => {
	const { page, context, external, errors } = await open(browser, '/en/', { viewport: 'projector' });
	await hydrated(page);
	await page.keyboard.press('p');
	await until(async () => (await mode(page)) === 'present', 'presenter mode');
	expect(params(page).get('mode')).toBe('present');

	const card = page.locator('[data-testid="present-card"] .stage-card');
	await page.keyboard.press('ArrowRight');
	await until(
		async () => (await card.getAttribute('data-event').catch(() => null)) === firstEvents[0],
		'the first event'
	);
	await page.keyboard.press('PageDown');
	await until(async () => (await card.getAttribute('data-event')) === firstEvents[1], 'the second event');
	await page.keyboard.press('Space');
	await until(async () => (await card.getAttribute('data-event')) === firstEvents[2], 'the third event');
	await page.keyboard.press('PageUp');
	await until(async () => (await card.getAttribute('data-event')) === firstEvents[1], 'back to the second');
	await page.keyboard.press('Home');
	await until(async () => (await card.getAttribute('data-event')) === firstEvents[0], 'Home: the first');
	expect(params(page).get('event')).toBe(firstEvents[0]);
	expect(await page.locator('[data-testid="presenter-position"]').textContent()).toMatch(/^1 \/ \d+$/);

	await page.keyboard.press('b');
	await page.locator('[data-testid="blank-screen"]').waitFor();
	const shot = await page.screenshot();
	expect(shot.length).toBeGreaterThan(0);
	// While blank, a step key only brings the picture back.
	await page.keyboard.press('ArrowRight');
	await page.locator('[data-testid="blank-screen"]').waitFor({ state: 'detached' });
	expect(await card.getAttribute('data-event')).toBe(firstEvents[0]);
	await page.keyboard.press('B');
	await page.locator('[data-testid="blank-screen"]').waitFor();
	await page.keyboard.press('b');
	await page.locator('[data-testid="blank-screen"]').waitFor({ state: 'detached' });

	// F: full screen on request, and F again to leave it.
	await page.keyboard.press('f');
	await until(() => page.evaluate(() => !!document.fullscreenElement), 'full screen');
	await page.keyboard.press('f');
	await until(() => page.evaluate(() => !document.fullscreenElement), 'leaving full screen');

	await page.keyboard.press('Escape');
	await until(async () => (await mode(page)) === 'explore', 'leaving presenter mode');
	expect(params(page).get('mode')).toBeNull();
	// Outside presenter mode the arrows are not taken from the page.
	await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(200);
	expect(params(page).get('event')).toBe(firstEvents[0]);
	expect(external).toEqual([]);
	expect(errors).toEqual([]);
	await context.close();
});

test('large type (≥ 28 px), 7:1 contrast, chrome hidden until the pointer moves, real buttons', async () => {
	const { page, context } = await open(browser, `/en/?mode=present&event=${firstEvents[1]}`, { viewport: 'projector' });
	await page.locator('[data-testid="present-card"] .stage-card').waitFor();
	await page.locator('html[data-mode="present"]').waitFor({ state: 'attached' });
	// Polled, as on the tour below: a loaded run read the base size (17 px) here, the mode already
	// "present" (the page's script ran before its styles had arrived).
	const typeSizes = () =>
		page.evaluate(() => ({
			body: parseFloat(getComputedStyle(document.body).fontSize),
			summary: parseFloat(getComputedStyle(document.querySelector('[data-testid="present-card"] .summary')!).fontSize)
		}));
	let sizes = await typeSizes();
	// Both polled: one loaded CI run read the body at 28 px and the card's summary still at the base size.
	await until(
		async () => {
			sizes = await typeSizes();
			return sizes.body >= 28 && sizes.summary >= 28;
		},
		'presenter type',
		10_000
	).catch(() => {});
	expect(sizes.body).toBeGreaterThanOrEqual(28);
	expect(sizes.summary).toBeGreaterThanOrEqual(28);
	const contrast = await lowestContrast(page, '[data-testid="present-card"], [data-testid="presenter-bar"]');
	expect(contrast.ratio, contrast.text).toBeGreaterThanOrEqual(7);

	// Chrome: the site header gives way to the presenter bar, shown on entry, gone after a few
	// seconds without the pointer, back when it moves.
	expect(await page.locator('.site-header').isVisible()).toBe(false);
	const bar = page.locator('[data-testid="presenter-bar"]');
	const barTop = async () => (await bar.boundingBox())!.y;
	await until(async () => (await barTop()) >= 720 - 5, 'the presenter bar to slide away', 6000);
	// The pointer keeps moving while we look, as a presenter's does: the bar hides again a few
	// seconds after the last move, and on a loaded machine one look can take longer than that.
	let step = 0;
	await until(async () => {
		step++;
		await page.mouse.move(400 + (step % 2) * 20, 300 + (step % 2) * 20);
		return (await barTop()) < 720 - 20;
	}, 'the presenter bar to come back');
	// A pointer resting on the bar keeps it there (here on its left margin, on no control): it does
	// not slide away from under the presenter's hand.
	const barBox = (await bar.boundingBox())!;
	await page.mouse.move(barBox.x + 4, barBox.y + barBox.height / 2);
	await page.waitForTimeout(3500);
	expect(await barTop(), 'the bar, 3.5 s after the pointer came to rest on it').toBeLessThan(720 - 20);
	// Languages are in the bar, and switching keeps the view and the mode.
	await clickInBar(page, bar.locator('[data-lang-switch="kk"]'));
	// The whole explorer in another language: about 1 s here, 2.5 s at a 4× slower CPU, and more
	// than 10 s on one loaded CI host (where this test took three times as long as here).
	await until(() => new URL(page.url()).pathname === '/kk/', 'the Kazakh explorer', 30_000);
	expect(params(page).get('mode')).toBe('present');
	expect(params(page).get('event')).toBe(firstEvents[1]);
	await until(async () => (await page.getAttribute('html', 'lang')) === 'kk', 'Kazakh');
	// The bar's controls are buttons, reachable without hovering.
	expect(await bar.locator('button').count()).toBeGreaterThanOrEqual(6);
	await clickInBar(page, bar.locator('[data-testid="presenter-exit"]'));
	await until(async () => (await mode(page)) === 'explore', 'the exit button to leave');
	await context.close();
});

test('a presenter button on every page; links keep presenter mode; a tour steps with the clicker', async () => {
	for (const path of ['/en/events/', `/en/events/${firstEvents[0]}/`, '/en/people/', '/en/tours/']) {
		const { page, context } = await open(browser, path, { viewport: 'projector' });
		await hydrated(page);
		await page.click('[data-testid="present-button"]');
		await until(async () => (await mode(page)) === 'present', `presenter mode on ${path}`);
		await context.close();
	}
	// On an event page the clicker follows its previous/next links, staying in presenter mode.
	const eventPage = await open(browser, `/en/events/${firstEvents[0]}/?mode=present`, { viewport: 'projector' });
	await hydrated(eventPage.page);
	await eventPage.page.keyboard.press('ArrowRight');
	await until(() => new URL(eventPage.page.url()).pathname === `/en/events/${firstEvents[1]}/`, 'the next event page');
	expect(params(eventPage.page).get('mode')).toBe('present');
	await until(async () => (await mode(eventPage.page)) === 'present', 'presenter mode on the next page');
	await eventPage.context.close();

	const { page, context } = await open(browser, `/en/tours/${tour.id}/?present`, { viewport: 'projector' });
	await page.locator('[data-testid="tour-player"]').waitFor();
	expect(await mode(page)).toBe('present');
	expect(await page.locator('.handout').isVisible()).toBe(false);
	await page.keyboard.press('ArrowRight');
	await until(() => params(page).get('stop') === '1', 'stop 1');
	await page.keyboard.press('PageDown');
	await until(() => params(page).get('stop') === '2', 'stop 2');
	await page.keyboard.press('End');
	await until(() => params(page).get('stop') === String(tour.stops.length), 'the last stop');
	await page.keyboard.press('PageUp');
	await until(() => params(page).get('stop') === String(tour.stops.length - 1), 'one back');
	expect(await page.locator('[data-testid="presenter-position"]').textContent()).toContain(
		`${tour.stops.length - 1} of ${tour.stops.length}`
	);
	const contrast = await lowestContrast(page, '[data-testid="tour-player"] .panel');
	expect(contrast.ratio, contrast.text).toBeGreaterThanOrEqual(7);
	// Polled: one loaded CI run read the base size (17 px × 1.1) here once, with the mode already
	// "present"; the message says what the page was in if it never reaches presenter type.
	const typeState = () =>
		page.evaluate(() => ({
			size: parseFloat(
				getComputedStyle(document.querySelector('[data-testid="tour-player"] .stage-card .summary')!).fontSize
			),
			mode: document.documentElement.dataset.mode,
			search: location.search
		}));
	let type = await typeState();
	await until(async () => (type = await typeState()).size >= 28, 'presenter type', 5000).catch(() => {});
	expect(type.size, JSON.stringify(type)).toBeGreaterThanOrEqual(28);
	// "Explore freely" keeps the presenter in presenter mode on the explorer.
	await page.mouse.move(10, 10);
	await page.click('[data-testid="tour-explore"]');
	await until(() => new URL(page.url()).pathname === '/en/', 'the explorer');
	expect(params(page).get('mode')).toBe('present');
	await until(async () => (await mode(page)) === 'present', 'presenter mode on the explorer');
	await context.close();
});

test.each(LANGS)(
	'at 1280×720 in %s: the event card and, once the pointer moves, every button of the bar are on screen; a tour stop too',
	async (lang) => {
		const { page, context, errors } = await open(browser, `/${lang}/?mode=present&event=${firstEvents[2]}`, {
			viewport: 'projector'
		});
		const card = page.locator('[data-testid="present-card"] .stage-card');
		await card.waitFor();
		await page.locator('html[data-mode="present"]').waitFor({ state: 'attached' });
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await card.getAttribute('data-event')).toBe(firstEvents[2]);
		expect(
			await offScreen(page, '[data-testid="present-card"], [data-testid="present-card"] .stage-card .title')
		).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
		// Russian's long button words once cut the years to "141": the words give way, not the years.
		expect(await cutYears(page)).toEqual([]);
		if (SCREENSHOTS) await page.waitForTimeout(3500);
		await screenshot(page, `modes-present-explorer-${lang}`);
		await page.mouse.move(600, 400);
		await page.mouse.move(620, 420);
		const bar = '[data-testid="presenter-bar"]';
		await until(async () => (await offScreen(page, bar)).length === 0, 'the presenter bar on screen');
		// Longer Kazakh and Russian labels must not push a control off the bar or the screen.
		const controls = `${bar} button, ${bar} a[href]`;
		expect(await page.locator(controls).count()).toBeGreaterThanOrEqual(6);
		expect(await offScreen(page, controls, true)).toEqual([]);
		await screenshot(page, `modes-present-explorer-${lang}-chrome`);
		expect(errors).toEqual([]);
		await context.close();

		const tourPage = await open(browser, `/${lang}/tours/${tour.id}/?mode=present&stop=2`, { viewport: 'projector' });
		const stage = tourPage.page.locator('[data-testid="tour-player"] .stage-card');
		await stage.waitFor();
		expect(await stage.getAttribute('data-event')).toBe(tour.stops[1]);
		expect(await offScreen(tourPage.page, '[data-testid="tour-player"] .stage-card .title')).toEqual([]);
		expect(await cutYears(tourPage.page)).toEqual([]);
		if (SCREENSHOTS) await tourPage.page.waitForTimeout(3500);
		await screenshot(tourPage.page, `modes-present-tour-${lang}`);
		expect(tourPage.errors).toEqual([]);
		await tourPage.context.close();
	}
);
