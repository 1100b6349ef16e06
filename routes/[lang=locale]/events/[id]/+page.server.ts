import { entriesFor, eventPage } from '$lib/content/pages.server';
import type { Locale } from '$lib/domain/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('events');

export const load: PageServerLoad = ({ params }) => eventPage(params.id, params.lang as Locale);
