/** Shared helpers of the modes' browser tests: reading what the built site says about its tours and featured events. */
import type { Browser, Locator, Page } from 'playwright-core';
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

/**
 * Clicks a control of the presenter bar as a presenter does: the pointer moves, the bar slides
 * in, the pointer goes onto the control and clicks. The bar slides away 2.5 s after the pointer
 * last moved, and Playwright's own click waits in place (it moves the pointer only once the
 * control is ready), so on a busy machine the bar could leave before the click and never come
 * back; here the last move is onto the control itself, and the click follows it at once.
 */
export async function clickInBar(page: Page, control: Locator): Promise<void> {
	const bar = page.locator('[data-testid="presenter-bar"]');
	const onScreen = async () => {
		const box = await bar.boundingBox();
		return !!box && box.y + box.height <= page.viewportSize()!.height + 0.5;
	};
	for (let attempt = 1; attempt <= 5; attempt++) {
		await page.mouse.move(300 + 10 * attempt, 300);
		await until(onScreen, 'the presenter bar to slide in');
		const box = (await control.boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		// Still there, and the control is what the pointer is on (Playwright's hit check).
		const hit = await control.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x, y)), [x, y]);
		if (hit && (await onScreen())) {
			await page.mouse.down();
			await page.mouse.up();
			return;
		}
	}
	throw new Error('the presenter bar never stayed in place for a click');
}
