import { withIndex } from '$lib/content/shipped';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data, fetch }) => withIndex(data, fetch);
