/**
 * Citations as historians print them: GOST R 7.0.5 on Kazakh and Russian pages (each work
 * described in its own language), Chicago on English pages, and downloads a reference
 * manager can import.
 */
import { describe, expect, test } from 'vitest';
import { bibliographyExport, citationViews, formatReferences } from '$lib/citations/format.server';
import { formatLocators } from '$lib/citations/locators';
import type { CslItem, Work } from '$lib/domain/types';

const works: CslItem[] = [
	{
		id: 'erofeeva-1999',
		type: 'book',
		author: [{ family: 'Ерофеева', given: 'И. В.' }],
		title: 'Хан Абулхаир: полководец, правитель и политик',
		publisher: 'Санат',
		'publisher-place': 'Алматы',
		issued: { 'date-parts': [[1999]] },
		language: 'ru'
	},
	{
		id: 'kz-article',
		type: 'article-journal',
		author: [{ family: 'Хафизова', given: 'К. Ш.' }],
		title: 'Қазақ-қытай қатынастары',
		'container-title': 'Қазақстан тарихы',
		volume: 3,
		issue: 2,
		page: '10-20',
		issued: { 'date-parts': [[2010]] },
		language: 'kk'
	},
	{
		id: 'lapin-2024',
		type: 'article-journal',
		author: [{ family: 'Lapin', given: 'N. S.' }],
		title: 'Siberian and Bukhara khanates in the materials of the Kazakh–Russian negotiations of 1595',
		'container-title': 'Golden Horde Review',
		volume: 12,
		issue: 3,
		page: '619-643',
		issued: { 'date-parts': [[2024]] },
		language: 'en',
		DOI: '10.22378/2313-6197.2024-12-3.619-643'
	},
	{
		id: 'diss',
		type: 'thesis',
		genre: 'PhD dissertation',
		title: '[Қазақстан Республикасының қоғамдық дипломатиясы]',
		language: 'kk',
		issued: { 'date-parts': [[2022]], circa: true },
		note: 'Title supplied.',
		custom: { anonymous: true }
	}
];
const asWorks: Work[] = works.map((csl) => ({ id: csl.id, csl, citedBy: [], readBy: [] }));

describe('references', () => {
	test('GOST on a Russian page: author, title, place, publisher, year', () => {
		expect(formatReferences(works, 'ru').get('erofeeva-1999')).toBe(
			'Ерофеева И. В. Хан Абулхаир: полководец, правитель и политик. Алматы: Санат, 1999.'
		);
	});
	test('GOST describes each work in its language: Б. for Kazakh pages, P./Vol./No. for English', () => {
		const kk = formatReferences(works, 'kk');
		expect(kk.get('kz-article')).toBe(
			'Хафизова К. Ш. Қазақ-қытай қатынастары // Қазақстан тарихы. 2010. Т. 3. № 2. Б. 10–20.'
		);
		expect(kk.get('lapin-2024')).toContain('Golden Horde Review. 2024. Vol. 12. No. 3. P. 619–643.');
	});
	test('GOST describes a dissertation by its degree, with no hanging separator', () => {
		const ref = formatReferences(works, 'ru').get('diss')!;
		expect(ref.startsWith('[Қазақстан Республикасының қоғамдық дипломатиясы]')).toBe(true);
		expect(ref).toMatch(/\(PhD\).*дис\. 2022\.$/);
		expect(ref).not.toMatch(/ ,/);
	});
	test('Chicago on an English page, with italics, the journal issue and the DOI; no title case on Russian titles', () => {
		const en = formatReferences(works, 'en');
		expect(en.get('lapin-2024')).toBe(
			'Lapin, N. S. “Siberian and Bukhara Khanates in the Materials of the Kazakh–Russian Negotiations of 1595.” <i>Golden Horde Review</i> 12, no. 3 (2024): 619–43. https://doi.org/10.22378/2313-6197.2024-12-3.619-643.'
		);
		expect(en.get('erofeeva-1999')).toBe(
			'Ерофеева, И. В. <i>Хан Абулхаир: полководец, правитель и политик</i>. Алматы: Санат, 1999.'
		);
		expect(en.get('diss')).toContain('PhD dissertation');
	});
});

describe('locators', () => {
	test.each([
		[[{ label: 'page', value: '45-47' }], 'en', 'pp. 45–47'],
		[[{ label: 'page', value: '45' }], 'en', 'p. 45'],
		[
			[
				{ label: 'document', value: '31' },
				{ label: 'page', value: '45' }
			],
			'ru',
			'Док. № 31. С. 45'
		],
		[
			[
				{ label: 'volume', value: '2' },
				{ label: 'page', value: '250' }
			],
			'kk',
			'Т. 2. Б. 250'
		],
		[[{ label: 'section', value: '1.2' }], 'en-gost', 'Sec. 1.2']
	] as const)('%j in %s: %s', (locators, locale, text) => {
		expect(formatLocators([...locators], locale)).toBe(text);
	});
	test('on a Kazakh page a Russian work keeps its Russian locator', () => {
		const views = citationViews(
			[{ work: 'erofeeva-1999', locators: [{ label: 'page', value: '211' }] }],
			['lapin-2024'],
			asWorks,
			'kk'
		);
		expect(views.citations).toEqual([
			{ work: 'erofeeva-1999', reference: expect.stringContaining('Ерофеева И. В.'), locator: 'С. 211' }
		]);
		expect(views.further).toEqual([
			{ work: 'lapin-2024', reference: expect.stringContaining('Lapin N. S.'), locator: '' }
		]);
	});
});

describe('downloads', () => {
	test('CSL-JSON is the bibliography as stored', () => {
		expect(JSON.parse(bibliographyExport(works, 'csl-json'))).toEqual(works);
	});
	test('BibTeX keeps our keys and every script', () => {
		const bib = bibliographyExport(works, 'bibtex');
		expect(bib).toContain('@book{erofeeva-1999,');
		expect(bib).toContain('author = {Ерофеева, И. В.}');
		expect(bib).toContain('title = {Хан Абулхаир: полководец, правитель и политик}');
	});
	test('RIS: one line per tag, every record closed', () => {
		const ris = bibliographyExport(works, 'ris');
		for (const line of ris.trim().split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
		expect(ris.match(/^ER {2}- /gm)).toHaveLength(works.length);
		expect(ris).toContain('TI  - Хан Абулхаир: полководец, правитель и политик');
		// Longer than the 70 characters at which citation-js folds a value.
		expect(ris).toContain(
			'TI  - Siberian and Bukhara khanates in the materials of the Kazakh–Russian negotiations of 1595\n'
		);
	});
});

describe('ranges and titles', () => {
	test.each([
		[{ label: 'page', value: '45-47' }, 'pp. 45–47'],
		[{ label: 'page', value: '12, 15' }, 'pp. 12, 15'],
		[{ label: 'chapter', value: 'IV–V' }, 'chaps. IV–V'],
		[{ label: 'section', value: 'Journal of 1731–1733' }, 'sec. Journal of 1731–1733'],
		[{ label: 'document', value: '35' }, 'doc. 35']
	] as const)('%j: %s', (locator, text) => expect(formatLocators([locator], 'en')).toBe(text));
});
