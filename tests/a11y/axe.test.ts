/** An axe-core audit of every built page in every language: no WCAG 2.2 A/AA violation. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, buildDir, launch, open } from '../e2e/harness';
import { builtPages, urlOf } from '../e2e/built-site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

test('no page in any language has a WCAG 2.2 A/AA violation', { timeout: 1_800_000 }, async () => {
	const dir = buildDir();
	const paths = builtPages(dir)
		.map((f) => urlOf(dir, f))
		.filter((p) => p.endsWith('/'));
	expect(paths.length).toBeGreaterThan(50);
	const { page, context } = await open(browser, '');
	const found: string[] = [];
	for (const p of paths) {
		await page.goto(baseUrl() + p, { waitUntil: 'load' });
		await page.evaluate(axeSource);
		const violations = (await page.evaluate(async () => {
			// @ts-expect-error axe is injected above
			const result = await window.axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
			});
			return result.violations;
		})) as AxeViolation[];
		for (const v of violations)
			found.push(
				`${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join('; ')}`
			);
	}
	await context.close();
	expect(found).toEqual([]);
});
