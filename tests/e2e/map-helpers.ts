/**
 * Shared helpers of the map's browser tests. They read only what the built site shows anyone:
 * the map's data attributes (`data-status` on [data-testid="map"]; `data-view` and `data-drawn-*`
 * on [data-testid="map-view"], see InteractiveMap.svelte), the built pages and pixels.
 */
import type { Page } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDir } from './harness';

export const VIEW = '[data-testid="map-view"]';

/** On a phone the explorer shows one view at a time: the reader taps "Map" first. */
export async function showMap(page: Page) {
	const tab = page.locator('[data-testid="view-switch"] [data-view="map"]');
	await tab.click();
	await page.waitForSelector('.explorer[data-view="map"]');
}

export async function waitForMap(page: Page, status = 'ready') {
	await page.waitForSelector(`[data-testid="map"][data-status="${status}"]`, { timeout: 60_000 });
	if (status === 'ready') {
		// The map reports what it drew once it is idle: basemap loaded, first full frame drawn.
		await page.waitForSelector(`${VIEW}[data-drawn-places]`, { state: 'attached', timeout: 60_000 });
		await page.waitForTimeout(400);
	}
}

/** Features on screen, as the map reported them when it was last idle (null while it is not). */
export async function drawn(page: Page): Promise<{ places: number; routes: number; selected: number } | null> {
	return page.$eval(VIEW, (el) => {
		const d = (el as HTMLElement).dataset;
		if (d.drawnPlaces === undefined) return null;
		return { places: Number(d.drawnPlaces), routes: Number(d.drawnRoutes), selected: Number(d.drawnSelected) };
	});
}

/** The map's centre and zoom, [lon, lat, zoom], as it reports them after every move. */
export async function shownView(page: Page): Promise<number[]> {
	return (await page.getAttribute(VIEW, 'data-view'))!.split(',').map(Number);
}

/** An event whose page draws a route (so it has two or more places on the map). */
export function eventWithRoute(lang: string): string {
	const dir = path.join(buildDir(), lang, 'events');
	for (const id of readdirSync(dir)) {
		const file = path.join(dir, id, 'index.html');
		if (existsSync(file) && readFileSync(file, 'utf8').includes('class="route')) return id;
	}
	throw new Error('no event with a route in the build');
}

/**
 * Distinct colours in a grid of samples over the map's area of a real screenshot (what a person
 * sees), decoded by the page itself so no image library is needed.
 */
export async function sampleColours(
	page: Page,
	selector: string
): Promise<{ distinct: number; land: number; sea: number }> {
	const png = (await page.locator(selector).screenshot()).toString('base64');
	return page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const seen = new Set<string>();
		let land = 0;
		let sea = 0;
		for (let gx = 1; gx < 30; gx++)
			for (let gy = 1; gy < 20; gy++) {
				const [r, g, b] = ctx.getImageData(
					Math.floor((gx / 30) * c.width),
					Math.floor((gy / 20) * c.height),
					1,
					1
				).data;
				seen.add(`${r >> 3},${g >> 3},${b >> 3}`);
				// Land #f3eddc and sea #cfe3ec from src/lib/map/colors.ts, give or take antialiasing.
				if (Math.abs(r - 0xf3) < 8 && Math.abs(g - 0xed) < 8 && Math.abs(b - 0xdc) < 8) land++;
				if (Math.abs(r - 0xcf) < 8 && Math.abs(g - 0xe3) < 8 && Math.abs(b - 0xec) < 8) sea++;
			}
		return { distinct: seen.size, land, sea };
	}, png);
}
