import { entriesFor, eventPage } from '$lib/content/pages.server';
import { inLanguage } from '$lib/content/in-language';
import { getContent } from '$lib/content/site.server';
import type { Locale } from '$lib/domain/types';
import { locatorJourney } from '$lib/map/locator';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('events');

// Only the page's language goes into its HTML (see in-language.ts); an embassy's or a letter's
// journey for the locator map (its ends may be places the event does not list).
export const load: PageServerLoad = async ({ params }) => ({
	...inLanguage(await eventPage(params.id, params.lang as Locale), params.lang as Locale),
	journey: locatorJourney(await getContent(), params.id)
});
