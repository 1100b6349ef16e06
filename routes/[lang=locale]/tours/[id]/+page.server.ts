import { entriesFor, tourPage } from '$lib/content/pages.server';
import type { Locale } from '$lib/domain/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('tours');

export const load: PageServerLoad = ({ params }) => tourPage(params.id, params.lang as Locale);
