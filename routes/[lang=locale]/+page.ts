import { browser } from '$app/environment';
import { withIndex } from '$lib/content/shipped';
import type { PageLoad } from './$types';

// While prerendering, the timeline is also rendered on its own, for its island (the universal
// load's data is never serialised into the page: the browser runs this again and skips it).
export const load: PageLoad = async ({ data, fetch, parent }) => {
	const shipped = await withIndex(data, fetch);
	if (browser) return { ...shipped, timelineHtml: '' };
	const [{ lang }, { prerenderTimeline }] = await Promise.all([parent(), import('$lib/timeline/prerender')]);
	return { ...shipped, timelineHtml: prerenderTimeline(shipped.model, lang) };
};
