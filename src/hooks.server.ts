/**
 * Each prerendered request renders in its own language: `<html lang>` is set from the URL and
 * Paraglide's message functions read the same language through async-local storage, so
 * pages rendered concurrently never share one. SVG coordinates are written to a tenth of a pixel
 * (svg-precision.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { BASE_LOCALE, type Locale } from '$lib/i18n/locales';
import { localeOfPath } from '$lib/i18n/paths';
import { roundSvgCoordinates } from '$lib/site/svg-precision';

const requestLocale = new AsyncLocalStorage<Locale>();
overwriteGetLocale(() => requestLocale.getStore() ?? BASE_LOCALE);

export const handle: Handle = ({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname);
	return requestLocale.run(locale, () =>
		resolve(event, { transformPageChunk: ({ html }) => roundSvgCoordinates(html.replace('%lang%', locale)) })
	);
};
