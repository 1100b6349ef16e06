/**
 * What a visitor downloads: the model comes once, in one fingerprinted file, not inside every
 * page; files are served compressed with the site's caching and security headers; locator
 * maps draw on small crops of the basemap. Sizes are read from the build (no timings).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, buildDir, LANGS, launch, open } from './harness';
import { builtPages, urlOf } from './built-site';
import { wake } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The pages whose interactive parts read the whole model. */
const MODEL_PAGES = LANGS.flatMap((l) => [
	`/${l}/`,
	`/${l}/events/`,
	`/${l}/people/`,
	`/${l}/places/`,
	`/${l}/tours/`,
	`/${l}/kiosk/`
]);

const html = (urlPath: string) => readFileSync(path.join(buildDir(), urlPath, 'index.html'), 'utf8');
/** SvelteKit's inline bootstrap script: where data returned by a server load ends up. */
const inlineScripts = (page: string) => [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe('the model ships once', () => {
	test('pages that use the model name one fingerprinted index file and carry none of it', () => {
		const named = new Set<string>();
		for (const p of MODEL_PAGES) {
			const page = html(p);
			const file = /<link rel="preload" as="fetch" href="(\/data\/index\.[0-9a-f]{12}\.json)"/.exec(page)?.[1];
			expect(file, `${p} preloads the index`).toBeTruthy();
			named.add(file!);
			expect(page, p).not.toContain('data-sveltekit-fetched');
			for (const script of inlineScripts(page)) expect(script.length, `${p} inline script`).toBeLessThan(3000);
			const data = readFileSync(path.join(buildDir(), p, '__data.json'), 'utf8');
			expect(data.length, `${p}/__data.json`).toBeLessThan(1000);
		}
		expect(named.size).toBe(1);
		const index = JSON.parse(readFileSync(path.join(buildDir(), [...named][0]), 'utf8'));
		expect(index.events.length).toBeGreaterThan(10);
		expect(JSON.stringify(index)).not.toMatch(/"html":"[^"]/);
	});

	test('no page of the build carries the model inline', () => {
		const index = readdirSync(path.join(buildDir(), 'data')).find((f) => /^index\..*\.json$/.test(f))!;
		const modelBytes = statSync(path.join(buildDir(), 'data', index)).size;
		for (const file of builtPages(buildDir()))
			for (const script of inlineScripts(readFileSync(file, 'utf8')))
				expect(script.length, urlOf(buildDir(), file)).toBeLessThan(modelBytes / 4);
	});

	test('readers fetch the index once however many model pages they open', async () => {
		const { page, context, errors } = await open(browser, '', { viewport: 'projector' });
		const fetched: string[] = [];
		page.on('request', (r) => /\/data\/index\./.test(r.url()) && fetched.push(r.url()));
		await page.goto(`${baseUrl()}/en/`, { waitUntil: 'load' });
		await page.locator('html[data-mode]').waitFor({ state: 'attached' });
		for (const section of ['events', 'people', 'places', 'tours']) {
			await page.locator(`.main-nav a[href="/en/${section}/"]`).click();
			await page.waitForURL(`**/en/${section}/`);
			await page.locator('h1').waitFor();
		}
		await page.goBack();
		await page.waitForURL('**/en/places/');
		expect(fetched).toHaveLength(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the kiosk reads event texts from its language’s bodies file', async () => {
		const { page, context, errors } = await open(browser, '/en/kiosk/?idle=600', { hasTouch: true });
		const bodies: string[] = [];
		page.on('request', (r) => /\/data\/bodies-/.test(r.url()) && bodies.push(new URL(r.url()).pathname));
		await page.reload({ waitUntil: 'load' });
		await page.locator('[data-testid="kiosk-status"][data-ready]').waitFor({ state: 'attached' });
		await page.locator('[data-kiosk-pick]').first().tap();
		await page.locator('[data-testid="kiosk-stage"] .stage-card .prose').waitFor();
		expect(bodies).toHaveLength(1);
		expect(bodies[0]).toMatch(/^\/data\/bodies-en\.[0-9a-f]{12}\.json$/);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('pages as sent', () => {
	test('every page is at most 60 KB as a browser receives it, brotli or gzip', () => {
		const pages = builtPages(buildDir());
		expect(pages.length).toBeGreaterThan(100);
		for (const file of pages)
			for (const ext of ['br', 'gz']) {
				expect(existsSync(`${file}.${ext}`), `${urlOf(buildDir(), file)}.${ext}`).toBe(true);
				expect(statSync(`${file}.${ext}`).size, `${urlOf(buildDir(), file)} (${ext})`).toBeLessThanOrEqual(60 * 1024);
			}
	});
});

describe('JavaScript before the map', () => {
	/** gzip size of every script a page preloads and those import statically (MapLibre comes later, by a dynamic import). */
	const staticScripts = (urlPath: string) => {
		const file = path.join(buildDir(), urlPath, 'index.html');
		const queue = [...readFileSync(file, 'utf8').matchAll(/href="([^"]+\.js)" rel="modulepreload"/g)].map((m) =>
			path.resolve(path.dirname(file), m[1])
		);
		const seen = new Set<string>();
		let gzip = 0;
		while (queue.length) {
			const script = queue.pop()!;
			if (seen.has(script)) continue;
			seen.add(script);
			const source = readFileSync(script);
			gzip += gzipSync(source, { level: 9 }).length;
			for (const m of source.toString().matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g))
				queue.push(path.resolve(path.dirname(script), m[1]));
		}
		return { files: seen.size, gzip, maplibre: [...seen].some((f) => readFileSync(f, 'utf8').includes('maplibregl')) };
	};

	test('the explorer loads at most 150 KB gzip of JavaScript before the map, and no MapLibre', () => {
		for (const lang of LANGS) {
			const { files, gzip, maplibre } = staticScripts(`/${lang}/`);
			expect(files, lang).toBeGreaterThan(5);
			expect(gzip, lang).toBeLessThanOrEqual(150 * 1024);
			expect(maplibre, lang).toBe(false);
		}
	});
});

describe('the prerendered explorer', () => {
	/** The x positions of the axis's minor ticks in a piece of markup. */
	const minorTicks = (markup: string) =>
		[...markup.matchAll(/<line class="minor[^"]*" x1="(-?[\d.]+)"/g)].map((m) => Number(m[1]));

	test('draws the visible window only, to a tenth of a pixel; the live page draws past its edges once the reader reaches for it', async () => {
		for (const lang of LANGS) {
			const page = html(`/${lang}/`);
			const width = Number(/<svg width="(\d+)" height="\d+" role="presentation"/.exec(page)?.[1]);
			const ticks = minorTicks(page);
			expect(ticks.length, lang).toBeGreaterThan(5);
			// One tick step past an edge at most (a tick is drawn where its year begins).
			expect(Math.min(...ticks), lang).toBeGreaterThan(-0.1 * width);
			expect(Math.max(...ticks), lang).toBeLessThan(1.1 * width);
			expect(page, lang).not.toMatch(/\s(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="-?\d+\.\d{2,}"/);
		}
		const { page, context, errors } = await open(browser, '/en/', { viewport: 'projector' });
		await wake(page);
		await page.locator('[data-testid="timeline"][data-ready]').waitFor({ state: 'attached' });
		const liveTicks = async () =>
			minorTicks(await page.locator('[data-testid="timeline"] .band > svg').evaluate((svg) => svg.outerHTML));
		const stage = await page.locator('[data-testid="timeline"] .stage').evaluate((el) => el.clientWidth);
		// Hydrated, it still draws the window only (the page starts with no second layout)…
		expect(Math.min(...(await liveTicks()))).toBeGreaterThan(-0.1 * stage);
		// …until a pointer comes over the timeline: then also what a pan brings in.
		const box = (await page.locator('[data-testid="timeline"] .stage').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(async () => Math.min(...(await liveTicks()))).toBeLessThan(-0.3 * stage);
		const live = await liveTicks();
		expect(live.length).toBeGreaterThan(5);
		expect(Math.max(...live)).toBeGreaterThan(1.3 * stage);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/** A response's status and headers, asked for as a browser would (compression accepted). */
function head(
	urlPath: string,
	encoding = 'br, gzip'
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
	return new Promise((resolve, reject) => {
		get(`${baseUrl()}${urlPath}`, { headers: { 'accept-encoding': encoding } }, (res) => {
			res.resume();
			resolve({ status: res.statusCode ?? 0, headers: res.headers });
		}).on('error', reject);
	});
}

describe('served compressed, with caching and security headers', () => {
	test('pages, code and the model come brotli-compressed where accepted, gzip otherwise', async () => {
		const index = readdirSync(path.join(buildDir(), 'data')).find((f) => /^index\./.test(f) && f.endsWith('.json'))!;
		for (const p of ['/en/', '/ru/events/', `/data/${index}`]) {
			const br = await head(p);
			expect(br.headers['content-encoding'], p).toBe('br');
			expect(br.headers.vary, p).toMatch(/Accept-Encoding/i);
			const gz = await head(p, 'gzip');
			expect(gz.headers['content-encoding'], p).toBe('gzip');
		}
	});

	test('fingerprinted files are cached for good, pages are revalidated', async () => {
		const index = readdirSync(path.join(buildDir(), 'data')).find((f) => /^index\./.test(f) && f.endsWith('.json'))!;
		expect((await head(`/data/${index}`)).headers['cache-control']).toMatch(/immutable/);
		const js = readdirSync(path.join(buildDir(), '_app/immutable/entry')).find((f) => f.endsWith('.js'))!;
		expect((await head(`/_app/immutable/entry/${js}`)).headers['cache-control']).toMatch(/immutable/);
		for (const p of ['/en/', '/service-worker.js', '/kiosk-config.json'])
			expect((await head(p)).headers['cache-control'], p).toBe('no-cache');
	});

	test('every response carries the security policy, and unknown pages a 404 in their language', async () => {
		const page = await head('/kk/events/');
		expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		const missing = await head('/ru/no-such-page/');
		expect(missing.status).toBe(404);
		expect(missing.headers['content-security-policy']).toBeTruthy();
	});

	test('robots.txt names the sitemap only with an absolute address', () => {
		const robots = readFileSync(path.join(buildDir(), 'robots.txt'), 'utf8');
		const canonical = /rel="canonical" href="([^"]*)"/.exec(html('/en/'))![1];
		if (canonical.startsWith('http')) expect(robots).toContain(`Sitemap: ${new URL(canonical).origin}/sitemap.xml`);
		else expect(robots).not.toContain('Sitemap:');
		expect(robots).toMatch(/^User-agent: \*$/m);
	});
});

describe('locator maps', () => {
	test('draw on a crop of the basemap of a few KB, not the whole region', () => {
		const pages = builtPages(buildDir()).filter((f) => /\/(events|places)\/[^/]+\/index\.html$/.test(f));
		let seen = 0;
		for (const file of pages) {
			const page = readFileSync(file, 'utf8');
			if (!page.includes('data-testid="locator-map"')) continue;
			const href = /<image href="([^"]+)"/.exec(page)?.[1];
			expect(href, urlOf(buildDir(), file)).toMatch(/^\/basemap\/locator\/(region|wide)-[\d-]+\.svg$/);
			const crop = path.join(buildDir(), href!);
			expect(existsSync(crop), href).toBe(true);
			expect(statSync(crop).size, href).toBeLessThan(30_000);
			expect(statSync(`${crop}.br`).size, href).toBeLessThan(10_000);
			seen++;
		}
		expect(seen).toBeGreaterThan(20);
	});
});
