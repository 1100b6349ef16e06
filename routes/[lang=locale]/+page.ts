import { browser } from '$app/environment';
import { withIndex } from '$lib/content/shipped';
import type { PageLoad } from './$types';

// While prerendering, the timeline and the overview below it are also rendered on their own, for
// their islands (the universal load's data is never serialised into the page: the browser runs
// this again and skips it).
export const load: PageLoad = async ({ data, fetch, parent }) => {
	const shipped = await withIndex(data, fetch);
	if (browser) return { ...shipped, islands: { timeline: '', overview: '' } };
	const [{ lang }, { prerenderIslands }] = await Promise.all([parent(), import('./prerender-islands')]);
	return { ...shipped, islands: prerenderIslands(shipped.model, lang) };
};
