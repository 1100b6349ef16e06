/**
 * How the model reaches the browser: entry pages carry one language, the shipped index has no
 * bodies, and a body file puts every body back where `localText` finds it.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadContent } from '$lib/content/load';
import { inLanguage, textsIn } from '$lib/content/in-language';
import { localText, localTitle, withoutBodies } from '$lib/content/localize';
import { bodiesIn } from '$lib/content/ship.server';
import { shippedBodies, withBodies, withoutBodyHtml } from '$lib/content/shipped';
import type { ContentModel, LocalText, Texts } from '$lib/domain/types';
import { LOCALES } from '$lib/i18n/locales';

const t = (title: string, html = '', summary?: string): LocalText => ({
	title,
	html,
	file: `${title}.md`,
	...(summary === undefined ? {} : { summary })
});

/** Every shape of translation an entry can have. */
const CASES: [string, Texts][] = [
	['Kazakh only', { kk: t('Ант', '<p>Мәтін</p>', 'Қысқа') }],
	['a full translation', { kk: t('Ант', '<p>Мәтін</p>', 'Қысқа'), ru: t('Присяга', '<p>Текст</p>', 'Кратко') }],
	['a translation without a body', { kk: t('Ант', '<p>Мәтін</p>', 'Қысқа'), en: t('Oath', '', 'Short') }],
	['a translation without a summary', { kk: t('Ант', '<p>Мәтін</p>', 'Қысқа'), en: t('Oath', '<p>Text</p>') }],
	['no body anywhere', { kk: t('Ант', '', 'Қысқа'), ru: t('Присяга', '', 'Кратко') }]
];

describe('textsIn', () => {
	test.each(CASES)('%s: reads the same in every language as the full texts', (_, texts) => {
		for (const lang of LOCALES) {
			const trimmed = textsIn(texts, lang);
			expect(localText(trimmed, lang)).toEqual(localText(texts, lang));
			expect(localTitle(trimmed, lang)).toBe(localTitle(texts, lang));
		}
	});

	test('keeps no other language and no Kazakh body the page does not show', () => {
		const texts = CASES[1][1];
		expect(Object.keys(textsIn(texts, 'en'))).toEqual(['kk']);
		expect(Object.keys(textsIn(texts, 'ru')).sort()).toEqual(['kk', 'ru']);
		expect(textsIn(texts, 'ru').kk.html).toBe('');
		expect(textsIn(texts, 'ru').kk.summary).toBeUndefined();
	});

	test('inLanguage trims texts at any depth and leaves everything else alone', () => {
		const texts = CASES[1][1];
		const data = { event: { id: 'a', texts, n: 3 }, people: [{ id: 'p', texts }], note: 'x', none: null };
		const trimmed = inLanguage(data, 'en');
		expect(trimmed.event.texts).toEqual(textsIn(texts, 'en'));
		expect(trimmed.people[0].texts).toEqual(textsIn(texts, 'en'));
		expect(trimmed.event.n).toBe(3);
		expect(trimmed.note).toBe('x');
		expect(trimmed.none).toBeNull();
	});
});

describe('bodies shipped apart', () => {
	let model: ContentModel;
	beforeAll(async () => {
		const dir = path.resolve('tests/fixtures/content');
		model = await loadContent(dir, path.dirname(dir));
	});

	test('the index carries no body', () => {
		const index = withoutBodies(model);
		for (const e of index.events) for (const text of Object.values(e.texts)) expect(text?.html).toBe('');
		expect(JSON.stringify(index)).not.toContain('<p>');
	});

	test.each(LOCALES)('a body file in %s puts back what an event page shows, body and its language', (lang) => {
		const restored = withBodies(withoutBodyHtml(model.events), bodiesIn(model, lang));
		expect(model.events.some((e) => localText(e.texts, lang).html)).toBe(true);
		restored.forEach((e, i) => {
			const want = localText(model.events[i].texts, lang);
			const got = localText(e.texts, lang);
			expect(got.html).toBe(want.html);
			expect(got.bodyLang).toBe(want.bodyLang);
		});
	});
});

describe('shippedBodies', () => {
	test('asks for a file once per session, and again after a failure', async () => {
		const ok = vi.fn(async () => new Response('{"a":{"lang":"kk","html":"<p>x</p>"}}'));
		const first = await shippedBodies('/data/test-once.json', ok);
		const second = await shippedBodies('/data/test-once.json', ok);
		expect(first).toEqual({ a: { lang: 'kk', html: '<p>x</p>' } });
		expect(second).toBe(first);
		expect(ok).toHaveBeenCalledTimes(1);

		const failing = vi.fn(async () => new Response('gone', { status: 503 }));
		await expect(shippedBodies('/data/test-retry.json', failing)).rejects.toThrow(/503/);
		await shippedBodies('/data/test-retry.json', ok);
		expect(failing).toHaveBeenCalledTimes(1);
		expect(ok).toHaveBeenCalledTimes(2);
	});
});
