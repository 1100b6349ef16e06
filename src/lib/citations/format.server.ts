/**
 * Citations as a historian prints them, formatted at build time with citation-js (citeproc-js)
 * and standard CSL styles: GOST R 7.0.5-2008 for Kazakh and Russian pages, Chicago (full note,
 * with bibliography) for English. Also the bibliography downloads: CSL-JSON, BibTeX and RIS.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Citation, CslItem, Locale, Work } from '$lib/domain/types';
import { localeXml, styleXml } from './csl-assets.server';
import { formatLocators } from './locators';
import type { CitationView } from './types';

export const STYLES: Record<Locale, { template: string; style: string; lang: string }> = {
	kk: { template: 'atlas-gost', style: 'gost-r-7-0-5-2008', lang: 'kk-KZ' },
	ru: { template: 'atlas-gost', style: 'gost-r-7-0-5-2008', lang: 'ru-RU' },
	en: { template: 'atlas-chicago', style: 'chicago-fullnote-bibliography', lang: 'en-US' }
};

let registered = false;
function register() {
	if (registered) return;
	const csl = plugins.config.get('@csl');
	for (const { template, style } of Object.values(STYLES)) {
		if (!csl.styles.has(template)) csl.styles.add(template, styleXml(style));
	}
	for (const lang of ['kk-KZ', 'ru-RU']) if (!csl.locales.has(lang)) csl.locales.add(lang, localeXml(lang));
	const bibtex = plugins.config.get('@bibtex');
	// Keys are our own ids (already safe: letters, digits, hyphens); names and titles keep their scripts.
	bibtex.format.useIdAsLabel = true;
	bibtex.format.checkLabel = false;
	bibtex.format.asciiOnly = false;
	registered = true;
}

/** How GOST names a doctoral dissertation, by the language of the work. */
const GOST_THESIS: Record<string, string> = {
	kk: 'философия докторы (PhD) дәрежесін алу үшін дайындалған дис.',
	ru: 'дис. … д-ра философии (PhD)',
	en: 'PhD diss.'
};

/**
 * The item as the CSL processor should see it. Our own marks (custom) and notes stay out of
 * the styles: the GOST style sorts on `note`. The GOST style in the CSL repository prints a
 * thesis like a journal article ("Title // 2022"); GOST 7.0.5 itself describes one as a work
 * whose title carries the degree ("Title : дис. … канд. ист. наук"), which is what this does.
 */
function forCsl(item: CslItem, style: string): CslItem {
	const { custom: _custom, note, ...rest } = item;
	if (style === 'export') return (note ? { ...rest, note } : rest) as CslItem;
	if (style.startsWith('gost') && rest.type === 'thesis') {
		const genre = GOST_THESIS[rest.language?.slice(0, 2) ?? 'ru'] ?? rest.genre;
		return { ...rest, type: 'book', title: genre ? `${rest.title} : ${genre}` : rest.title } as CslItem;
	}
	if (style.startsWith('chicago') && rest.type === 'thesis' && !rest.publisher) {
		// Chicago prints a thesis's genre only beside its institution; "n.p." is its mark for one not named.
		return { ...rest, publisher: 'n.p.' } as CslItem;
	}
	return rest as CslItem;
}

/** GOST describes a work in its own language: a Kazakh book's pages are "Б.", an English one's "P.". */
const GOST_WORDS: Record<string, [RegExp, string][]> = {
	kk: [
		[/(^|[\s.(])С\. (?=\d)/g, '$1Б. '],
		[/ с\.(?=$|[.,\s])/g, ' б.']
	],
	en: [
		[/(^|[\s.(])С\. (?=\d)/g, '$1P. '],
		[/(^|[\s.(])Т\. (?=\d)/g, '$1Vol. '],
		[/(^|[\s.(])№ (?=\d)/g, '$1No. '],
		[/ с\.(?=$|[.,\s])/g, ' p.']
	]
};

function inWorkLanguage(html: string, item: CslItem | undefined, style: string): string {
	if (!style.startsWith('gost') || !item?.language) return html;
	const rules = GOST_WORDS[item.language.slice(0, 2)];
	return rules ? rules.reduce((out, [pattern, word]) => out.replace(pattern, word), html) : html;
}

/** One reference per work, as HTML, in the style of the page's language (in the style's order). */
export function formatReferences(works: CslItem[], locale: Locale): Map<string, string> {
	register();
	const { template, lang, style } = STYLES[locale];
	const out = new Map<string, string>();
	if (!works.length) return out;
	const byId = new Map(works.map((w) => [w.id, w]));
	const html = new Cite(works.map((w) => forCsl(w, style))).format('bibliography', { format: 'html', template, lang });
	for (const match of html.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>/g)) {
		out.set(match[1], inWorkLanguage(tidy(match[2]), byId.get(match[1]), style));
	}
	return out;
}

/** Drops the list numbering some styles print ("1. "); the page numbers its own list. */
function tidy(html: string): string {
	// A reference with no place and publisher leaves the style's separator hanging (" , 2022").
	return html
		.replace(/^\s*\d+\.\s+/, '')
		.replace(/\s+,\s/g, ', ')
		.replace(/\.,\s(?=\[?\d{4})/g, '. ')
		.trim();
}

/** GOST gives a locator in the work's own language (С. for a Russian book, Б. for a Kazakh one); Chicago in English. */
function locatorLanguage(locale: Locale, work: CslItem | undefined): Locale | 'en-gost' {
	if (locale === 'en') return 'en';
	const language = work?.language?.slice(0, 2);
	if (language === 'kk' || language === 'ru') return language;
	return language ? 'en-gost' : locale;
}

/** Formats an entry's citations and further reading for one page. */
export function citationViews(
	sources: Citation[],
	further: string[],
	works: Work[],
	locale: Locale
): { citations: CitationView[]; further: CitationView[] } {
	const byId = new Map(works.map((w) => [w.id, w.csl]));
	const used = [...new Set([...sources.map((s) => s.work), ...further])]
		.map((id) => byId.get(id))
		.filter((w): w is CslItem => !!w);
	const references = formatReferences(used, locale);
	return {
		citations: sources.map((s) => ({
			work: s.work,
			reference: references.get(s.work) ?? s.work,
			locator: formatLocators(s.locators, locatorLanguage(locale, byId.get(s.work)))
		})),
		further: further.map((id) => ({ work: id, reference: references.get(id) ?? id, locator: '' }))
	};
}

/** The bibliography for reference managers: CSL-JSON as stored, BibTeX and RIS. */
export function bibliographyExport(works: CslItem[], format: 'csl-json' | 'bibtex' | 'ris'): string {
	register();
	if (format === 'csl-json') return JSON.stringify(works, null, '\t') + '\n';
	const cite = new Cite(works.map((w) => forCsl(w, 'export')));
	if (format === 'bibtex') return cite.format('bibtex', { format: 'text' });
	// citation-js folds RIS values at 70 characters; readers expect one line per tag.
	const ris = cite.format('ris', { format: 'text' });
	return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-( |$)|$)/g, '');
}
