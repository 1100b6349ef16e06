/**
 * Every page paints before it hydrates. The prerendered page is the reader's first screen (its
 * first and largest paint); hydrating it is the load's longest task (the explorer's timeline).
 * A browser that already has the scripts would otherwise run them first and paint only after.
 * A page opened in a background tab (no frames) starts after a short wait instead.
 */
import type { ClientInit } from '@sveltejs/kit';

const AT_MOST_MS = 250;

export const init: ClientInit = () =>
	new Promise<void>((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve));
		setTimeout(resolve, AT_MOST_MS);
	});
