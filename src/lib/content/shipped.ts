/**
 * The content model as the interactive pages get it. Pages do not inline the model: the browser
 * fetches one fingerprinted index file (titles, summaries, dates, links: everything lists, the
 * timeline, the map and the kiosk need) once per session, and the HTTP cache and the service
 * worker keep it; bodies for the kiosk come the same way, one file per language, on demand.
 *
 * While prerendering there is no file to fetch yet, and a fetch made through a load function
 * would be copied into the page's HTML: the server side hands the same index to this module
 * instead (ship.server.ts), so the page renders its visible content from it, and the universal
 * load that reads it here returns data SvelteKit never serialises.
 */
import { browser } from '$app/environment';
import type { ContentModel, EventEntry, Locale, LocalText } from '$lib/domain/types';

/** Event bodies in one reader's language, by event id: the rendered HTML and the language it is in. */
export type Bodies = Record<string, { lang: Locale; html: string }>;

/** Names of the files the server load hands to the page (tiny; they are all it serialises). */
export interface ShippedRefs {
	index: string;
}

let serverIndex: ContentModel | undefined;

/** Server side only: the index every prerendered page renders from (the same data as the file). */
export function provideServerIndex(index: ContentModel): void {
	serverIndex = index;
}

const requests = new Map<string, Promise<unknown>>();

/** One request per file and session; a failed request is forgotten so a later load may retry. */
function once<T>(url: string, fetchFn: typeof fetch): Promise<T> {
	let request = requests.get(url) as Promise<T> | undefined;
	if (!request) {
		request = fetchFn(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.json() as Promise<T>;
		});
		request.catch(() => requests.delete(url));
		requests.set(url, request);
	}
	return request;
}

/** The index named by `url`: the server's copy while prerendering, the fetched file in the browser. */
export function shippedIndex(url: string, fetchFn: typeof fetch = fetch): Promise<ContentModel> {
	if (browser) return once<ContentModel>(url, fetchFn);
	if (!serverIndex) return Promise.reject(new Error('shippedIndex: the server load did not provide the index'));
	return Promise.resolve(serverIndex);
}

/** Event bodies in one language (browser only; entry pages render bodies from their own data). */
export function shippedBodies(url: string, fetchFn: typeof fetch = fetch): Promise<Bodies> {
	return once<Bodies>(url, fetchFn);
}

/** A page's universal load: its server data plus the model, read from the index it names. */
export async function withIndex<T extends ShippedRefs>(
	data: T,
	fetchFn: typeof fetch
): Promise<T & { model: ContentModel }> {
	return { ...data, model: await shippedIndex(data.index, fetchFn) };
}

/** Events with their bodies put back where `localText` reads them (body and its language as the entry page has them). */
export function withBodies<E extends Pick<EventEntry, 'id' | 'texts'>>(events: E[], bodies: Bodies): E[] {
	return events.map((e) => {
		const body = bodies[e.id];
		if (!body) return e;
		const text: LocalText = e.texts[body.lang] ?? { title: e.texts.kk.title, html: '', file: '' };
		return { ...e, texts: { ...e.texts, [body.lang]: { ...text, html: body.html } } };
	});
}

/** Events without their bodies (the page fetches them with the bodies file when it needs them). */
export function withoutBodyHtml<E extends Pick<EventEntry, 'texts'>>(events: E[]): E[] {
	return events.map((e) => {
		const texts = Object.fromEntries(
			Object.entries(e.texts).map(([lang, text]) => [lang, text && { ...text, html: '' }])
		) as EventEntry['texts'];
		return { ...e, texts };
	});
}
