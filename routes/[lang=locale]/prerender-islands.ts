/**
 * The explorer's islands as prerendered HTML (components/Island.svelte): each rendered on its own,
 * the timeline with the state a page starts from (nothing chosen, the whole span), so that the page
 * can keep them as they are until they are needed. Server side only: +page.ts imports this only
 * while prerendering, so svelte/server never reaches the browser.
 */
import { render } from 'svelte/server';
import ExplorerOverview from '$lib/components/ExplorerOverview.svelte';
import type { ContentModel } from '$lib/domain/types';
import type { Locale } from '$lib/i18n/locales';
import { ExplorationState, explorationContext } from '$lib/state/exploration.svelte';
import { parseUrlState } from '$lib/state/url-state';
import Timeline from '$lib/timeline/Timeline.svelte';

export function prerenderIslands(model: ContentModel, locale: Locale): { timeline: string; overview: string } {
	const state = new ExplorationState();
	state.applyUrlState(parseUrlState(new URLSearchParams()));
	const timeline = render(Timeline, { props: { model, locale }, context: explorationContext(state) }).body;
	const overview = render(ExplorerOverview, { props: { model, locale } }).body;
	return { timeline, overview };
}
