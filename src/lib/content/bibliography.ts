/**
 * The bibliography (content/bibliography.json, CSL-JSON as Zotero exports it) and the rules of
 * evidence (content/source-rules.yaml): hosts never cited, hosts only for further reading, and
 * phrases that talk about the research instead of the history. Pure checks: the loader reads
 * the files and passes their text in.
 */
import { parseDocument } from 'yaml';
import type { ContentProblem, CslItem, CslName, Locale } from '$lib/domain/types';
import { ID_PATTERN } from './schema';

export const BIBLIOGRAPHY_FILE = 'content/bibliography.json';
export const RULES_FILE = 'content/source-rules.yaml';

/** The CSL 1.0.2 item types. */
export const CSL_TYPES = [
	'article',
	'article-journal',
	'article-magazine',
	'article-newspaper',
	'bill',
	'book',
	'broadcast',
	'chapter',
	'classic',
	'collection',
	'dataset',
	'document',
	'entry',
	'entry-dictionary',
	'entry-encyclopedia',
	'event',
	'figure',
	'graphic',
	'hearing',
	'interview',
	'legal_case',
	'legislation',
	'manuscript',
	'map',
	'motion_picture',
	'musical_score',
	'pamphlet',
	'paper-conference',
	'patent',
	'performance',
	'periodical',
	'personal_communication',
	'post',
	'post-weblog',
	'regulation',
	'report',
	'review',
	'review-book',
	'software',
	'song',
	'speech',
	'standard',
	'thesis',
	'treaty',
	'webpage'
] as const;

export interface HostRule {
	host: string;
	why: string;
}

export interface SourceRules {
	/** Never cited, never linked. */
	refused: HostRule[];
	/** May be listed as further reading, never as a source. */
	furtherOnly: HostRule[];
	/** Patterns (case-insensitive regular expressions) that visitor text must not contain. */
	phrases: Record<Locale, { pattern: RegExp; text: string }[]>;
}

export const EMPTY_RULES: SourceRules = { refused: [], furtherOnly: [], phrases: { kk: [], ru: [], en: [] } };

/** Parses content/source-rules.yaml; problems are reported against that file. */
export function parseSourceRules(raw: string, problems: ContentProblem[]): SourceRules {
	const doc = parseDocument(raw, { uniqueKeys: true, prettyErrors: false });
	const bad = (field: string, expected: string, found: string) =>
		problems.push({ file: RULES_FILE, field, expected, found });
	if (doc.errors.length) {
		for (const error of doc.errors) bad('(yaml)', 'valid YAML', error.message.split('\n')[0]);
		return EMPTY_RULES;
	}
	const data = doc.toJS() as Record<string, unknown> | null;
	const rules: SourceRules = { refused: [], furtherOnly: [], phrases: { kk: [], ru: [], en: [] } };
	const hosts = (key: 'refused_hosts' | 'further_reading_only'): HostRule[] => {
		const list = data?.[key];
		if (!Array.isArray(list)) {
			bad(key, 'a list of { host, why }', list === undefined ? 'nothing' : typeof list);
			return [];
		}
		return list.flatMap((item, i) => {
			if (
				item &&
				typeof item.host === 'string' &&
				/^[a-z0-9.-]+\.[a-z0-9-]{2,}$/i.test(item.host) &&
				typeof item.why === 'string'
			) {
				return [{ host: item.host.toLowerCase(), why: item.why }];
			}
			bad(`${key}[${i}]`, '{ host: a domain such as example.com, why: a reason }', JSON.stringify(item));
			return [];
		});
	};
	rules.refused = hosts('refused_hosts');
	rules.furtherOnly = hosts('further_reading_only');
	const phrases = data?.process_phrases as Record<string, unknown> | undefined;
	for (const locale of ['kk', 'ru', 'en'] as const) {
		const list = phrases?.[locale];
		if (!Array.isArray(list)) {
			bad(`process_phrases.${locale}`, 'a list of phrases (regular expressions)', 'nothing');
			continue;
		}
		list.forEach((text, i) => {
			try {
				rules.phrases[locale].push({ pattern: new RegExp(String(text), 'iu'), text: String(text) });
			} catch {
				bad(`process_phrases.${locale}[${i}]`, 'a valid regular expression', String(text));
			}
		});
	}
	return rules;
}

/** The rule a URL breaks, if its host (or a parent domain) is listed. */
export function hostRule(url: string, list: HostRule[]): HostRule | undefined {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return undefined;
	}
	return list.find((rule) => host === rule.host || host.endsWith(`.${rule.host}`));
}

