/** Shared helpers of the modes' browser tests: reading what the built site says about its tours and featured events. */
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, open, type OpenedPage } from './harness';

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

/** pickTour in a page of its own, closed once the tour is found. */
export async function findTour(browser: Browser, lang = 'en'): Promise<{ id: string; stops: string[] }> {
	const { page, context } = await open(browser, '');
	try {
		return await pickTour(page, baseUrl(), lang);
	} finally {
		await context.close();
	}
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
 * Clicks a control of the presenter bar as a presenter does: the pointer moves until the bar has
 * slid in, then goes onto the control and clicks at once. The bar slides away 2.5 s after the
 * pointer last moved, so the pointer keeps moving while the test looks (one look can take that
 * long on a loaded machine). The slide can still fall between the press and the release, and the
 * click then lands on whatever the two share, not the control; the page records where each click
 * lands, and a click that missed the control is made again.
 */
export async function clickInBar(page: Page, control: Locator): Promise<void> {
	const bar = page.locator('[data-testid="presenter-bar"]');
	let bottom = NaN;
	let step = 0;
	const slidIn = async () => {
		step++;
		await page.mouse.move(300 + (step % 2) * 20, 300 + (step % 2) * 20);
		bottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom - innerHeight);
		return bottom <= 0.5;
	};
	const landings: string[] = [];
	for (let attempt = 1; attempt <= 5; attempt++) {
		await until(slidIn, 'the presenter bar to slide in').catch((error: Error) => {
			throw new Error(`${error.message} (its bottom edge stayed ${bottom} px below the screen's)`);
		});
		await control.evaluate((el) => {
			const w = window as unknown as { __barClick?: string; __barClickListener?: (e: Event) => void };
			if (w.__barClickListener) document.removeEventListener('click', w.__barClickListener, true);
			w.__barClick = 'no click';
			w.__barClickListener = (e) => {
				const target = e.target instanceof Element ? e.target : null;
				w.__barClick = target && el.contains(target) ? 'control' : `<${target?.tagName.toLowerCase() ?? '?'}>`;
			};
			document.addEventListener('click', w.__barClickListener, true);
		});
		const box = (await control.boundingBox())!;
		// One move onto the control, the press and the release, with no round trip between them.
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const landed = await page
			.evaluate(() => (window as unknown as { __barClick?: string }).__barClick ?? 'a new document')
			// A click that loaded another document took the record with it: it reached a link.
			.catch(() => 'a new document');
		if (landed === 'control' || landed === 'a new document') return;
		landings.push(landed);
	}
	throw new Error(`the presenter bar never stayed in place for a click (the clicks landed on: ${landings.join(', ')})`);
}

/** Boxes of `selector` that are not wholly on screen (with `shownOnly`, of those displayed): "tag.class x,y w×h". */
export const offScreen = (page: Page, selector: string, shownOnly = false) =>
	page.$$eval(
		selector,
		(els, shownOnly) =>
			els
				.filter((el) => !shownOnly || el.getClientRects().length > 0)
				.map((el) => ({ el, r: el.getBoundingClientRect() }))
				.filter(
					({ r }) =>
						!r.width ||
						!r.height ||
						r.left < -0.5 ||
						r.top < -0.5 ||
						r.right > innerWidth + 0.5 ||
						r.bottom > innerHeight + 0.5
				)
				.map(
					({ el, r }) =>
						`${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0]} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`
				),
		shownOnly
	);
