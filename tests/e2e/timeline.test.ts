/**
 * The timeline in Chromium, driven as a reader would: wheel, mouse drag, touch pinch and
 * swipe (CDP touch events), keys, clicks, and shared links (`t=`, `event=`). Checks the
 * visible window (data-window) and the selection (the URL and the card). How it fills its box
 * at each size: timeline-fit.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from './harness';
import { TL, ready, settled } from './timeline-helpers';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function windowOf(page: Page): Promise<[number, number]> {
	const w = await page.getAttribute(TL, 'data-window');
	const [from, to] = w!.split(',').map(Number);
	return [from, to];
}

/** Years in view. */
async function widthOf(page: Page): Promise<number> {
	const [from, to] = await windowOf(page);
	return to - from;
}

/** What a key or a click changes shows within a frame or two; polled, so a busy machine only makes it later. */
const POLL = { timeout: 5_000 };

/** The centre of the events band, where gestures start. */
async function bandCentre(page: Page) {
	const box = (await page.locator(`${TL} .stage`).boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + 80, box };
}

const params = (page: Page) => new URL(page.url()).searchParams;

/** The id of a drawn mark (or bar) whose centre is inside the timeline's visible stage. */
async function visibleItem(page: Page, attr: 'data-event-id' | 'data-person-id'): Promise<string> {
	return page.evaluate(
		([tl, attr]) => {
			const stage = document.querySelector(`${tl} .stage`)!.getBoundingClientRect();
			for (const el of document.querySelectorAll(`${tl} [${attr}]`)) {
				const r = el.getBoundingClientRect();
				const cx = r.x + r.width / 2;
				if (cx > stage.x + 20 && cx < stage.right - 20 && r.y > 0 && r.bottom < innerHeight)
					return el.getAttribute(attr)!;
			}
			return '';
		},
		[TL, attr] as const
	);
}

