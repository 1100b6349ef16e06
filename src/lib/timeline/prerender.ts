/**
 * The explorer's timeline as prerendered HTML, for its island (TimelineIsland.svelte): rendered
 * on its own, with the state a page starts from (nothing chosen, the whole span), so that the
 * page can keep it as it is until the reader reaches for it. Server side only: +page.ts imports
 * it only while prerendering, so svelte/server never reaches the browser.
 */
import { render } from 'svelte/server';
import type { ContentModel } from '$lib/domain/types';
import type { Locale } from '$lib/i18n/locales';
import { ExplorationState, explorationContext } from '$lib/state/exploration.svelte';
import { parseUrlState } from '$lib/state/url-state';
import Timeline from './Timeline.svelte';

export function prerenderTimeline(model: ContentModel, locale: Locale): string {
	const state = new ExplorationState();
	state.applyUrlState(parseUrlState(new URLSearchParams()));
	return render(Timeline, { props: { model, locale }, context: explorationContext(state) }).body;
}
