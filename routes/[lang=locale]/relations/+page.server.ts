import { shipIndex } from '$lib/content/ship.server';
import type { PageServerLoad } from './$types';

// Only the index's address is serialised into the page; +page.ts reads the model from it.
export const load: PageServerLoad = () => shipIndex();
