/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for kiosks and classrooms. At install it precaches, under a cache named after the
 * build's version, what the kiosk and the explorer need with the network gone: the app's code,
 * styles and fonts, the model files (/data/, one index plus event bodies per language), the
 * basemap and other static files, and the kiosk, explorer and 404 pages in every language.
 * Its size follows the content (the model and bodies files), not pages × content: entry pages
 * (one per event, person, place, tour) are not precached but kept once visited.
 *
 * A new deploy has a new version, so the browser installs this worker again, fills a new cache,
 * and the old one is deleted on activation. Pages and static files are network-first (an
 * update shows at once when online) and fall back to the cache; fingerprinted files (the build's
 * `_app/immutable/` and the model files) are cache-first.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { isFingerprinted, precached } from '$lib/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;
const ASSETS = precached({ base, build, files, prerendered });

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key.startsWith('atlas-') && key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

async function fromCache(request: Request): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	// Pages are cached without their query (?event=…&stop=3 is read by the page itself).
	return (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
}

/** A page or file fetched while online is kept, so what a reader has seen opens offline too. */
async function keep(request: Request, response: Response): Promise<void> {
	const url = new URL(request.url);
	if (url.search || response.status !== 200 || response.type !== 'basic') return;
	const cache = await caches.open(CACHE);
	await cache.put(request, response);
}

async function respond(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const url = new URL(request.url);
	if (isFingerprinted(url.pathname, base)) {
		const cached = await fromCache(request);
		if (cached) return cached;
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type !== 'opaque') {
			event.waitUntil(keep(request, response.clone()).catch(() => {}));
			return response;
		}
		// A server error while a good copy is cached: the copy is better for a visitor.
		return (await fromCache(request)) ?? response;
	} catch (err) {
		const cached = await fromCache(request);
		if (cached) return cached;
		if (request.mode === 'navigate') {
			const lang = /^\/(kk|ru|en)\//.exec(url.pathname.slice(base.length))?.[1] ?? 'kk';
			const notFound = await fromCache(new Request(`${base}/${lang}/404/`));
			if (notFound) return notFound;
		}
		throw err;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// The curator's desk (only in a curator build) is never the kiosk's: the network answers it.
	if (url.pathname.startsWith(`${base}/admin/`)) return;
	event.respondWith(respond(event));
});
