import { entriesFor, tourPage } from '$lib/content/pages.server';
import { inLanguage } from '$lib/content/in-language';
import { bodiesUrl } from '$lib/content/ship.server';
import { withoutBodyHtml } from '$lib/content/shipped';
import type { Locale } from '$lib/domain/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('tours');

/**
 * Only the page's language goes into its HTML (see in-language.ts), and the stops' bodies not at
 * all: the handout shows summaries; the tour player reads the bodies from the shipped file.
 */
export const load: PageServerLoad = async ({ params }) => {
	const lang = params.lang as Locale;
	const page = inLanguage(await tourPage(params.id, lang), lang);
	return { ...page, stops: withoutBodyHtml(page.stops), bodies: await bodiesUrl(lang) };
};
