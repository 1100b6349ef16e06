import { entriesFor, eventPage } from '$lib/content/pages.server';
import { getContent } from '$lib/content/site.server';
import type { Locale } from '$lib/domain/types';
import { locatorJourney } from '$lib/map/locator';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('events');

export const load: PageServerLoad = async ({ params }) => ({
	...(await eventPage(params.id, params.lang as Locale)),
	// An embassy's or a letter's journey for the locator map (its ends may be places the event does not list).
	journey: locatorJourney(await getContent(), params.id)
});
