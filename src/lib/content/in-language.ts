/**
 * A page's data in the page's language. An entry page (event, person, place, tour) is prerendered
 * once per language, and whatever its load returns is written into its HTML for hydration: every
 * translation of every entry on it would be copied three times over. This keeps, for each entry
 * in the data, the page's language and only the Kazakh parts `localText` falls back to.
 */
import type { Locale, LocalText, Texts } from '$lib/domain/types';

/** The texts `localText(texts, lang)` and `localTitle(texts, lang)` read, and nothing else. */
export function textsIn(texts: Texts, lang: Locale): Texts {
	const base = texts.kk;
	if (lang === 'kk') return { kk: base };
	const own = texts[lang];
	if (!own) return { kk: base };
	const fallback: LocalText = {
		title: base.title,
		html: own.html ? '' : base.html,
		file: base.file,
		...(own.summary === undefined && base.summary !== undefined ? { summary: base.summary } : {})
	};
	return { kk: fallback, [lang]: own } as Texts;
}

const isTexts = (value: unknown): value is Texts =>
	typeof value === 'object' && value !== null && 'kk' in value && typeof (value as Texts).kk?.title === 'string';

/** Every `texts` in a page's data (at any depth) trimmed to the page's language. */
export function inLanguage<T>(data: T, lang: Locale): T {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (typeof value !== 'object' || value === null) return value;
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value))
			out[key] = key === 'texts' && isTexts(inner) ? textsIn(inner, lang) : walk(inner);
		return out;
	};
	return walk(data) as T;
}