/** Every visitor-text phrase of the rules found in a text: the pattern and the words matched. */
export function findProcessPhrases(text: string, rules: SourceRules): string[] {
	const found: string[] = [];
	for (const locale of ['kk', 'ru', 'en'] as const) {
		for (const { pattern } of rules.phrases[locale]) {
			const match = pattern.exec(text);
			if (match) found.push(match[0]);
		}
	}
	return [...new Set(found)];
}

const nameOk = (n: CslName) => !!(n && (n.literal?.trim() || n.family?.trim()));

/** The year a CSL date gives, if any. */
export function cslYear(item: CslItem): number | undefined {
	const first = item.issued?.['date-parts']?.[0]?.[0];
	const year = typeof first === 'string' ? Number(first) : first;
	return typeof year === 'number' && Number.isInteger(year) && year !== 0 ? year : undefined;
}

/**
 * Parses and checks the bibliography: a CSL-JSON array of works, each with a key, a type,
 * a title, a year and an author or editor (or `custom.anonymous: true` for a work that names
 * none), and a URL only on a host the rules allow.
 */
export function parseBibliography(raw: string, rules: SourceRules, problems: ContentProblem[]): CslItem[] {
	const bad = (field: string, expected: string, found: string) =>
		problems.push({ file: BIBLIOGRAPHY_FILE, field, expected, found });
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (error) {
		bad('(json)', 'valid JSON (a CSL-JSON array of works)', (error as Error).message);
		return [];
	}
	if (!Array.isArray(data)) {
		bad('(json)', 'a CSL-JSON array of works', typeof data);
		return [];
	}
	const seen = new Set<string>();
	const works: CslItem[] = [];
	data.forEach((value, index) => {
		const item = value as CslItem;
		const where = (field: string) => `[${typeof item?.id === 'string' ? item.id : index}].${field}`;
		if (!item || typeof item !== 'object' || Array.isArray(item)) {
			bad(`[${index}]`, 'a CSL-JSON work (an object)', JSON.stringify(value));
			return;
		}
		// A work with a usable key stays in the model even when a field is wrong, so citing
		// files are not also reported: the one problem is named once, here.
		let ok = true;
		const fail = (field: string, expected: string, found: string) => bad(where(field), expected, found);
		if (typeof item.id !== 'string' || !ID_PATTERN.test(item.id)) {
			ok = false;
			fail('id', 'a key of lower-case letters, digits and hyphens, e.g. "kro-1961"', JSON.stringify(item.id));
		} else if (seen.has(item.id)) {
			ok = false;
			fail('id', 'a key used once', `"${item.id}" again`);
		} else seen.add(item.id);
		if (!(CSL_TYPES as readonly string[]).includes(item.type)) {
			fail(
				'type',
				`a CSL type (${['book', 'chapter', 'article-journal', 'thesis', 'entry-encyclopedia', 'webpage'].join(', ')}, …)`,
				JSON.stringify(item.type)
			);
		}
		if (typeof item.title !== 'string' || !item.title.trim()) fail('title', 'the title of the work', 'nothing');
		const people = [...(item.author ?? []), ...(item.editor ?? [])];
		const anonymous = item.custom?.anonymous === true;
		if (!anonymous && (!people.length || !people.every(nameOk))) {
			fail(
				'author',
				'an author or editor ({ family, given } or { literal }), or custom.anonymous: true for a work that names none',
				people.length ? 'a name without family or literal' : 'nothing'
			);
		}
		// An undated online text (an official site's page) is dated by when it was read, as styles print it ("n.d., accessed 2026").
		const undatedOnline = !item.issued && !!item.URL && cslYear({ ...item, issued: item.accessed }) !== undefined;
		if (cslYear(item) === undefined && !undatedOnline) {
			fail(
				'issued',
				'a year, e.g. { "date-parts": [[1961]] } (an undated web page: leave issued out and give "accessed")',
				JSON.stringify(item.issued ?? null)
			);
		}
		if (item.URL !== undefined) {
			let url: URL | null = null;
			try {
				url = new URL(String(item.URL));
			} catch {
				fail('URL', 'an http(s) address', JSON.stringify(item.URL));
			}
			if (url && !/^https?:$/.test(url.protocol)) fail('URL', 'an http(s) address', JSON.stringify(item.URL));
			const refused = url && hostRule(url.href, rules.refused);
			if (refused)
				fail(
					'URL',
					`an address on the publisher's, a library's, an archive's, a journal's or an official site (${refused.host} is refused: ${refused.why})`,
					url!.href
				);
		}
		if (ok) works.push(item);
	});
	return works.sort((a, b) => (a.id < b.id ? -1 : 1));
}
