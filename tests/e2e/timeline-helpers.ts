/**
 * Shared helpers of the browser tests that look at the timeline in its page: waiting for it,
 * what of it the reader sees without scrolling (bars per role lane, Torekulov), and whether its
 * names read (no name over a bar or another name).
 */
import type { Page } from 'playwright-core';

export const TL = '[data-testid="timeline"]';

/** The role lanes that must always show (the foreign counterparts may fold). */
export const ROLE_LANES = ['rulers', 'biys', 'batyrs', 'alash', 'diplomats'];

/**
 * The explorer's timeline goes live when the reader reaches for it (TimelineIsland): a pointer
 * comes over it once the page listens. Elsewhere (and in a kiosk or presenter) it is live anyway.
 */
export async function wake(page: Page) {
	const waiting = '[data-testid="timeline-island"][data-phase="waiting"]';
	await page.waitForSelector(`${TL}[data-ready], ${waiting}`, { state: 'attached' });
	const island = page.locator(waiting);
	if (await island.count()) await island.dispatchEvent('pointerover');
}

export async function ready(page: Page) {
	await wake(page);
	await page.waitForSelector(`${TL}[data-ready] [data-event-id]`);
	// Let the first window settle (overview applied after mount).
	await page.waitForTimeout(150);
	await settled(page);
}

/** The view has stopped moving: the SVG is laid out again and takes clicks. */
export async function settled(page: Page) {
	await page.waitForSelector(`${TL}:not([data-moving])`);
}

/**
 * Person names that would not read: a name crossing the edge of a reign bar (its own or
 * another's), or two names on top of each other. Empty when every name is clear.
 */
export async function nameClashes(page: Page): Promise<string[]> {
	return page.evaluate((tl) => {
		type Box = { x0: number; x1: number; y0: number; y1: number };
		const box = (el: Element): Box => {
			const r = el.getBoundingClientRect();
			return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
		};
		// 1 px of slack: glyph boxes include side bearings.
		const meets = (a: Box, b: Box) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
		const within = (a: Box, b: Box) => a.x0 >= b.x0 - 1 && a.x1 <= b.x1 + 1;
		const people = [...document.querySelectorAll(`${tl} [data-person-id]`)].map((g) => ({
			id: g.getAttribute('data-person-id')!,
			name: g.querySelector('text.name'),
			reign: g.querySelector('rect.reign')
		}));
		const names = people.filter((p) => p.name).map((p) => ({ id: p.id, box: box(p.name!) }));
		const reigns = people.filter((p) => p.reign).map((p) => ({ id: p.id, box: box(p.reign!) }));
		const out: string[] = [];
		for (const n of names) {
			for (const r of reigns)
				if (meets(n.box, r.box) && !(r.id === n.id && within(n.box, r.box)))
					out.push(`${n.id} name over ${r.id} reign`);
			for (const o of names) if (o.id < n.id && meets(n.box, o.box)) out.push(`${n.id} name over ${o.id} name`);
		}
		return out;
	}, TL);
}

/**
 * What the reader sees of the timeline in its box, without scrolling: for each role lane the
 * bars whose middle the browser hits inside the timeline and the screen; which of `people`
 * (Torekulov by default) show so, and which are drawn in a role lane; the lanes' overflow; the featured marks and their names.
 */
export async function inView(page: Page, people: string[] = ['nazir-torekulov']) {
	return page.evaluate(
		([tl, people]) => {
			const root = document.querySelector<HTMLElement>(tl)!;
			const box = root.querySelector('.frame')!.getBoundingClientRect();
			const lanesBox = root.querySelector<HTMLElement>('.lanes')!;
			const shown = (el: Element) => {
				const shape = el.querySelector('rect, line') ?? el;
				const b = shape.getBoundingClientRect();
				// The middle of the timeline's box, or the part of the bar nearest to it.
				const x = Math.max(b.left + 1, Math.min(b.right - 1, (box.left + box.right) / 2));
				const y = b.top + b.height / 2;
				if (x < box.left || x > Math.min(box.right, innerWidth) || y < box.top || y > Math.min(box.bottom, innerHeight))
					return false;
				const hit = document.elementFromPoint(x, y);
				return !!hit && el.contains(hit);
			};
			const lanes: Record<string, number> = {};
			for (const el of root.querySelectorAll('[data-person-id]'))
				if (shown(el)) lanes[el.getAttribute('data-lane')!] = (lanes[el.getAttribute('data-lane')!] ?? 0) + 1;
			const featured = [...root.querySelectorAll('[data-featured]')].map((el) => ({
				id: el.getAttribute('data-event-id')!,
				label: el.getAttribute('aria-label') ?? '',
				name: el.querySelector('text.title')?.textContent ?? ''
			}));
			const shownPeople = people.filter((id) => {
				const el = root.querySelector(`[data-person-id="${id}"]`);
				return !!el && shown(el);
			});
			// Of `people`, those drawn in a role lane (the foreign counterparts may be folded into one row).
			const drawnPeople = people.filter(
				(id) => (root.querySelector(`[data-person-id="${id}"]`)?.getAttribute('data-lane') ?? 'foreign') !== 'foreign'
			);
			return {
				lanes,
				torekulov: shownPeople.includes('nazir-torekulov'),
				people: shownPeople,
				drawnPeople,
				lanesOverflow: lanesBox.scrollHeight - lanesBox.clientHeight,
				boxBottom: box.bottom,
				featured,
				featuredCount: Number(root.dataset.featuredCount),
				window: root.dataset.window!.split(',').map(Number)
			};
		},
		[TL, people] as const
	);
}
