/**
 * Embassies and letters as journeys on the built site (issue #14): the map draws every one the
 * content can place, directed, solid where documented and dashed where not; the legend says so
 * in three languages; the time window hides the others; the selected one is drawn on top; the
 * event page's locator map and the place list tell the journey in words. Read only from what the
 * site shows: the map's data attributes (InteractiveMap.svelte), the DOM and the built pages.
 * Screenshots at 1920×1080 and 390×844 in kk, ru and en.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DIRECTED_KINDS, type ContentModel } from '$lib/domain/types';
import { loadContent } from '$lib/content/load';
import { journeysOf, type Journeys } from '$lib/map/journeys';
import { axeViolations, LANGS, launch, open, screenshot } from './harness';
import { VIEW, showMap, waitForMap } from './map-helpers';

/** The whole world in view: journeys reach Jeddah and beyond. */
const WORLD = 'map=45,35,1.2';

let browser: Browser;
let model: ContentModel;
let corpus: Journeys;

beforeAll(async () => {
	browser = await launch();
	model = await loadContent(path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), process.cwd());
	corpus = journeysOf(model.events, model.polities);
});
afterAll(async () => {
	await browser?.close();
});

const directed = () => model.events.filter((e) => DIRECTED_KINDS.includes(e.kind));

async function journeysDrawn(page: Page) {
	return page.$eval(VIEW, (el) => {
		const d = (el as HTMLElement).dataset;
		return {
			journeys: Number(d.drawnJourneys),
			documented: Number(d.drawnDocumented),
			undocumented: Number(d.drawnUndocumented),
			selected: Number(d.drawnSelectedJourney)
		};
	});
}

/** Waits for the map to report again after a change (a new window, a selection). */
async function settle(page: Page) {
	await page.waitForTimeout(600);
	await page.waitForSelector(`${VIEW}[data-drawn-journeys]`, { state: 'attached', timeout: 60_000 });
}

