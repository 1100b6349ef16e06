import { describe, expect, it } from 'vitest';
import { isFingerprinted, precached } from '../../../src/lib/offline/precache';
import { FINGERPRINTED } from '../../../scripts/site-headers.js';

const lists = {
	base: '',
	build: [
		'/_app/immutable/entry/start.abc.js',
		'/_app/immutable/assets/noto-sans-latin-400-normal.x1.woff2',
		'/_app/immutable/assets/noto-sans-latin-400-normal.x2.woff'
	],
	files: ['/favicon.svg', '/kiosk-config.json', '/basemap/land.json', '/basemap/.stamp'],
	prerendered: [
		'/',
		'/404/',
		...['kk', 'ru', 'en'].flatMap((l) => [
			`/${l}/`,
			`/${l}/__data.json`,
			`/${l}/kiosk/`,
			`/${l}/kiosk/__data.json`,
			`/${l}/404/`,
			`/${l}/events/`,
			`/${l}/events/__data.json`,
			`/${l}/events/1594-embassy/`,
			`/${l}/events/1594-embassy/__data.json`,
			`/${l}/people/tauke-khan/`,
			`/${l}/sources/`
		]),
		'/data/index.0123456789ab.json',
		'/data/bodies-kk.0123456789ab.json',
		'/basemap/locator/region-1-2-3-4.svg',
		'/sitemap.xml',
		'/bibliography/steppe-diplomacy-atlas.bib'
	]
};

describe('precached', () => {
	const cached = new Set(precached(lists));

	it('keeps what the kiosk and the explorer need offline in every language', () => {
		for (const l of ['kk', 'ru', 'en'])
			for (const p of [`/${l}/`, `/${l}/__data.json`, `/${l}/kiosk/`, `/${l}/kiosk/__data.json`, `/${l}/404/`])
				expect(cached, p).toContain(p);
		for (const p of ['/', '/404/', '/data/index.0123456789ab.json', '/data/bodies-kk.0123456789ab.json'])
			expect(cached, p).toContain(p);
		for (const p of ['/_app/immutable/entry/start.abc.js', '/favicon.svg', '/kiosk-config.json', '/basemap/land.json'])
			expect(cached, p).toContain(p);
		expect(cached).toContain('/_app/version.json');
	});

	it('leaves out what grows with pages × content: entry pages, lists, downloads, locator crops', () => {
		for (const p of [
			'/en/events/',
			'/en/events/__data.json',
			'/en/events/1594-embassy/',
			'/kk/people/tauke-khan/',
			'/ru/sources/',
			'/basemap/locator/region-1-2-3-4.svg',
			'/sitemap.xml',
			'/bibliography/steppe-diplomacy-atlas.bib'
		])
			expect(cached, p).not.toContain(p);
	});

	it('leaves out WOFF copies of WOFF2 fonts and dotfiles', () => {
		expect(cached).not.toContain('/_app/immutable/assets/noto-sans-latin-400-normal.x2.woff');
		expect(cached).toContain('/_app/immutable/assets/noto-sans-latin-400-normal.x1.woff2');
		expect(cached).not.toContain('/basemap/.stamp');
	});

	it('works under a base path', () => {
		const based = precached({
			base: '/atlas',
			build: lists.build.map((p) => `/atlas${p}`),
			files: [],
			prerendered: ['/atlas/kk/kiosk/', '/atlas/kk/events/x/', '/atlas/data/index.0123456789ab.json']
		});
		expect(based).toContain('/atlas/kk/kiosk/');
		expect(based).toContain('/atlas/data/index.0123456789ab.json');
		expect(based).not.toContain('/atlas/kk/events/x/');
	});
});

describe('isFingerprinted', () => {
	it.each([
		['/_app/immutable/chunks/abc.js', true],
		['/data/index.0123456789ab.json', true],
		['/data/bodies-ru.0123456789ab.json', true],
		['/data/index.json', false],
		['/en/', false],
		['/kiosk-config.json', false],
		['/basemap/land.json', false],
		['/service-worker.js', false]
	])('%s → %s, as the server headers say', (path, expected) => {
		expect(isFingerprinted(path, '')).toBe(expected);
		expect(FINGERPRINTED.test(path)).toBe(expected);
	});
});
