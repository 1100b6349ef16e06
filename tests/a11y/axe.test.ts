/**
 * An axe-core audit of every built page in every language: no WCAG 2.2 A/AA violation. One test
 * per page, so a failure names it; a few pages are audited at once, each in its own context.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, buildDir, launch, LANGS, open, type OpenedPage } from '../e2e/harness';
import { builtPages, urlOf } from '../e2e/built-site';

/** Pages audited at once (two cores: three keeps both busy while one page loads). */
const AT_ONCE = Number(process.env.ATLAS_AXE_PAGES ?? 3);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dir = buildDir();
const paths = builtPages(dir)
	.map((f) => urlOf(dir, f))
	.filter((p) => p.endsWith('/'));

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

let browser: Browser;
const opened: OpenedPage[] = [];
const free: Page[] = [];
const waiting: ((page: Page) => void)[] = [];

beforeAll(async () => {
	browser = await launch();
	for (let i = 0; i < AT_ONCE; i++) {
		const o = await open(browser, '');
		opened.push(o);
		free.push(o.page);
	}
});
afterAll(async () => {
	for (const o of opened) await o.context.close();
	await browser?.close();
});

async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
	const page = free.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
	try {
		return await run(page);
	} finally {
		const next = waiting.shift();
		if (next) next(page);
		else free.push(page);
	}
}

test('the audit covers every page of the build in every language', () => {
	expect(paths.length).toBeGreaterThan(50);
	for (const lang of LANGS) {
		expect(paths).toContain(`/${lang}/`);
		expect(paths.filter((p) => p.startsWith(`/${lang}/events/`)).length, lang).toBeGreaterThan(1);
	}
});

test.concurrent.for(paths)('%s has no WCAG 2.2 A/AA violation', { timeout: 120_000 }, async (urlPath) => {
	const violations = await withPage(async (page) => {
		await page.goto(baseUrl() + urlPath, { waitUntil: 'load' });
		await page.evaluate(axeSource);
		return (await page.evaluate(async () => {
			// @ts-expect-error axe is injected above
			const result = await window.axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
			});
			return result.violations;
		})) as AxeViolation[];
	});
	const found = violations.map(
		(v) =>
			`${v.id} (${v.impact}) ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join('; ')}`
	);
	expect(found).toEqual([]);
});
