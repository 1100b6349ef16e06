/**
 * When the interactive map starts. MapLibre (about 280 KB of code gzip-compressed, a 520 KB
 * worker) and its WebGL start-up are the heaviest work on the explorer, so they wait for two
 * things: the page has painted and hydrated its first screen (an idle moment after the next
 * frame), and at least half of the map's box is on screen. On a phone the map sits below the
 * timeline and starts when the reader scrolls to it; on a desktop, a projector or a kiosk it is
 * in view and starts right after the first paint.
 */

import stylesheetUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

/** Share of the map's box that must be visible before it starts. */
export const VISIBLE_SHARE = 0.5;
/** Longest wait for an idle moment after the first paint. */
const IDLE_TIMEOUT_MS = 1500;

type Env = Pick<typeof globalThis, 'requestAnimationFrame' | 'setTimeout'> & {
	requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
	IntersectionObserver?: typeof IntersectionObserver;
};

/** Resolves after the next frame has been painted and the main thread has had an idle moment. */
export function afterFirstPaint(env: Env = globalThis): Promise<void> {
	return new Promise((resolve) => {
		env.requestAnimationFrame(() => {
			// A task queued from a frame callback runs after that frame is painted.
			env.setTimeout(() => {
				if (env.requestIdleCallback) env.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
				else resolve();
			}, 0);
		});
	});
}

/** Enough of an element is on screen: `share` of it, or (a box taller than the screen) `share` of the screen. */
export function seen(entry: IntersectionObserverEntry, share = VISIBLE_SHARE): boolean {
	if (!entry.isIntersecting) return false;
	if (entry.intersectionRatio >= share) return true;
	return !!entry.rootBounds && entry.intersectionRect.height >= entry.rootBounds.height * share;
}

/** Resolves once enough of the element is on screen (at once where that cannot be observed). */
export function whenVisible(el: Element, share = VISIBLE_SHARE, env: Env = globalThis): Promise<void> {
	return new Promise((resolve) => {
		const Observer = env.IntersectionObserver;
		if (!Observer) return resolve();
		const observer = new Observer(
			(entries) => {
				if (!entries.some((e) => seen(e, share))) return;
				observer.disconnect();
				resolve();
			},
			{ threshold: [0.1, 0.25, share, 1] }
		);
		observer.observe(el);
	});
}

/** After the first paint, once the map's box is in view. */
export async function whenMapWanted(el: Element, env: Env = globalThis): Promise<void> {
	await afterFirstPaint(env);
	await whenVisible(el, VISIBLE_SHARE, env);
}

/**
 * MapLibre's stylesheet, added to the page when the map starts. Imported as a module by the
 * map's code instead, SvelteKit would link it in the head of every page with a map, and its
 * 70 KB would hold back the first paint.
 */
export function addMapStylesheet(doc: Document = document, href: string = stylesheetUrl): Promise<void> {
	const present = doc.head.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
	if (present) return Promise.resolve();
	return new Promise((resolve) => {
		const link = doc.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		// A stylesheet that fails leaves the map's controls unstyled, not the map stopped.
		link.onload = link.onerror = () => resolve();
		doc.head.append(link);
	});
}

/**
 * The map's module and stylesheet, loaded when the map is wanted. The map panel calls this in
 * place of `import('./maplibre-view')`, and maplibre-view.ts stops importing the stylesheet.
 */
export async function loadMapView(el: Element): Promise<typeof import('./maplibre-view')> {
	await whenMapWanted(el);
	const [view] = await Promise.all([import('./maplibre-view'), addMapStylesheet()]);
	return view;
}
