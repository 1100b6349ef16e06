/**
 * Shared browser-test helpers: one Chromium per test file, pages at the sizes our readers
 * use, and a guard that records any request leaving 127.0.0.1.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CHROMIUM = CHROMIUM_PATH;

export const VIEWPORTS = {
	kiosk: { width: 1920, height: 1080 },
	kioskPortrait: { width: 1080, height: 1920 },
	projector: { width: 1280, height: 720 },
	phone: { width: 390, height: 844 },
	tablet: { width: 1024, height: 768 }
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export const LANGS = ['kk', 'ru', 'en'] as const;

export function baseUrl(): string {
	return inject('baseUrl');
}

export function buildDir(): string {
	return inject('buildDir');
}

/** Chromium as the machine runs it: headless, no sandbox, no network of its own, software WebGL. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [...CHROMIUM_FLAGS, ...extraArgs]
	});
}

export interface OpenOptions {
	viewport?: ViewportName;
	javaScript?: boolean;
	reducedMotion?: 'reduce' | 'no-preference';
	locale?: string;
	hasTouch?: boolean;
	offline?: boolean;
	/**
	 * The site's service worker precaches every file of the build (1,500 files, 46 MB with the
	 * development content) in each new context, so it is blocked unless a test is about it.
	 */
	serviceWorkers?: 'allow' | 'block';
}

export interface OpenedPage {
	context: BrowserContext;
	page: Page;
	/** Every request to a host other than 127.0.0.1 (should stay empty). */
	external: string[];
	/** Console errors and uncaught page errors. */
	errors: string[];
}

export async function open(browser: Browser, urlPath: string, options: OpenOptions = {}): Promise<OpenedPage> {
	const context = await browser.newContext({
		viewport: VIEWPORTS[options.viewport ?? 'kiosk'],
		javaScriptEnabled: options.javaScript ?? true,
		reducedMotion: options.reducedMotion ?? 'reduce',
		locale: options.locale ?? 'kk-KZ',
		hasTouch: options.hasTouch ?? false,
		serviceWorkers: options.serviceWorkers ?? 'block'
	});
	const page = await context.newPage();
	const external: string[] = [];
	const errors: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol))
			external.push(req.url());
	});
	page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
	page.on('pageerror', (err) => errors.push(String(err)));
	if (urlPath) await page.goto(baseUrl() + urlPath, { waitUntil: 'load' });
	return { context, page, external, errors };
}

/** Whether this run writes screenshots (`npm run screenshots`); `npm test` does not. */
export const SCREENSHOTS = !!process.env.ATLAS_SCREENSHOTS;

/**
 * Saves a screenshot under tests/e2e/screenshots/ for a person to look at, in a
 * `npm run screenshots` run only. It asserts nothing: the test around it must.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
	if (!SCREENSHOTS) return;
	const dir = path.resolve('tests/e2e/screenshots');
	mkdirSync(dir, { recursive: true });
	await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: options.fullPage ?? false });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA violations axe finds in the page as it is now (or in one part of it), each as "rule: where". */
export async function axeViolations(page: Page, within = 'html'): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (within) => {
		// @ts-expect-error axe is injected above
		const r = await window.axe.run(within, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
		});
		return r.violations.map(
			(v: { id: string; nodes: { target: string[] }[] }) =>
				`${v.id}: ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join('; ')}`
		);
	}, within);
}
