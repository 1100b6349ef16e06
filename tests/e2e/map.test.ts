/**
 * The explorer's map in Chromium (software WebGL): it renders the offline basemap, it follows
 * and drives the shared selection, it falls back to a static SVG without WebGL, and nothing
 * leaves 127.0.0.1. The map in kk/ru/en at kiosk, projector and phone sizes: map-views.test.ts.
 *
 * The tests read only what the built site shows anyone: the map's documented data attributes
 * (`data-status` on [data-testid="map"]; `data-view` and `data-drawn-*` on [data-testid="map-view"],
 * see InteractiveMap.svelte), the DOM and pixels. The production build has no hook into the map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGS, baseUrl, launch, open, screenshot } from './harness';
import { VIEW, drawn, eventWithRoute, sampleColours, showMap, shownView, waitForMap } from './map-helpers';

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('interactive map', () => {
	it('renders the offline basemap, places and routes, with no request leaving the site', async () => {
		const { page, context, external, errors } = await open(browser, '/en/', { viewport: 'projector' });
		await waitForMap(page);
		const colours = await sampleColours(page, '[data-testid="map"] .stage');
		expect(colours.land).toBeGreaterThan(30);
		expect(colours.sea).toBeGreaterThan(10);
		expect(colours.distinct).toBeGreaterThan(4);
		// Places come from content and are listed for keyboard and screen-reader users.
		const listed = await page.locator('[data-testid="map-places"] [data-place-id]').count();
		expect(listed).toBeGreaterThan(5);
		const rendered = (await drawn(page))!;
		expect(rendered.places).toBeGreaterThan(3);
		expect(rendered.routes).toBeGreaterThan(0);
		// A desktop page keeps plain gestures, and the production build exposes no hook into the map.
		expect(await page.locator('[data-testid="map"] .maplibregl-cooperative-gestures').count()).toBe(0);
		expect(await page.$eval(VIEW, (el) => 'atlasMap' in el)).toBe(false);
		await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
		await screenshot(page, 'map-en-projector');
		expect(external).toEqual([]);
		expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
		await context.close();
	});

	it('selecting an event from the place list updates the URL and marks it', async () => {
		const { page, context, external } = await open(browser, '/kk/', { viewport: 'kiosk' });
		await waitForMap(page);
		const first = page.locator('[data-testid="map-places"] [data-place-id]').first();
		const placeId = await first.getAttribute('data-place-id');
		await first.click();
		const panel = page.locator(`[data-testid="map-place-panel"][data-place-id="${placeId}"]`);
		await panel.waitFor();
		const eventButton = panel.locator('[data-event-id]').first();
		const eventId = await eventButton.getAttribute('data-event-id');
		await eventButton.click();
		await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, eventId);
		await expect.poll(() => eventButton.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(async () => (await drawn(page))?.selected ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
		await screenshot(page, 'map-kk-kiosk-selected');
		expect(external).toEqual([]);
		await context.close();
	});

	it('a selection made elsewhere brings its places into view', async () => {
		// The map parked over the Atlantic by the URL; then a link elsewhere on the page selects an
		// event with a route, through the URL and the shared state (as Back, Forward or a shared link do).
		const id = eventWithRoute('en');
		const { page, context, external } = await open(browser, '/en/?map=-60,40,5', { viewport: 'projector' });
		await waitForMap(page);
		expect(await shownView(page)).toEqual([-60, 40, 5]);
		expect((await drawn(page))!.selected).toBe(0);
		await page.evaluate((id) => {
			const a = document.createElement('a');
			a.id = 'probe-event';
			a.href = `/en/?event=${id}&map=-60,40,5`;
			a.textContent = 'event';
			document.querySelector('main')!.prepend(a);
		}, id);
		await page.click('#probe-event');
		await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, id);
		await expect.poll(() => shownView(page), { timeout: 15_000 }).not.toEqual([-60, 40, 5]);
		await expect.poll(async () => (await drawn(page))?.selected ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
		expect(external).toEqual([]);
		await context.close();
	});

	it('works from the keyboard alone: place list → place panel → event, Escape back to the list', async () => {
		const { page, context } = await open(browser, '/ru/', { viewport: 'projector' });
		await waitForMap(page);
		const first = page.locator('[data-testid="map-places"] [data-place-id]').first();
		const placeId = await first.getAttribute('data-place-id');
		await first.focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="map-place-panel"]')))
			.toBe(true);
		await page.keyboard.press('Tab'); // close button
		await page.keyboard.press('Tab'); // first event
		const eventId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
		expect(eventId).toBeTruthy();
		await page.keyboard.press('Enter');
		await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, eventId);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[data-testid="map-place-panel"]').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place-id'))).toBe(placeId);
		await context.close();
	});

	it('restores the view from the URL map= and writes moves back to it', async () => {
		const { page, context } = await open(browser, '/en/?map=116.4,39.9,5', { viewport: 'projector' });
		await waitForMap(page);
		const [lon, lat, zoom] = await shownView(page);
		expect(lon).toBeCloseTo(116.4, 1);
		expect(lat).toBeCloseTo(39.9, 1);
		expect(zoom).toBeCloseTo(5, 1);
		// Keyboard: focus the canvas and pan; the new view goes to the URL.
		await page.locator('[data-testid="map"] canvas').focus();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.waitForFunction(() => {
			const v = new URL(location.href).searchParams.get('map');
			return v && Number(v.split(',')[0]) < 116.3;
		});
		// The zoom button (44 px or more) zooms out.
		const out = page.locator('[data-testid="map"] .controls button').nth(1);
		const box = (await out.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await out.click();
		await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('map')?.split(',')[2]) < 4.6);
		await context.close();
	});
});

describe('robustness', () => {
	it('restores a lost WebGL context without reloading the page', async () => {
		const { page, context, errors } = await open(browser, '/ru/', { viewport: 'projector' });
		await waitForMap(page);
		await page.evaluate(() => {
			const w = window as unknown as { __marker: number; __lose: WEBGL_lose_context };
			w.__marker = 42;
			// A canvas has one context: asking for it again returns the map's own.
			const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map-view"] canvas')!;
			w.__lose = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
			w.__lose.loseContext();
		});
		// The map must notice the loss (and forget what it had drawn) …
		await page.waitForSelector('[data-testid="map"][data-status="lost"]', { timeout: 10_000 });
		expect(await drawn(page)).toBeNull();
		await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
		// … and draw again when the context comes back: same page (no reload), places and basemap.
		await waitForMap(page);
		expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(42);
		await expect.poll(async () => (await drawn(page))?.places ?? 0, { timeout: 15_000 }).toBeGreaterThan(3);
		const colours = await sampleColours(page, '[data-testid="map"] .stage');
		expect(colours.land).toBeGreaterThan(30);
		expect(errors.filter((e) => /Uncaught|pageerror/i.test(e))).toEqual([]);
		await context.close();
	});

	it('survives a broken basemap file: the map reports it and the rest of the page goes on', async () => {
		const { page, context, errors } = await open(browser, '', { viewport: 'projector' });
		await page.route('**/basemap/land.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
		await page.goto(`${baseUrl()}/en/`, { waitUntil: 'load' });
		await page.waitForSelector('[data-testid="map"][data-status="ready"]', { timeout: 60_000 });
		// Places and the list still work, and nothing escaped as an uncaught error.
		expect(await page.locator('[data-testid="map-places"] [data-place-id]').count()).toBeGreaterThan(5);
		await page.locator('[data-testid="map-places"] [data-place-id]').first().click();
		await page.locator('[data-testid="map-place-panel"]').waitFor();
		expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
		await context.close();
	});

	it('keeps the page scrolling on a phone: one finger and the wheel do not get trapped', async () => {
		const { page, context } = await open(browser, '/kk/', { viewport: 'phone', hasTouch: true });
		await showMap(page);
		await waitForMap(page);
		// Two fingers move the map on a phone (MapLibre's cooperative gestures are on).
		expect(await page.locator('[data-testid="map"] .maplibregl-cooperative-gestures').count()).toBe(1);
		const stage = page.locator('[data-testid="map"] .stage');
		await stage.scrollIntoViewIfNeeded();
		const view = await shownView(page);
		const before = await page.evaluate(() => scrollY);
		const box = (await stage.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
		// A zoom would have ended by now and reported its new view.
		await page.waitForTimeout(800);
		expect(await shownView(page)).toEqual(view);
		await context.close();
	});
});

