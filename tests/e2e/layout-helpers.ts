/**
 * Shared helpers of the layout tests: what of a page shows without scrolling (the map's canvas,
 * a paged text, every role lane), and the tour about Torekulov as the content describes it (its
 * stops, and each stop's people and places), read from the same content the site was built from.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROLE_LANES, inView, nameClashes } from './timeline-helpers';
import { until } from './modes-helpers';

const CONTENT = process.env.ATLAS_CONTENT_DIR ?? 'content';

function frontmatter(file: string): Record<string, unknown> {
	const text = readFileSync(path.join(CONTENT, file), 'utf8');
	return parse(text.split(/^---$/m)[1]) as Record<string, unknown>;
}

export interface Stop {
	id: string;
	people: string[];
	places: string[];
}

/** The tour whose stops follow Nazir Torekulov (the tour naming him in its id), in stop order. */
export function torekulovTour(): { id: string; stops: Stop[] } {
	const file = readdirSync(path.join(CONTENT, 'tours')).find((f) => /torekulov.*\.kk\.md$/.test(f));
	if (!file) throw new Error('no tour about Torekulov in the content');
	const events = frontmatter(`tours/${file}`).events as string[];
	const stops = events.map((id) => {
		const e = frontmatter(`events/${id}.kk.md`);
		return { id, people: (e.people as string[]) ?? [], places: (e.places as string[]) ?? [] };
	});
	return { id: file.replace(/\.kk\.md$/, ''), stops };
}

/** The map's canvas, whole inside the screen, and big enough to read (at least 160×160 px). */
export async function mapCanvasInView(page: Page): Promise<string> {
	return page.evaluate(() => {
		const canvas = document.querySelector('[data-testid="map"] canvas');
		if (!canvas) return 'no map canvas';
		const r = canvas.getBoundingClientRect();
		if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
			return `canvas ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside ${innerWidth}×${innerHeight}`;
		if (r.width < 160 || r.height < 160) return `canvas only ${Math.round(r.width)}×${Math.round(r.height)}`;
		return '';
	});
}

/** How far the page itself scrolls, down and sideways (0 and 0 on a one-screen layout). */
export async function pageOverflow(page: Page): Promise<{ down: number; across: number; scrolled: number }> {
	return page.evaluate(() => {
		const el = document.scrollingElement!;
		return { down: el.scrollHeight - innerHeight, across: el.scrollWidth - innerWidth, scrolled: scrollY };
	});
}

/**
 * Whether the paged text in `root` reads whole: it fits its box, or a visible "More" control
 * turns it page by page to its very end. Returns what went wrong, or ''.
 */
export async function textReadsWhole(page: Page, root: string): Promise<string> {
	const box = page.locator(`${root} .paged-text`);
	const fits = () => box.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
	if (await fits()) return '';
	const more = page.locator(`${root} [data-testid="text-more"]`);
	if (!(await more.isVisible())) return 'text cut: longer than its box and no "More" control';
	const pages = Number(await page.getAttribute(root, 'data-pages'));
	const where = () =>
		box.evaluate((el) => ({ top: el.scrollTop, end: el.scrollTop + el.clientHeight >= el.scrollHeight - 1 }));
	for (let i = 1; i < pages + 2 && !(await where()).end; i++) {
		const { top } = await where();
		// The button follows the text's position once the page has drawn the last turn.
		if (!(await holds(() => more.isEnabled()))) return `"More" disabled at ${top} px, before the end of the text`;
		await more.click();
		if (!(await holds(async () => (await where()).top > top))) return `"More" did not turn the text at ${top} px`;
	}
	if (!(await where()).end) return '"More" never reached the end of the text';
	// Back to the first page for whoever looks next.
	await box.evaluate((el) => (el.scrollTop = 0));
	return '';
}

/** Every role lane and Torekulov in view, names clear, the map's canvas on the screen. */
export async function expectOneScreen(page: Page, what: string) {
	const seen = await inView(page);
	for (const lane of ROLE_LANES) expect(seen.lanes[lane] ?? 0, `${what}: ${lane} bars in view`).toBeGreaterThan(0);
	expect(seen.torekulov, `${what}: Torekulov's bar in view`).toBe(true);
	expect(seen.lanesOverflow, `${what}: lanes scroll`).toBeLessThanOrEqual(1);
	expect(await nameClashes(page), what).toEqual([]);
	expect(await mapCanvasInView(page), what).toBe('');
}

/** Whether `fn` comes true within 5 s (polled). */
const holds = (fn: () => Promise<boolean>) =>
	until(fn, 'a condition', 5000).then(
		() => true,
		() => false
	);
