/**
 * The relations view in Chromium (/{lang}/relations/): its nodes, typed edges and table; the
 * network following the shared time window (the timeline's zoom, the play controls); choosing
 * an edge selecting its events on the timeline; a polity filtering; the keyboard; the state in
 * the URL; kiosk targets; print; and an axe audit in three languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, LANGS, launch, open } from './harness';
import { params, smallControls, until } from './modes-helpers';
import { clickArc, edges, VIEW } from './relations-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const TL = '[data-testid="timeline"]';
const KEY = /^[a-z0-9-]+\|[a-z0-9-]+\|(embassy|letter|treaty|alliance|oath|marriage|conflict)$/;

async function ready(page: Page) {
	await page.waitForSelector(`${TL}[data-ready] [data-event-id]`);
	await page.waitForSelector(`${VIEW} [data-view="network"]`);
	await page.waitForSelector(`${TL}:not([data-moving])`);
}

const pressedOnTimeline = (page: Page) =>
	page.$$eval(`${TL} [data-event-id][aria-pressed="true"]`, (els) => els.map((e) => e.getAttribute('data-event-id')));

function polityName(id: string, lang: string): string {
	const dir = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content', 'polities');
	return readFileSync(path.join(dir, `${id}.${lang}.md`), 'utf8')
		.match(/^name:\s*"?([^"\n]+)"?/m)![1]
		.trim();
}

describe('the relations page', () => {
	test.each(LANGS)(
		'in %s: nodes with polity ids, typed edges, names in the language and a table with the same numbers',
		async (lang) => {
			const { page, context, errors, external } = await open(browser, `/${lang}/relations/`, { viewport: 'kiosk' });
			await ready(page);
			const nodes = await page.$$eval(`${VIEW} [data-polity-id]`, (els) =>
				els.map((e) => e.getAttribute('data-polity-id'))
			);
			expect(nodes.length).toBeGreaterThan(10);
			const drawn = await edges(page);
			expect(drawn.size).toBeGreaterThan(20);
			for (const key of drawn.keys()) expect(key).toMatch(KEY);
			// Every edge's ends are nodes.
			for (const key of drawn.keys()) for (const end of key.split('|').slice(0, 2)) expect(nodes).toContain(end);
			const label = await page.textContent(`${VIEW} [data-polity-id="kazakh-khanate"] .name`);
			expect(label?.trim()).toBe(polityName('kazakh-khanate', lang));
			// The table, in print and behind its button, counts exactly what the arcs draw.
			await page.click(`${VIEW} [data-view="table"]`);
			const rows = await page.$$eval('[data-testid="relations-table"] [data-row-relation]', (els) =>
				els.map(
					(el) =>
						[el.getAttribute('data-row-relation')!, Number(el.querySelector('[data-count]')!.textContent)] as const
				)
			);
			expect(new Map(rows)).toEqual(drawn);
			expect(errors).toEqual([]);
			expect(external).toEqual([]);
			await context.close();
		}
	);

	test('the main menu links to it in every language', async () => {
		const { page, context } = await open(browser, '/ru/');
		expect(await page.getAttribute('.main-nav a[href="/ru/relations/"]', 'href')).toBe('/ru/relations/');
		await context.close();
	});

	test('without JavaScript the network and its table are in the page', async () => {
		const { page, context } = await open(browser, '/en/relations/', { javaScript: false });
		expect(await page.locator(`${VIEW} [data-relation]`).count()).toBeGreaterThan(20);
		expect(await page.locator('[data-testid="relations-table"] [data-row-relation]').count()).toBeGreaterThan(20);
		await context.close();
	});
});

describe('the network follows the shared time window', () => {
	test('zooming the timeline in narrows the network to the relations of the new window', async () => {
		const { page, context } = await open(browser, '/en/relations/?t=1550,1850', { viewport: 'projector' });
		await ready(page);
		const before = await edges(page);
		await page.click('[data-testid="timeline-zoom-in"]');
		await until(async () => params(page).get('t') !== '1550,1850', 'the timeline to publish its window');
		await until(async () => (await edges(page)).size !== before.size, 'the edges to change');
		const after = await edges(page);
		expect(after.size).toBeLessThan(before.size);
		// A narrower window: no relation appears that was not there, and none grows.
		for (const [key, n] of after) expect(n).toBeLessThanOrEqual(before.get(key) ?? -1);
		await context.close();
	});

	test('the play controls step the window, and the edges appear and fade with it', async () => {
		const { page, context } = await open(browser, '/en/relations/?t=1590,1620', { viewport: 'projector' });
		await ready(page);
		const first = await edges(page);
		const label = await page.textContent('[data-testid="relations-window"]');
		await page.click(`${VIEW} button[aria-label="Next period"]`);
		await until(async () => (await page.textContent('[data-testid="relations-window"]')) !== label, 'a new period');
		const t = params(page).get('t')!.split(',').map(Number);
		expect(t[0]).toBeGreaterThan(1590);
		// The timeline shows the same window.
		const [from] = (await page.getAttribute(TL, 'data-window'))!.split(',').map(Number);
		expect(Math.abs(from - t[0])).toBeLessThan(0.5);
		// Play runs on by itself.
		await page.click('[data-testid="relations-play"]');
		const playedFrom = params(page).get('t');
		await until(async () => params(page).get('t') !== playedFrom, 'the play to move the window', 8000);
		await page.click('[data-testid="relations-play"]');
		expect(await page.getAttribute('[data-testid="relations-play"]', 'aria-pressed')).toBe('false');
		expect(await edges(page)).not.toEqual(first);
		await context.close();
	});
});

describe('choosing in the network', () => {
	test('choosing an edge selects its events on the timeline, lists them, and the URL carries it', async () => {
		const { page, context } = await open(browser, '/en/relations/', { viewport: 'kiosk' });
		await ready(page);
		const drawn = await edges(page);
		const [key, count] = [...drawn].find(([k, n]) => n >= 2 && k.endsWith('|embassy'))!;
		await clickArc(page, key);
		await until(() => params(page).get('rel') === key.replaceAll('|', ','), 'rel= in the URL');
		expect(await page.getAttribute(`[data-relation="${key}"]`, 'aria-pressed')).toBe('true');
		const listed = await page.$$eval('[data-relation-event]', (els) =>
			els.map((e) => e.getAttribute('data-relation-event')!)
		);
		expect(listed).toHaveLength(count);
		const event = params(page).get('event');
		expect(event).toBe(listed[0]);
		// The timeline shows it as itself (a count holding it opens, which may glide).
		await expect.poll(() => pressedOnTimeline(page), { timeout: 10_000 }).toEqual([listed[0]]);
		// The next event of the relation moves the timeline's selection and keeps the relation.
		await page.click(`[data-relation-event="${listed[1]}"] button`);
		await until(() => params(page).get('event') === listed[1], 'the second event in the URL');
		expect(params(page).get('rel')).toBe(key.replaceAll('|', ','));
		await expect.poll(() => pressedOnTimeline(page), { timeout: 10_000 }).toEqual([listed[1]]);
		// Choosing the edge again lets it go.
		await clickArc(page, key);
		await until(() => !params(page).has('rel'), 'rel= gone');
		await expect.poll(() => pressedOnTimeline(page), { timeout: 10_000 }).toEqual([]);
		await context.close();
	});

	test('choosing a polity filters the network (and the timeline) to it; its relations become large buttons', async () => {
		const { page, context } = await open(browser, '/en/relations/', { viewport: 'projector' });
		await ready(page);
		await page.click(`${VIEW} [data-polity-id="qing-empire"]`);
		await until(() => params(page).get('polity') === 'qing-empire', 'polity= in the URL');
		const drawn = await edges(page);
		expect(drawn.size).toBeGreaterThan(0);
		for (const key of drawn.keys()) expect(key.split('|').slice(0, 2)).toContain('qing-empire');
		const choices = await page.$$eval('[data-choose-relation]', (els) =>
			els.map((e) => e.getAttribute('data-choose-relation'))
		);
		expect(new Set(choices)).toEqual(new Set(drawn.keys()));
		await page.click(`[data-choose-relation="${choices[0]}"]`);
		await until(() => params(page).get('rel') === choices[0]!.replaceAll('|', ','), 'the chosen relation');
		await context.close();
	});

	test('the keyboard moves down the polities, into their relations and chooses one', async () => {
		const { page, context } = await open(browser, '/en/relations/', { viewport: 'projector' });
		await ready(page);
		await page.focus(`${VIEW} [data-polity-id][tabindex="0"]`);
		const first = await page.evaluate(() => document.activeElement?.getAttribute('data-polity-id'));
		await page.keyboard.press('ArrowDown');
		const second = await page.evaluate(() => document.activeElement?.getAttribute('data-polity-id'));
		expect(second).toBeTruthy();
		expect(second).not.toBe(first);
		await page.keyboard.press('ArrowRight');
		const key = await page.evaluate(() => document.activeElement?.getAttribute('data-relation'));
		expect(key).toMatch(KEY);
		expect(key!.split('|').slice(0, 2)).toContain(second);
		await page.keyboard.press('Enter');
		await until(() => params(page).get('rel') === key!.replaceAll('|', ','), 'the relation chosen by Enter');
		await page.keyboard.press('ArrowLeft');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-polity-id'))).toBe(second);
		await context.close();
	});
});

describe('the state in the URL', () => {
	const key = 'kazakh-khanate|qing-empire|embassy';
	test('a shared link restores the window, the relation and its event, and Back returns to it', async () => {
		const { page, context } = await open(browser, `/en/relations/?t=1700,1800&rel=kazakh-khanate,qing-empire,embassy`, {
			viewport: 'projector'
		});
		await ready(page);
		expect(await page.getAttribute(`[data-relation="${key}"]`, 'aria-pressed')).toBe('true');
		expect(await page.textContent('[data-testid="relations-window"]')).toBe('1700 – 1799');
		const [from, to] = (await page.getAttribute(TL, 'data-window'))!.split(',').map(Number);
		expect(Math.abs(from - 1700)).toBeLessThan(0.5);
		expect(Math.abs(to - 1800)).toBeLessThan(0.5);
		const listed = await page.$$eval('[data-relation-event]', (els) =>
			els.map((e) => e.getAttribute('data-relation-event')!)
		);
		expect(listed.length).toBeGreaterThan(0);
		// Choose another relation, then go back.
		const other = [...(await edges(page)).keys()].find((k) => k !== key)!;
		await clickArc(page, other);
		await until(() => params(page).get('rel') === other.replaceAll('|', ','), 'the other relation');
		await page.goBack();
		await until(() => params(page).get('rel') === key.replaceAll('|', ','), 'Back to the first relation');
		expect(await page.getAttribute(`[data-relation="${key}"]`, 'aria-pressed')).toBe('true');
		// And a reload of the address restores the same view.
		const url = page.url();
		await page.goto(url);
		await ready(page);
		expect(await page.getAttribute(`[data-relation="${key}"]`, 'aria-pressed')).toBe('true');
		expect(params(page).get('t')).toBe('1700,1800');
		await context.close();
	});
});

describe('kiosk, print and accessibility', () => {
	test('on a kiosk every polity and every button of the view is at least 56 px', async () => {
		const { page, context } = await open(browser, '/en/relations/?kiosk', { viewport: 'kiosk', hasTouch: true });
		await ready(page);
		await page.click(`${VIEW} [data-polity-id="russian-empire"]`);
		await page.waitForSelector('[data-choose-relation]');
		// Arcs are thin by nature; on a kiosk their relations are also the 56 px buttons checked here.
		expect(await smallControls(page, VIEW, 56, '.arcs')).toEqual([]);
		const rows = await page.$$eval(`${VIEW} [data-polity-id]`, (els) =>
			els.map((e) => e.getBoundingClientRect().height)
		);
		expect(Math.min(...rows)).toBeGreaterThanOrEqual(54);
		await context.close();
	});

	test('printed: the network and its table, without the controls', async () => {
		const { page, context } = await open(browser, '/en/relations/', { viewport: 'projector' });
		await ready(page);
		await page.emulateMedia({ media: 'print' });
		await page.waitForSelector('[data-testid="relations-table"]', { state: 'visible', timeout: 5000 });
		expect(await page.isVisible('[data-testid="relations-arcs"]')).toBe(true);
		expect(await page.isVisible('[data-testid="relations-play"]')).toBe(false);
		expect(await page.isVisible(`${VIEW} [data-view="table"]`)).toBe(false);
		await context.close();
	});

	test.each(LANGS)('in %s, with a relation chosen: no WCAG 2.2 A/AA violation', async (lang) => {
		const { page, context } = await open(browser, `/${lang}/relations/?rel=kazakh-khanate,russian-empire,treaty`, {
			viewport: 'projector'
		});
		await ready(page);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
