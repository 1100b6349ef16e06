import { entriesFor, eventPage } from '$lib/content/pages.server';
import { inLanguage } from '$lib/content/in-language';
import type { Locale } from '$lib/domain/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('events');

// Only the page's language goes into its HTML (see in-language.ts).
export const load: PageServerLoad = async ({ params }) =>
	inLanguage(await eventPage(params.id, params.lang as Locale), params.lang as Locale);
