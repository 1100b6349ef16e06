import { entriesFor, personPage } from '$lib/content/pages.server';
import type { Locale } from '$lib/domain/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('people');

export const load: PageServerLoad = ({ params }) => personPage(params.id, params.lang as Locale);
