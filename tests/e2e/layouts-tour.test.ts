/**
 * The page layouts (#12) on a tour in presenter mode: on every stop of the Torekulov tour, at
 * projector and tablet sizes in three languages, its people in view on the timeline, its places
 * on the map and its whole text, without scrolling.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGS, launch, open, screenshot, type ViewportName } from './harness';
import { drawn, waitForMap } from './map-helpers';
import { mapCanvasInView, pageOverflow, textReadsWhole, torekulovTour, type Stop } from './layout-helpers';
import { inView, nameClashes, ready } from './timeline-helpers';
import { until } from './modes-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PROJECTOR: ViewportName[] = ['projector', 'tablet'];

describe('presenter mode on a projector', () => {
	const tour = torekulovTour();
	test.each(PROJECTOR.flatMap((size) => LANGS.map((lang) => [size, lang] as const)))(
		`every stop of the Torekulov tour at %s in %s: its people, its places and its whole text`,
		async (size, lang) => {
			const { page, context, errors } = await open(browser, `/${lang}/tours/${tour.id}/?stop=1&mode=present`, {
				viewport: size
			});
			await ready(page);
			await waitForMap(page);
			for (const [i, stop] of tour.stops.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await until(
					async () => (await page.getAttribute('[data-testid="tour-player"]', 'data-stop')) === String(i + 1),
					`stop ${i + 1}`
				);
				await expectStop(page, stop, `${size} ${lang} stop ${i + 1}`);
				if (i === 2) await screenshot(page, `layout-tour-${size}-${lang}`);
			}
			expect(errors).toEqual([]);
			await context.close();
		}
	);
});

async function expectStop(page: Page, stop: Stop, what: string) {
	await page.waitForSelector(`[data-testid="timeline"]:not([data-moving])`);
	// Every person of the stop drawn in a role lane of the tour's timeline shows a bar in view.
	let missing: string[] = [];
	await until(async () => {
		const seen = await inView(page, stop.people);
		missing = seen.drawnPeople.filter((id) => !seen.people.includes(id));
		return missing.length === 0;
	}, `${what}: people in view`).catch(() => expect(missing, `${what}: people not in view`).toEqual([]));
	expect(await nameClashes(page), what).toEqual([]);
	// The map draws every place of the stop inside its canvas (it flies there when needed).
	if (stop.places.length)
		await until(async () => ((await drawn(page))?.selected ?? 0) >= stop.places.length, `${what}: places on the map`);
	expect(await mapCanvasInView(page), what).toBe('');
	expect((await pageOverflow(page)).down, `${what}: the page scrolls`).toBeLessThanOrEqual(0);
	expect(await textReadsWhole(page, '[data-testid="tour-text"]'), what).toBe('');
}
