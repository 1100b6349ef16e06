/**
 * Deterministic snapshots of the timeline's markup, the way Observable Plot snapshots its
 * plots: a small fixture model rendered in jsdom (TZ pinned by the config, no layout, so the
 * width is the 1024 px default), numbers rounded to two decimals, Svelte's comments and scoped class hashes
 * removed. A change to the drawing shows as a diff of __snapshots__/*.html; when it is meant,
 * update with `npx vitest run tests/component/timeline/snapshot.test.ts -u`.
 */
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeAll, expect, test } from 'vitest';
import { ExplorationState } from '$lib/state/exploration.svelte';
import { model } from './fixture';
import Harness from './Harness.svelte';
import { stubResizeObserver } from '../quiet-resize-observer';

beforeAll(stubResizeObserver);

/** Markup that only changes when the drawing does: one tag a line, numbers to two decimals. */
function normalise(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/\s?\bs-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
		.replace(/></g, '>\n<')
		.trim()
		.concat('\n');
}

async function snapshot(locale: 'en' | 'kk', setup: (state: ExplorationState) => void = () => {}) {
	const state = new ExplorationState();
	setup(state);
	const view = render(Harness, { props: { model, locale, state } });
	await tick();
	return normalise(view.container.querySelector('[data-testid="timeline"]')!.outerHTML);
}

test('the first view, in English', async () => {
	await expect(await snapshot('en')).toMatchFileSnapshot('__snapshots__/timeline.en.html');
});

test('the first view, in Kazakh', async () => {
	await expect(await snapshot('kk')).toMatchFileSnapshot('__snapshots__/timeline.kk.html');
});

test('an event selected: its people linked, the others dimmed, its parties tinted, its card open', async () => {
	const html = await snapshot('en', (s) => s.select('1731-oath', 'url'));
	await expect(html).toMatchFileSnapshot('__snapshots__/timeline.en.selected.html');
});
