/** Shared helpers of the modes' browser tests: reading what the built site says about its tours and featured events. */
import type { Browser, Page } from 'playwright-core';
import { open, type OpenedPage } from './harness';

/** The params of the current URL of a page. */
export function params(page: Page): URLSearchParams {
	return new URL(page.url()).searchParams;
}

/** Waits until `fn` returns true (polling), or fails with `what`. */
export async function until(fn: () => Promise<boolean> | boolean, what: string, timeout = 10_000): Promise<void> {
	const end = Date.now() + timeout;
	while (Date.now() < end) {
		if (await fn()) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/** A tour with at least four stops, read from the tours page: id and its events in order. */
export async function pickTour(page: Page, base: string, lang = 'en'): Promise<{ id: string; stops: string[] }> {
	await page.goto(`${base}/${lang}/tours/`);
	const ids = await page.$$eval('[data-tour-item]', (els) => els.map((e) => e.getAttribute('data-tour-item')!));
	for (const id of ids) {
		await page.goto(`${base}/${lang}/tours/${id}/`);
		const stops = await page.$$eval('.stops > li h3 a', (as) =>
			as.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()!)
		);
		if (stops.length >= 4) return { id, stops };
	}
	throw new Error('no tour with four stops in the built site');
}

/** Sizes of every visible control inside `root` smaller than `min` CSS px (text links inside prose excluded). */
export async function smallControls(page: Page, root: string, min: number, skip = '.prose'): Promise<string[]> {
	return page.$$eval(
		`${root} button, ${root} a[href], ${root} input, ${root} select, ${root} [role="button"]`,
		(els, { min, skip }) =>
			els
				.filter((el) => {
					const r = el.getBoundingClientRect();
					const style = getComputedStyle(el);
					if (!r.width || !r.height || style.visibility === 'hidden' || style.pointerEvents === 'none') return false;
					if (el.closest(skip) || el.closest('[hidden]')) return false;
					return r.width < min - 0.5 || r.height < min - 0.5;
				})
				.map((el) => {
					const r = el.getBoundingClientRect();
					return `${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0]} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
				}),
		{ min, skip }
	);
}

/** Opens a kiosk page and waits until its behaviour is live (hydrated, listeners on). */
export async function openLiveKiosk(
	browser: Browser,
	path: string,
	viewport: 'kiosk' | 'kioskPortrait' = 'kiosk'
): Promise<OpenedPage> {
	const opened = await open(browser, path, { viewport, hasTouch: true });
	await opened.page.locator('[data-testid="kiosk-status"][data-ready]').waitFor({ state: 'attached' });
	return opened;
}

/** The event the kiosk's stage shows (null when none). */
export const stageSelected = (page: Page) => page.getAttribute('[data-testid="kiosk-stage"]', 'data-selected');
