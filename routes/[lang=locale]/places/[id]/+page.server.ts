import { entriesFor, placePage } from '$lib/content/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('places');

export const load: PageServerLoad = ({ params }) => placePage(params.id);
