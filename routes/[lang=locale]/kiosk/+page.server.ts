import { bodiesUrl, shipIndex } from '$lib/content/ship.server';
import { isLocale, BASE_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

// No page links to the kiosk (installers open it by address), so name its pages for the prerenderer.
export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

/** The model's index, and the file of every event's body in this page's language (a kiosk reads them in place). */
export const load: PageServerLoad = async ({ params }) => ({
	...(await shipIndex()),
	bodies: await bodiesUrl(isLocale(params.lang) ? params.lang : BASE_LOCALE)
});
