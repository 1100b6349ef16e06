// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { addMapStylesheet, afterFirstPaint, seen, whenMapWanted, whenVisible } from '$lib/map/map-loading';

/** A hand-driven browser: frames, timers, idle callbacks and visibility happen when the test says. */
function fakeEnv() {
	const frames: (() => void)[] = [];
	const timers: (() => void)[] = [];
	const idles: (() => void)[] = [];
	const observers: { cb: IntersectionObserverCallback; disconnected: boolean }[] = [];
	class Observer {
		record: { cb: IntersectionObserverCallback; disconnected: boolean };
		constructor(cb: IntersectionObserverCallback) {
			this.record = { cb, disconnected: false };
			observers.push(this.record);
		}
		observe() {}
		disconnect() {
			this.record.disconnected = true;
		}
	}
	const env = {
		requestAnimationFrame: (cb: () => void) => frames.push(cb),
		setTimeout: (cb: () => void) => timers.push(cb),
		requestIdleCallback: (cb: () => void) => idles.push(cb),
		IntersectionObserver: Observer
	} as unknown as Parameters<typeof afterFirstPaint>[0];
	const run = (list: (() => void)[]) => list.splice(0).forEach((f) => f());
	const show = (ratio: number, rect = { height: 400 * ratio }, root = { height: 800 }) =>
		observers
			.filter((o) => !o.disconnected)
			.forEach((o) =>
				o.cb(
					[
						{ isIntersecting: ratio > 0, intersectionRatio: ratio, intersectionRect: rect, rootBounds: root }
					] as unknown as IntersectionObserverEntry[],
					{} as IntersectionObserver
				)
			);
	return { env, frames: () => run(frames), timers: () => run(timers), idle: () => run(idles), show, observers };
}

const settled = async (p: Promise<unknown>) => {
	let done = false;
	void p.then(() => (done = true));
	await new Promise((r) => setTimeout(r, 0));
	return done;
};

describe('afterFirstPaint', () => {
	it('waits for a frame, then a task after it, then an idle moment', async () => {
		const f = fakeEnv();
		const p = afterFirstPaint(f.env);
		expect(await settled(p)).toBe(false);
		f.frames();
		expect(await settled(p)).toBe(false);
		f.timers();
		expect(await settled(p)).toBe(false);
		f.idle();
		expect(await settled(p)).toBe(true);
	});
});

describe('seen', () => {
	const entry = (ratio: number, height: number, rootHeight: number | null) =>
		({
			isIntersecting: ratio > 0,
			intersectionRatio: ratio,
			intersectionRect: { height },
			rootBounds: rootHeight === null ? null : { height: rootHeight }
		}) as unknown as IntersectionObserverEntry;
	it.each([
		['off screen', false, entry(0, 0, 800)],
		['a strip at the bottom of a phone', false, entry(0.39, 223, 823)],
		['half of it', true, entry(0.5, 300, 823)],
		['a box taller than the screen filling half of it', true, entry(0.3, 500, 823)],
		['no root bounds, a third', false, entry(0.33, 500, null)]
	])('%s → %s', (_, expected, e) => expect(seen(e)).toBe(expected));
});

describe('whenMapWanted', () => {
	it('starts only after the first paint and once half of the map is on screen', async () => {
		const f = fakeEnv();
		const p = whenMapWanted({} as Element, f.env);
		f.frames();
		f.timers();
		f.idle();
		await settled(p);
		f.show(0.2);
		expect(await settled(p)).toBe(false);
		f.show(0.6);
		expect(await settled(p)).toBe(true);
		expect(f.observers.every((o) => o.disconnected)).toBe(true);
	});

	it('starts at once where visibility cannot be observed', async () => {
		const f = fakeEnv();
		const env = { ...f.env, IntersectionObserver: undefined } as unknown as Parameters<typeof whenVisible>[2];
		expect(await settled(whenVisible({} as Element, 0.5, env))).toBe(true);
	});
});

describe('addMapStylesheet', () => {
	it('links the stylesheet once and resolves when it has loaded (or failed)', async () => {
		const p = addMapStylesheet(document, '/_app/immutable/assets/maplibre-gl.test.css');
		const links = document.head.querySelectorAll('link[href="/_app/immutable/assets/maplibre-gl.test.css"]');
		expect(links).toHaveLength(1);
		expect(await settled(p)).toBe(false);
		links[0].dispatchEvent(new Event('load'));
		expect(await settled(p)).toBe(true);
		await addMapStylesheet(document, '/_app/immutable/assets/maplibre-gl.test.css');
		expect(document.head.querySelectorAll('link[href="/_app/immutable/assets/maplibre-gl.test.css"]')).toHaveLength(1);
	});
});
