import { sourcesPage } from '$lib/content/sources-page.server';
import type { Locale } from '$lib/domain/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => sourcesPage(params.lang as Locale);
