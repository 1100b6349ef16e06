/**
 * The foundation as a visitor meets it: every page type in every language, the language
 * switch, links, 404s, the front door, pages without JavaScript, and the security policy.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, buildDir, LANGS, launch, open } from './harness';
import { builtPages, hrefsIn, urlOf } from './built-site';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** One page of each type, taken from the build itself so the test follows the content. */
function samplePaths(): Record<string, string> {
	const dir = buildDir();
	const first = (section: string) => {
		const page = builtPages(dir).find((f) => new RegExp(`/kk/${section}/[^/]+/index\\.html$`).test(f));
		return page ? urlOf(dir, page).replace('/kk/', '/') : undefined;
	};
	const paths: Record<string, string | undefined> = {
		explorer: '/',
		events: '/events/',
		people: '/people/',
		places: '/places/',
		tours: '/tours/',
		event: first('events'),
		person: first('people'),
		place: first('places'),
		tour: first('tours')
	};
	return Object.fromEntries(Object.entries(paths).filter(([, p]) => p)) as Record<string, string>;
}

describe('every page type renders in every language', () => {
	test('sample pages cover all nine page types', () => {
		expect(Object.keys(samplePaths()).sort()).toEqual([
			'event',
			'events',
			'explorer',
			'people',
			'person',
			'place',
			'places',
			'tour',
			'tours'
		]);
	});
	for (const lang of LANGS) {
		test(`${lang}: pages answer with their language, a heading, alternates and no error`, async () => {
			const { page, context, external, errors } = await open(browser, '');
			for (const [type, p] of Object.entries(samplePaths())) {
				const response = await page.goto(`${baseUrl()}/${lang}${p}`, { waitUntil: 'load' });
				expect(response?.status(), `${type} ${p}`).toBe(200);
				expect(await page.getAttribute('html', 'lang')).toBe(lang);
				expect(await page.locator('h1').count(), `${type} has a heading`).toBeGreaterThan(0);
				const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
					ls.map((l) => l.getAttribute('hreflang'))
				);
				expect(alternates.sort()).toEqual(['en', 'kk', 'ru', 'x-default']);
				expect(await page.locator(`[data-lang-switch="${lang}"][aria-current="true"]`).count()).toBe(1);
			}
			expect(errors).toEqual([]);
			expect(external).toEqual([]);
			await context.close();
		});
	}
});

test('the language switch keeps the reader on the same page', async () => {
	const event = samplePaths().event;
	const { page, context } = await open(browser, `/kk${event}`);
	await page.click('[data-lang-switch="en"]');
	await page.waitForURL(`**/en${event}`);
	expect(await page.getAttribute('html', 'lang')).toBe('en');
	await page.click('[data-lang-switch="ru"]');
	await page.waitForURL(`**/ru${event}`);
	expect(await page.getAttribute('html', 'lang')).toBe('ru');
	await context.close();
});

test('the language switch carries state chosen after the page loaded', async () => {
	const { page, context } = await open(browser, '/kk/events/');
	await page.fill('[data-testid="event-search"]', 'Абылай');
	await page.waitForFunction(() => location.search.includes('q='));
	const kkCount = await page.locator('[data-event-item]').count();
	expect(kkCount).toBeGreaterThan(0);
	await page.click('[data-lang-switch="en"]');
	await page.waitForURL('**/en/events/?q=*');
	expect(await page.inputValue('[data-testid="event-search"]')).toBe('Абылай');
	await context.close();
});

test('a Russian title shows after switching from Kazakh without reloading the page', async () => {
	const { page, context } = await open(browser, '/kk/events/');
	const kkHeading = await page.textContent('h1');
	await page.click('[data-lang-switch="ru"]');
	await page.waitForURL('**/ru/events/');
	await expect.poll(() => page.textContent('h1')).not.toBe(kkHeading);
	expect(await page.textContent('h1')).toBe('События');
	await context.close();
});