describe('journeys on the map', () => {
	it('every embassy and letter of the corpus is drawn as a directed journey, or counted as not placeable', async () => {
		const { page, context, external } = await open(browser, `/en/?t=-1000,2100&${WORLD}`, { viewport: 'kiosk' });
		await waitForMap(page);
		await expect
			.poll(async () => (await journeysDrawn(page)).journeys, { timeout: 30_000 })
			.toBe(corpus.journeys.length);
		const drawn = await journeysDrawn(page);
		const unplaced = Number((await page.getAttribute('[data-testid="map-unplaced"]', 'data-count')) ?? 0);
		// Every one accounted for: drawn, or listed as having no known place for an end.
		expect(drawn.journeys + unplaced).toBe(directed().length);
		expect(unplaced).toBe(corpus.unmapped.length);
		const documented = corpus.journeys.filter((j) => j.legs.some((l) => l.documented)).length;
		const undocumented = corpus.journeys.filter((j) => j.legs.some((l) => !l.documented)).length;
		expect(drawn.documented).toBe(documented);
		expect(drawn.undocumented).toBe(undocumented);
		console.info(
			`journeys drawn ${drawn.journeys}/${directed().length} embassies and letters (solid parts ${drawn.documented}, dashed parts ${drawn.undocumented}); not placeable: ${corpus.unmapped.map((u) => u.event).join(', ')}`
		);
		expect(external).toEqual([]);
		await context.close();
	});

	it('the time window hides the journeys outside it', async () => {
		const window = { from: 1700, to: 1800 };
		const inWindow = corpus.journeys.filter((j) => j.stop > window.from && j.start < window.to).length;
		expect(inWindow).toBeGreaterThan(0);
		expect(inWindow).toBeLessThan(corpus.journeys.length);
		const { page, context } = await open(browser, `/en/?t=${window.from},${window.to}&${WORLD}`, {
			viewport: 'kiosk'
		});
		await waitForMap(page);
		await expect.poll(async () => (await journeysDrawn(page)).journeys, { timeout: 30_000 }).toBe(inWindow);
		await context.close();
	});

	it('selecting an embassy draws its journey on top and tells it in words', async () => {
		// An embassy of the 1930s selected while the window shows the 18th century: drawn all the same, on top.
		const j = corpus.journeys.find((x) => x.kind === 'embassy' && x.start > 1900)!;
		const { page, context } = await open(browser, `/en/?t=1700,1800&event=${j.event}&${WORLD}`, {
			viewport: 'kiosk'
		});
		await waitForMap(page);
		await expect.poll(async () => (await journeysDrawn(page)).selected, { timeout: 30_000 }).toBe(1);
		const note = page.locator('[data-testid="map-journey"] [data-journey]');
		expect(await note.getAttribute('data-journey')).toBe(j.event);
		expect(await note.getAttribute('data-documented')).toMatch(/^(all|part|none)$/);
		expect(await note.textContent()).toContain('→');
		// Nothing selected: nothing on top.
		const { page: plain, context: other } = await open(browser, `/en/?t=1700,1800&${WORLD}`, { viewport: 'kiosk' });
		await waitForMap(plain);
		expect((await journeysDrawn(plain)).selected).toBe(0);
		await context.close();
		await other.close();
	});

	it.each(LANGS)('in %s the legend tells documented from undocumented ways and the arrow', async (lang) => {
		const messages = JSON.parse(readFileSync(`src/lib/i18n/messages/${lang}.json`, 'utf8'));
		const { page, context } = await open(browser, `/${lang}/?${WORLD}`, { viewport: 'kiosk' });
		await waitForMap(page);
		const legend = page.locator('[data-testid="map-legend"]');
		const item = (k: string) => legend.locator(`[data-legend="${k}"]`);
		expect((await item('documented').textContent())?.trim()).toBe(messages.map_legend_documented);
		expect((await item('undocumented').textContent())?.trim()).toBe(messages.map_legend_undocumented);
		expect((await item('arrow').textContent())?.trim()).toBe(messages.map_legend_arrow);
		// Drawn as the map draws them: one line solid, the other dashed.
		expect(await item('documented').locator('path[stroke-dasharray]').count()).toBe(0);
		expect(await item('undocumented').locator('path[stroke-dasharray]').count()).toBe(1);
		// Open (it starts folded where the map is small), then the toggle folds it away and back.
		const toggle = legend.getByRole('button', { name: messages.map_legend });
		if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
		expect(await item('documented').isVisible()).toBe(true);
		await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
		await screenshot(page, `journeys-${lang}-kiosk`);
		await toggle.click();
		expect(await item('documented').isVisible()).toBe(false);
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		await toggle.click();
		expect(await item('documented').isVisible()).toBe(true);
		await context.close();
	});

	it.each(LANGS)('in %s on a phone: journeys drawn, the legend folded behind its button', async (lang) => {
		const j = corpus.journeys.find((x) => x.legs.some((l) => !l.documented))!;
		const { page, context } = await open(browser, `/${lang}/?event=${j.event}`, { viewport: 'phone' });
		// On a phone the explorer shows one view at a time: the reader switches to the map.
		await showMap(page);
		await waitForMap(page);
		await settle(page);
		const legend = page.locator('[data-testid="map-legend"]');
		expect(await legend.locator('[data-legend="documented"]').isVisible()).toBe(false);
		await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
		await screenshot(page, `journeys-${lang}-phone`);
		await legend.getByRole('button').click();
		expect(await legend.locator('[data-legend="undocumented"]').isVisible()).toBe(true);
		expect((await journeysDrawn(page)).journeys).toBeGreaterThan(0);
		await screenshot(page, `journeys-${lang}-phone-legend`);
		await context.close();
	});

	it('the event page’s locator map draws the journey, dashed where undocumented, and tells it in words', async () => {
		const dashed = corpus.journeys.find((j) => j.legs.every((l) => !l.documented))!;
		const solid = corpus.journeys.find((j) => j.legs.every((l) => l.documented))!;
		for (const [j, dashes] of [
			[dashed, true],
			[solid, false]
		] as const) {
			// Without JavaScript: the prerendered page alone.
			const { page, context } = await open(browser, `/en/events/${j.event}/`, {
				viewport: 'projector',
				javaScript: false
			});
			const map = page.locator('[data-testid="locator-map"]');
			expect(await map.locator('path.route').count()).toBeGreaterThan(0);
			expect((await map.locator('path.route[stroke-dasharray]').count()) > 0).toBe(dashes);
			expect(await map.locator(`[data-journey="${j.event}"]`).getAttribute('data-documented')).toBe(
				dashes ? 'none' : 'all'
			);
			await context.close();
		}
	});

	// The map with its legend, place list and journey note; the page around it is the a11y sweep's (tests/a11y).
	it.each(['/en/', '/kk/?event=1731-tevkelev-mission', '/ru/?event=1595-velyamin-stepanov-embassy-to-tauekel'])(
		'%s: the map with journeys and the legend has no WCAG 2.2 A/AA violation',
		async (url) => {
			const { page, context } = await open(browser, url, { viewport: 'projector' });
			await waitForMap(page);
			expect(await axeViolations(page, '[data-testid="map"]')).toEqual([]);
			await context.close();
		}
	);
});
