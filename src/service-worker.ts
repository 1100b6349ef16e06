/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline for kiosks: precaches every file of the build (app code, static files, every
 * prerendered page and its data) under a cache named after the build's version. A new deploy
 * has a new version, so the browser installs this worker again, fills a new cache, and the old
 * one is deleted on activation. Pages and static files are network-first (an update shows at
 * once when online) and fall back to the cache; fingerprinted build assets are cache-first.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;
// Dotfiles (build stamps) are not served by the site's server, so they are not asked for.
const served = (path: string) => !path.split('/').some((part) => part.startsWith('.'));
// $env/dynamic/public and the version check live outside `build` but are loaded by every page.
const APP_EXTRA = [`${base}/_app/env.js`, `${base}/_app/version.json`];
const ASSETS = [...new Set([...build, ...files, ...prerendered, ...APP_EXTRA])].filter(served);
// Only the fingerprinted build output never changes under its name; static files such as
// kiosk-config.json may be edited in place by an installer, so they are network-first.
const IMMUTABLE = new Set(build);

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

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	if (IMMUTABLE.has(url.pathname)) {
		const cached = await fromCache(request);
		if (cached) return cached;
	}
	try {
		const response = await fetch(request);
		if (response.ok && !(response instanceof Response && response.type === 'opaque')) return response;
		// A server error while a good copy is cached: the copy is better for a visitor.
		return (await fromCache(request)) ?? response;
	} catch (err) {
		const cached = await fromCache(request);
		if (cached) return cached;
		if (request.mode === 'navigate') {
			const lang = /^\/(kk|ru|en)\//.exec(url.pathname)?.[1] ?? 'kk';
			const notFound = await fromCache(new Request(`${base}/${lang}/404/`));
			if (notFound) return notFound;
		}
		throw err;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// The curator's desk (only in a curator build) is never the kiosk's: the network answers it.
	if (url.pathname.startsWith(`${base}/admin/`)) return;
	event.respondWith(respond(request));
});
