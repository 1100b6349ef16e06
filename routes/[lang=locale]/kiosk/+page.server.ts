import { localText, withoutBodies } from '$lib/content/localize';
import { getContent } from '$lib/content/site.server';
import { isLocale, BASE_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

// No page links to the kiosk (installers open it by address), so name its pages for the prerenderer.
export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

/** The explorer's model, plus every event's body in this page's language only (a kiosk reads them in place). */
export const load: PageServerLoad = async ({ params }) => {
	const lang = isLocale(params.lang) ? params.lang : BASE_LOCALE;
	const model = await getContent();
	const bodies: Record<string, string> = {};
	for (const e of model.events) {
		const html = localText(e.texts, lang).html;
		if (html) bodies[e.id] = html;
	}
	return { model: withoutBodies(model), bodies };
};
