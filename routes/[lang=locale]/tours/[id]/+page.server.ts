import { entriesFor, tourPage } from '$lib/content/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => entriesFor('tours');

export const load: PageServerLoad = ({ params }) => tourPage(params.id);