describe('timeline', () => {
	test('draws event marks and person bars from the content, with no request leaving the site', async () => {
		const { page, context, external, errors } = await open(browser, '/kk/');
		await ready(page);
		expect(await page.locator(`${TL} [data-event-id]`).count()).toBeGreaterThan(5);
		expect(await page.locator(`${TL} [data-person-id]`).count()).toBeGreaterThan(5);
		// Every drawn mark has an accessible name.
		const names = await page
			.locator(`${TL} [data-event-id]`)
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		expect(names.every((n) => n.length > 5)).toBe(true);
		expect(await page.getAttribute(TL, 'data-render-mode')).toBe('svg');
		expect(external).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('while the view moves, one canvas paints the same marks; the SVG comes back laid out when it settles', async () => {
		const { page, context, errors } = await open(browser, '/en/?t=1700,1800');
		await ready(page);
		const { x, y, box } = await bandCentre(page);
		// A mark in view, and its colour (the kind's fill) at its centre in the SVG.
		const probe = await page.evaluate((tl) => {
			const stage = document.querySelector(`${tl} .stage`)!.getBoundingClientRect();
			for (const el of document.querySelectorAll<SVGGElement>(`${tl} .mark`)) {
				const r = el.querySelector('path')!.getBoundingClientRect();
				const cx = r.x + r.width / 2;
				const fill = el.querySelector('path')!.getAttribute('fill')!;
				// A filled mark of a sure date (an approximate one is drawn lighter, at 75 %).
				if (
					cx > stage.x + 200 &&
					cx < stage.right - 200 &&
					!['#fff', '#ffffff'].includes(fill) &&
					!el.classList.contains('circa')
				)
					return { id: el.dataset.eventId!, cx, cy: r.y + r.height / 2, fill };
			}
			return null;
		}, TL);
		expect(probe).not.toBeNull();
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 60, y, { steps: 4 });
		// Held: the motion canvas shows, and the same mark is painted 60 px to the right in its colour
		// (in its column of the band: a featured mark may take another row when a neighbour leaves the view).
		await page.waitForSelector(`${TL}[data-moving]`);
		const hex = probe!.fill.replace('#', '');
		const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
		const painted = await page.evaluate(
			([tl, px, want]) => {
				const canvas = document.querySelector<HTMLCanvasElement>(`${tl} [data-testid="timeline-motion"]`)!;
				const band = document.querySelector(`${tl} .band`)!.getBoundingClientRect();
				const r = canvas.getBoundingClientRect();
				const scale = canvas.width / r.width;
				const ctx = canvas.getContext('2d')!;
				const rows: number[] = [];
				for (let y = Math.max(band.top, r.top); y < Math.min(band.bottom, r.bottom); y += 2) {
					const d = ctx.getImageData(Math.round((px - r.x) * scale), Math.round((y - r.y) * scale), 1, 1).data;
					if ([0, 1, 2].every((i) => Math.abs(d[i] - want[i]) < 40)) rows.push(y);
				}
				return { rows, visible: getComputedStyle(canvas).visibility };
			},
			[TL, probe!.cx + 60, want] as const
		);
		expect(painted.visible).toBe('visible');
		expect(painted.rows.length, 'the mark painted in its colour in its column').toBeGreaterThan(0);
		await page.mouse.up();
		// Settled: the canvas is hidden again and the SVG mark has moved with the drag.
		await page.waitForSelector(`${TL}:not([data-moving])`);
		const after = await page.evaluate(
			([tl, id]) => {
				const r = document.querySelector(`${tl} [data-event-id="${id}"] path`)!.getBoundingClientRect();
				const canvas = document.querySelector(`${tl} [data-testid="timeline-motion"]`)!;
				return { cx: r.x + r.width / 2, visible: getComputedStyle(canvas).visibility };
			},
			[TL, probe!.id] as const
		);
		expect(after.visible).toBe('hidden');
		expect(after.cx).toBeCloseTo(probe!.cx + 60, 0);
		expect(box.width).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the wheel zooms in around the pointer and the window reaches the URL', async () => {
		const { page, context } = await open(browser, '/en/', { viewport: 'projector' });
		await ready(page);
		const [from0, to0] = await windowOf(page);
		const { x, y } = await bandCentre(page);
		await page.mouse.move(x, y);
		for (let i = 0; i < 5; i++) {
			await page.mouse.wheel(0, -200);
			await page.waitForTimeout(30);
		}
		await page.waitForTimeout(500);
		await page.waitForSelector(`${TL}:not([data-moving])`);
		const [from1, to1] = await windowOf(page);
		expect(to1 - from1).toBeLessThan((to0 - from0) * 0.6);
		// Zoomed around the pointer in the middle: the middle stays roughly where it was.
		expect(Math.abs((from1 + to1) / 2 - (from0 + to0) / 2)).toBeLessThan((to0 - from0) * 0.05);
		// The settled window reaches the URL (written once the view rests).
		const urlWindow = () => (params(page).get('t') ?? '').split(',').map(Number);
		await expect.poll(() => urlWindow()[0], { timeout: 5_000 }).toBeCloseTo(from1, 1);
		expect(urlWindow()[1]).toBeCloseTo(to1, 1);
		await context.close();
	});

	test('dragging with the mouse pans; the zoom never goes beyond the whole span', async () => {
		const { page, context } = await open(browser, '/en/?t=1700,1800', { viewport: 'projector' });
		await ready(page);
		const [from0, to0] = await windowOf(page);
		expect(from0).toBeCloseTo(1700, 0);
		expect(to0).toBeCloseTo(1800, 0);
		const { x, y, box } = await bandCentre(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + box.width / 4, y, { steps: 8 });
		await page.mouse.up();
		await page.waitForTimeout(300);
		await settled(page);
		const [from1, to1] = await windowOf(page);
		// A quarter of the width to the right shows 25 years earlier.
		expect(from1).toBeCloseTo(1675, 0);
		expect(to1 - from1).toBeCloseTo(100, 1);
		for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
		await page.waitForTimeout(300);
		await settled(page);
		const [fromAll, toAll] = await windowOf(page);
		await page.click('[data-testid="timeline-zoom-reset"]');
		await expect.poll(async () => (await windowOf(page))[0], POLL).toBeCloseTo(fromAll, 3);
		const [fromReset, toReset] = await windowOf(page);
		expect(toAll).toBeCloseTo(toReset, 3);
		expect(fromReset).toBeLessThan(0); // the whole span reaches antiquity
		await context.close();
	});

	test('inside a host that scales it with CSS zoom (the kiosk), a drag still moves the time under the pointer', async () => {
		const { page, context } = await open(browser, '/en/?t=1700,1800', { viewport: 'kiosk' });
		await ready(page);
		await page.evaluate((tl) => ((document.querySelector(tl)!.parentElement as HTMLElement).style.zoom = '1.5'), TL);
		await page.waitForTimeout(300);
		await settled(page);
		const [from0, to0] = await windowOf(page);
		const { x, y, box } = await bandCentre(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - box.width / 4, y, { steps: 8 });
		await page.mouse.up();
		await page.waitForTimeout(300);
		await settled(page);
		const [from1, to1] = await windowOf(page);
		// A quarter of the (zoomed) width to the left shows a quarter of the window later.
		expect(from1 - from0).toBeCloseTo((to0 - from0) / 4, 0);
		expect(to1 - from1).toBeCloseTo(to0 - from0, 1);
		await context.close();
	});

	test('on a phone: a horizontal swipe pans, a pinch zooms, a vertical swipe scrolls the page', async () => {
		const { page, context } = await open(browser, '/en/?t=1700,1800', { viewport: 'phone', hasTouch: true });
		await ready(page);
		const cdp = await context.newCDPSession(page);
		const { x, y } = await bandCentre(page);
		const touch = async (type: string, points: { x: number; y: number }[]) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id }))
			} as never);

		// One finger, sideways: pans.
		await touch('touchStart', [{ x, y }]);
		for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x: x - i * 10, y }]);
		await touch('touchEnd', []);
		await page.waitForTimeout(300);
		await settled(page);
		const [from1, to1] = await windowOf(page);
		expect(from1).toBeGreaterThan(1700 + 10);
		expect(to1 - from1).toBeCloseTo(100, 0);

		// Two fingers moving apart: zooms in around their midpoint.
		const d0 = 40;
		await touch('touchStart', [
			{ x: x - d0, y },
			{ x: x + d0, y }
		]);
		for (let i = 1; i <= 10; i++)
			await touch('touchMove', [
				{ x: x - d0 - i * 8, y },
				{ x: x + d0 + i * 8, y }
			]);
		await touch('touchEnd', []);
		await page.waitForTimeout(300);
		await settled(page);
		const [from2, to2] = await windowOf(page);
		expect(to2 - from2).toBeLessThan((to1 - from1) * 0.6);
		expect(Math.abs((from2 + to2) / 2 - (from1 + to1) / 2)).toBeLessThan(10);

		// One finger, upwards on the events band: the page scrolls, the timeline stays.
		const scroll0 = await page.evaluate(() => window.scrollY);
		await touch('touchStart', [{ x, y }]);
		for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x, y: y - i * 25 }]);
		await touch('touchEnd', []);
		await page.waitForTimeout(400);
		await settled(page);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scroll0 + 50);
		const [from3, to3] = await windowOf(page);
		expect(from3).toBeCloseTo(from2, 3);
		expect(to3).toBeCloseTo(to2, 3);

		// A double tap zooms in (on the axis, where no mark takes the tap): two taps the page sees
		// within 320 ms. They are sent at once; on a busy machine the page may still see them further
		// apart (two single taps, no zoom), and then they are tapped again.
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.waitForTimeout(100);
		const axis = (await page.locator(`${TL} .stage`).boundingBox())!;
		const tap = { x: axis.x + axis.width / 2, y: axis.y + 10 };
		await page.evaluate(() => {
			const w = window as unknown as { tapEnds: number[] };
			w.tapEnds = [];
			addEventListener('pointerup', () => w.tapEnds.push(performance.now()), true);
		});
		let gap = Infinity;
		for (let attempt = 0; attempt < 3 && gap >= 320; attempt++) {
			// Past the double-tap time since the last tap: this pair starts afresh.
			if (attempt) await page.waitForTimeout(400);
			await page.evaluate(() => ((window as unknown as { tapEnds: number[] }).tapEnds = []));
			await Promise.all([
				touch('touchStart', [tap]),
				touch('touchEnd', []),
				touch('touchStart', [tap]),
				touch('touchEnd', [])
			]);
			gap = await page.evaluate(() => {
				const [a, b] = (window as unknown as { tapEnds: number[] }).tapEnds;
				return b - a;
			});
		}
		expect(gap, 'ms between the two taps as the page saw them').toBeLessThan(320);
		await page.waitForTimeout(400);
		await settled(page);
		const [from4, to4] = await windowOf(page);
		expect(to4 - from4).toBeCloseTo((to3 - from3) / 2, 1);
		await context.close();
	});

	test('keys: one tab stop, arrows walk events in time order, Enter selects, Escape clears, + − Home zoom', async () => {
		const { page, context } = await open(browser, '/en/?t=1700,1800', { viewport: 'projector' });
		await ready(page);
		await page.focus(`${TL} .stage`);
		await page.keyboard.press('ArrowRight');
		const first = await page.textContent('[data-testid="timeline-announcer"]');
		expect(first!.length).toBeGreaterThan(5);
		await page.keyboard.press('ArrowRight');
		const second = await page.textContent('[data-testid="timeline-announcer"]');
		expect(second).not.toBe(first);
		await page.keyboard.press('Enter');
		await expect.poll(() => params(page).get('event'), POLL).toBeTruthy();
		const selected = params(page).get('event');
		expect(await page.getAttribute('[data-testid="timeline-card"]', 'data-selected')).toBe(selected);
		expect(await page.locator(`${TL} [data-event-id="${selected}"]`).getAttribute('aria-pressed')).toBe('true');
		// The chosen event is the second in time order at or after the view centre's nearest.
		await page.keyboard.press('Escape');
		await expect.poll(() => params(page).get('event'), POLL).toBeNull();
		await expect.poll(() => page.locator('[data-testid="timeline-card"]').count(), POLL).toBe(0);

		const [a0, b0] = await windowOf(page);
		await page.keyboard.press('+');
		await expect.poll(() => widthOf(page), POLL).toBeCloseTo((b0 - a0) / 2, 0);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		await expect.poll(() => widthOf(page), POLL).toBeCloseTo((b0 - a0) * 2, 0);
		await page.keyboard.press('Home');
		await expect.poll(async () => (await windowOf(page))[0], POLL).toBeLessThan(0);
		// Down moves into the lanes: a person gets focus.
		await page.keyboard.press('ArrowDown');
		expect(await page.getAttribute(`${TL} .stage`, 'aria-activedescendant')).toMatch(/^tl-(p|e)-/);
		await context.close();
	});

	test('clicking a mark selects it, links its people and opens its card with a link to its page', async () => {
		const { page, context } = await open(browser, '/ru/?t=1700,1800', { viewport: 'kiosk' });
		await ready(page);
		const id = await visibleItem(page, 'data-event-id');
		expect(id).not.toBe('');
		await page.locator(`${TL} [data-event-id="${id}"]`).click();
		await expect.poll(() => params(page).get('event'), POLL).toBe(id);
		const link = page.locator('[data-testid="timeline-card"] a.more');
		expect(await link.getAttribute('href')).toBe(`/ru/events/${id}/`);
		// Back restores no selection.
		await page.goBack();
		await expect.poll(() => params(page).get('event'), POLL).toBeNull();
		// A person's bar selects the person and highlights their events.
		const pid = await visibleItem(page, 'data-person-id');
		expect(pid).not.toBe('');
		await page.locator(`${TL} [data-person-id="${pid}"]`).click();
		await expect.poll(() => params(page).get('person'), POLL).toBe(pid);
		expect(await page.getAttribute('[data-testid="timeline-card"]', 'data-selected')).toBe(pid);
		await context.close();
	});

	test('a shared link with event= glides the timeline to the event', async () => {
		const probe = await open(browser, '/en/', { viewport: 'projector' });
		await ready(probe.page);
		// Pick an event far from the overview's centre: the earliest one.
		const id = await probe.page.locator(`${TL} [data-event-id]`).first().getAttribute('data-event-id');
		await probe.context.close();
		const { page, context } = await open(browser, `/en/?event=${id}`, { viewport: 'projector' });
		await ready(page);
		await page.waitForTimeout(400);
		await settled(page);
		const el = page.locator(`${TL} [data-event-id="${id}"]`);
		expect(await el.count()).toBe(1);
		expect(await el.getAttribute('aria-pressed')).toBe('true');
		const box = (await el.boundingBox())!;
		const stage = (await page.locator(`${TL} .stage`).boundingBox())!;
		expect(box.x).toBeGreaterThan(stage.x);
		expect(box.x).toBeLessThan(stage.x + stage.width);
		await context.close();
	});

	test('zoom buttons are finger-sized: 44 px, 56 px in kiosk mode', async () => {
		for (const [path, min] of [
			['/en/', 44],
			['/en/?mode=kiosk', 56]
		] as const) {
			const { page, context } = await open(browser, path, { viewport: 'kiosk' });
			await ready(page);
			const box = (await page.locator('[data-testid="timeline-zoom-in"]').boundingBox())!;
			expect(box.width).toBeGreaterThanOrEqual(min);
			expect(box.height).toBeGreaterThanOrEqual(min);
			await context.close();
		}
	});
});
