/** The desk's event preview reads the pane's language and the shared facts from the Kazakh file. */
import { expect, test } from 'vitest';
import { deskBackend } from '$lib/desk/backend';
import { eventPreviewData, paneLocale } from '$lib/desk/preview-data';

const kk = {
	title: 'Елшілік',
	summary: 'Қысқаша.',
	date: '1731-10-10',
	calendar: 'julian',
	kind: 'embassy',
	confidence: 'high',
	from: 'kazakh-khanate',
	to: 'russia',
	sender: 'abulkhair-khan',
	people: ['abulkhair-khan', 'tevkelev'],
	places: ['moscow'],
	route: ['orsk', 'moscow'],
	sources: [{ work: 'kro-1961', document: '31', page: '45–47' }]
};

test.each([
	[{ data: {}, i18n: {}, path: 'content/events/x.ru.md' }, 'ru'],
	[{ data: {}, i18n: { kk: {}, ru: {} }, path: '' }, 'en'],
	[{ data: {}, i18n: { ru: {}, en: {} }, path: '' }, 'kk'],
	[{ data: {}, i18n: {}, path: '' }, 'kk']
] as const)('the pane of %o is %s', (entry, locale) => {
	expect(paneLocale(entry)).toBe(locale);
});

test('a translation pane shows its own title with the Kazakh file’s facts', () => {
	const data = eventPreviewData({
		data: { title: 'Embassy', summary: 'Short.' },
		i18n: { kk: { data: kk } },
		path: 'content/events/x.en.md'
	});
	expect(data).toMatchObject({
		locale: 'en',
		title: 'Embassy',
		summary: 'Short.',
		kind: 'embassy',
		confidence: 'high'
	});
	expect(data.dates).toMatchObject({ calendar: 'julian', date: { year: 1731, month: 10, day: 10 } });
	expect(data.people).toEqual(['abulkhair-khan', 'tevkelev']);
	expect(data.places).toEqual(['moscow', 'orsk']);
	expect(data.parties).toEqual(['kazakh-khanate', 'russia']);
	expect(data.sources).toEqual([{ work: 'kro-1961', where: 'document 31, page 45–47' }]);
});

test('a date still being typed shows as typed, and an unknown kind is left out', () => {
	const data = eventPreviewData({
		data: { ...kk, date: '1731-1', kind: 'picnic' },
		i18n: {},
		path: 'content/events/x.kk.md'
	});
	expect(data.dates).toEqual({ typed: '1731-1' });
	expect(data.kind).toBeUndefined();
});

test('the desk saves to the Git host the curator build names', () => {
	expect(deskBackend({})).toEqual({ name: 'gitea', repo: 'museum/steppe-diplomacy-atlas' });
	expect(deskBackend({ ATLAS_DESK_REPO: 'museum/atlas' })).toEqual({ name: 'github', repo: 'museum/atlas' });
	expect(
		deskBackend({ ATLAS_DESK_BACKEND: 'gitlab', ATLAS_DESK_REPO: 'm/a', ATLAS_DESK_BASE_URL: 'https://git.example' })
	).toEqual({
		name: 'gitlab',
		repo: 'm/a',
		base_url: 'https://git.example'
	});
	expect(() => deskBackend({ ATLAS_DESK_BACKEND: 'svn' })).toThrow(/github, gitlab or gitea/);
});
