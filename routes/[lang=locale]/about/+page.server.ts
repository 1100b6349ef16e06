import { aboutPage } from '$lib/about/about.server';
import type { Locale } from '$lib/domain/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => aboutPage(params.lang as Locale);
