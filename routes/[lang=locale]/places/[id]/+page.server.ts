import { entriesFor, placePage } from '$lib/content/pages.server';
import type { Locale } from '$lib/domain/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('places');

export const load: PageServerLoad = ({ params }) => placePage(params.id, params.lang as Locale);
