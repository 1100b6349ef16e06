import { entriesFor, personPage } from '$lib/content/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('people');

export const load: PageServerLoad = ({ params }) => personPage(params.id);