describe('without WebGL', () => {
	let noGl: Browser;
	beforeAll(async () => {
		noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
	});
	afterAll(async () => {
		await noGl?.close();
	});

	it('shows the static fallback map, still selectable, with the timeline page intact', async () => {
		const { page, context, external, errors } = await open(noGl, '/en/', { viewport: 'projector' });
		await waitForMap(page, 'fallback');
		const fallback = page.locator('[data-testid="map-fallback"]');
		await fallback.scrollIntoViewIfNeeded();
		expect(await fallback.locator('svg.static-map [data-place-id]').count()).toBeGreaterThan(5);
		const colours = await sampleColours(page, '[data-testid="map-fallback"] svg.static-map');
		expect(colours.land).toBeGreaterThan(30);
		await screenshot(page, 'map-en-projector-fallback');
		// Tap a place on the static map, then one of its events.
		const hit = fallback.locator('svg.static-map g.place .hit').first();
		const placeId = await fallback.locator('svg.static-map g.place').first().getAttribute('data-place-id');
		// Dispatched on the element itself: in a dense cluster a neighbour's target may lie on top.
		await hit.dispatchEvent('click');
		const panel = page.locator(`[data-testid="map-place-panel"][data-place-id="${placeId}"]`);
		await panel.waitFor();
		const ev = panel.locator('[data-event-id]').first();
		const eventId = await ev.getAttribute('data-event-id');
		await ev.click();
		await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, eventId);
		// The selection zooms the static map to the event.
		await expect
			.poll(() => fallback.locator('svg.static-map').getAttribute('viewBox'), { timeout: 10_000 })
			.not.toBe('0 0 1200 780');
		await screenshot(page, 'map-en-projector-fallback-selected');
		expect(external).toEqual([]);
		expect(errors.filter((e) => /Uncaught|TypeError|ReferenceError/.test(e))).toEqual([]);
		await context.close();
	});
});

