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
import { formatLocators } from './locators';
import type { CitationView } from './types';
import { localeXml, styleXml } from './csl-assets.server';

export const STYLES: Record<Locale, { template: string; style: string; lang: string }> = {
	kk: { template: 'atlas-gost', style: 'gost-r-7-0-5-2008', lang: 'kk-KZ' },
	ru: { template: 'atlas-gost', style: 'gost-r-7-0-5-2008', lang: 'ru-RU' },
	en: { template: 'atlas-chicago', style: 'chicago-fullnote-bibliography', lang: 'en-US' }
};

let registered = false;
function register() {
	if (registered) return;
	const csl = plugins.config.get('@csl');
	for (const { template, style } of Object.values(STYLES))
		if (!csl.styles.has(template)) csl.styles.add(template, styleXml(style));
	for (const lang of ['kk-KZ', 'ru-RU']) if (!csl.locales.has(lang)) csl.locales.add(lang, localeXml(lang));
	const bibtex = plugins.config.get('@bibtex');
	// Keys are our own ids, and names and titles stay in their own scripts (Cyrillic, Arabic…).
	bibtex.format.useIdAsLabel = true;
	bibtex.format.asciiOnly = false;
	registered = true;
}

/** What CSL processors need that the atlas keeps elsewhere: the anonymous marker is ours. */
function forCsl(item: CslItem): CslItem {
	const { custom: _custom, ...rest } = item;
	return rest as CslItem;
}

/** One reference per work, as HTML, in the style of the page's language. */
export function formatReferences(works: CslItem[], locale: Locale): Map<string, string> {
	register();
	const { template, lang } = STYLES[locale];
	const out = new Map<string, string>();
	if (!works.length) return out;
	const html = new Cite(works.map(forCsl)).format('bibliography', { format: 'html', template, lang }) as string;
	for (const match of html.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>/g)) {
		out.set(match[1], tidy(match[2]));
	}
	return out;
}

/** Drops the list numbering some styles print ("1. "); the page numbers its own list. */
function tidy(html: string): string {
	return html.replace(/^\s*\d+\.\s+/, '').trim();
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
			locator: formatLocators(s.locators, locale)
		})),
		further: further.map((id) => ({ work: id, reference: references.get(id) ?? id, locator: '' }))
	};
}

/** The bibliography for reference managers: CSL-JSON as stored, BibTeX and RIS. */
export function bibliographyExport(works: CslItem[], format: 'csl-json' | 'bibtex' | 'ris'): string {
	register();
	if (format === 'csl-json') return JSON.stringify(works, null, '\t') + '\n';
	const cite = new Cite(works.map(forCsl));
	if (format === 'bibtex') return cite.format('bibtex', { format: 'text' }) as string;
	// citation-js folds RIS values at 70 characters; readers expect one line per tag.
	const ris = cite.format('ris', { format: 'text' }) as string;
	return ris.replace(/\n(?![A-Z][A-Z0-9] {2}- |$)/g, '');
}
