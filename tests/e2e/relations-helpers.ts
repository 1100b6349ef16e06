/**
 * Shared helpers of the relations view's browser tests (its own page and the explorer's panel):
 * the relations drawn, and clicking an arc where it is on top.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const VIEW = '[data-testid="relations"]';

/** The relations drawn now, with their weights. */
export async function edges(page: Page): Promise<Map<string, number>> {
	const pairs = await page.$$eval(`${VIEW} [data-relation]`, (els) =>
		els.map((el) => [el.getAttribute('data-relation')!, Number(el.getAttribute('data-count'))] as const)
	);
	return new Map(pairs);
}

/** Clicks an arc where it is the topmost thing under the pointer (arcs nest and cross). */
export async function clickArc(page: Page, key: string) {
	await page.locator(`[data-relation="${key}"]`).scrollIntoViewIfNeeded();
	const point = await page.$eval(
		`[data-relation="${key}"] .hit`,
		(el, key) => {
			const p = el as SVGPathElement;
			const m = p.getScreenCTM()!;
			const length = p.getTotalLength();
			for (let t = 0.5; t < 1; t += 0.02)
				for (const at of [t, 1 - t]) {
					const q = p.getPointAtLength(length * at);
					const x = q.x * m.a + q.y * m.c + m.e;
					const y = q.x * m.b + q.y * m.d + m.f;
					if (document.elementFromPoint(x, y)?.closest('[data-relation]')?.getAttribute('data-relation') === key)
						return { x, y };
				}
			return null;
		},
		key
	);
	expect(point, `a point where ${key} is on top`).not.toBeNull();
	await page.mouse.click(point!.x, point!.y);
}