describe('the front door', () => {
	test.each([
		['ru-RU', '/ru/'],
		['en-GB', '/en/'],
		['de-DE', '/kk/'],
		['kk-KZ', '/kk/']
	])('a browser preferring %s lands on %s', async (locale, expected) => {
		const { page, context } = await open(browser, '/', { locale });
		await page.waitForURL(`**${expected}`);
		expect(new URL(page.url()).pathname).toBe(expected);
		await context.close();
	});
	test('without JavaScript the front door still leads to Kazakh', async () => {
		const { page, context } = await open(browser, '/', { javaScript: false });
		// The <noscript> refresh moves the page on; where to is the assertion.
		await page.waitForURL((url) => url.pathname !== '/');
		expect(new URL(page.url()).pathname).toBe('/kk/');
		expect(await page.getAttribute('html', 'lang')).toBe('kk');
		expect(await page.locator('h1').count()).toBeGreaterThan(0);
		await context.close();
	});
});

describe('404', () => {
	test.each(LANGS)('an unknown %s path answers 404 in that language', async (lang) => {
		const { page, context } = await open(browser, '');
		const response = await page.goto(`${baseUrl()}/${lang}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.locator('[data-testid="not-found"]').count()).toBe(1);
		await context.close();
	});
	test('an unknown path outside the languages answers in all three', async () => {
		const { page, context } = await open(browser, '');
		const response = await page.goto(`${baseUrl()}/nowhere/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('[data-404-lang]').count()).toBe(3);
		await context.close();
	});
});

test('pages are readable with JavaScript off', async () => {
	const paths = samplePaths();
	const { page, context } = await open(browser, '', { javaScript: false });
	for (const p of [paths.event, paths.person, paths.tour, '/events/']) {
		await page.goto(`${baseUrl()}/en${p}`);
		const text = await page.locator('main').innerText();
		expect(text.length, p).toBeGreaterThan(200);
	}
	await page.goto(`${baseUrl()}/en/events/`);
	const listed = await page.locator('[data-event-item]').count();
	const total = builtPages(buildDir()).filter((f) => /\/en\/events\/[^/]+\/index\.html$/.test(f)).length;
	expect(listed).toBe(total);
	await context.close();
});

test('the era overview shows a bar for every state, one that lasted a few months too', async () => {
	const { page, context } = await open(browser, '/en/', { viewport: 'projector', javaScript: false });
	const widths = await page.$$eval('section.eras li', (items) =>
		items.map((li) => li.querySelector('.bar')?.getBoundingClientRect().width ?? 0)
	);
	expect(widths.length).toBeGreaterThan(5);
	// The shortest, Turkestan (Kokand) Autonomy, is about a thousandth of the axis: a dot, not nothing.
	expect(Math.min(...widths)).toBeGreaterThanOrEqual(10);
	await context.close();
});

describe('the built site', () => {
	test('has zero broken internal links', () => {
		const dir = buildDir();
		const broken: string[] = [];
		const pages = builtPages(dir);
		expect(pages.length).toBeGreaterThan(50);
		for (const file of pages) {
			const from = urlOf(dir, file);
			for (const href of hrefsIn(readFileSync(file, 'utf8'))) {
				if (/^(https?:|mailto:|tel:)/.test(href) || href.startsWith('#')) continue;
				const target = new URL(href, `http://site${from}`);
				const p = decodeURIComponent(target.pathname);
				const candidates = [path.join(dir, p), path.join(dir, p, 'index.html')];
				if (
					!candidates.some(
						(c) =>
							existsSync(c) && (c.endsWith('.html') || !p.endsWith('/') || existsSync(path.join(dir, p, 'index.html')))
					)
				) {
					broken.push(`${from} -> ${href}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	test('every page carries a policy that allows only the site and hashes every inline script', () => {
		const dir = buildDir();
		for (const file of builtPages(dir)) {
			const html = readFileSync(file, 'utf8');
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(csp, urlOf(dir, file)).toBeDefined();
			expect(csp).toMatch(/default-src 'self'/);
			expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
			const scriptSrc = /script-src ([^;]+)/.exec(csp!)![1];
			expect(scriptSrc).not.toContain('unsafe-inline');
			for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
				if (!m[1].trim() || /type="application\/(ld\+)?json"/.test(m[0])) continue;
				const hash = createHash('sha256').update(m[1]).digest('base64');
				expect(scriptSrc, `${urlOf(dir, file)} inline script`).toContain(`sha256-${hash}`);
			}
		}
	});

	test('every built page links no external script, style or font', () => {
		const dir = buildDir();
		for (const file of builtPages(dir)) {
			const html = readFileSync(file, 'utf8');
			expect(html, urlOf(dir, file)).not.toMatch(
				/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\/(?!127\.0\.0\.1)/
			);
		}
	});
});