describe('locator maps and page weight', () => {
	it('draws a build-time locator map on event pages without JavaScript, and loads no MapLibre there', async () => {
		const id = eventWithRoute('en');
		const noJs = await open(browser, `/en/events/${id}/`, { viewport: 'phone', javaScript: false });
		const locator = noJs.page.locator('[data-testid="locator-map"]');
		await locator.waitFor();
		expect(await locator.locator('path.route').count()).toBeGreaterThan(0);
		expect(await locator.locator('[data-place-id]').count()).toBeGreaterThan(1);
		const colours = await sampleColours(noJs.page, '[data-testid="locator-map"] svg');
		expect(colours.land + colours.sea).toBeGreaterThan(100);
		await locator.scrollIntoViewIfNeeded();
		await screenshot(noJs.page, 'locator-en-phone-event-nojs');
		await noJs.context.close();

		for (const url of [`/kk/events/${id}/`, '/ru/places/', '/en/events/']) {
			const { page, context, external } = await open(browser, url, { viewport: 'projector' });
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			await page.reload({ waitUntil: 'networkidle' });
			expect(requests.filter((u) => /maplibre/i.test(u))).toEqual([]);
			expect(external).toEqual([]);
			await context.close();
		}
	});

	it('draws a locator map on place pages in every language', async () => {
		for (const lang of LANGS) {
			const { page, context, external } = await open(browser, `/${lang}/places/turkistan/`, { viewport: 'projector' });
			const locator = page.locator('[data-testid="locator-map"]');
			if (!(await locator.count())) continue; // the place may be renamed by curators
			await locator.scrollIntoViewIfNeeded();
			expect(await locator.locator('[data-place-id="turkistan"]').count()).toBe(1);
			await screenshot(page, `locator-${lang}-projector-place`);
			expect(external).toEqual([]);
			await context.close();
		}
	});
});
