import { withoutBodies } from '$lib/content/localize';
import { getContent } from '$lib/content/site.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ model: withoutBodies(await getContent()) });
