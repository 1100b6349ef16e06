import { withoutBodies } from '$lib/content/localize';
import { getContent } from '$lib/content/site.server';
import type { PageServerLoad } from './$types';

// A list page needs only its own collection, not the whole model.
export const load: PageServerLoad = async () => ({ places: withoutBodies(await getContent()).places });
