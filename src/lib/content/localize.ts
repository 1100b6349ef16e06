/** Picking an entry's text in the reader's language, falling back to Kazakh. */
import type { Locale } from '$lib/i18n/locales';
import type { Citation, ContentModel, LocalText, Texts } from './types';

export interface ShownText extends LocalText {
	/** The language the title and summary are in. */
	lang: Locale;
	/** The language the body is in (a translation may leave its body to Kazakh). */
	bodyLang: Locale;
	/** True when the reader's language had no translation and Kazakh is shown. */
	fallback: boolean;
}

export function localText(texts: Texts, locale: Locale): ShownText {
	const base = texts.kk;
	const own = texts[locale];
	if (!own) return { ...base, lang: 'kk', bodyLang: 'kk', fallback: locale !== 'kk' };
	return {
		...own,
		summary: own.summary ?? base.summary,
		html: own.html || base.html,
		lang: locale,
		bodyLang: own.html || !base.html ? locale : 'kk',
		fallback: false
	};
}

/** The title alone, for links and lists. */
export function localTitle(texts: Texts, locale: Locale): string {
	return (texts[locale] ?? texts.kk).title;
}

/**
 * The model as the interactive views need it: titles and summaries only. Bodies, sources and
 * file paths stay on the entry pages, which keeps the explorer's inlined data small on phones.
 */
export function withoutBodies(model: ContentModel): ContentModel {
	const strip = <T extends { texts: Texts; sources: Citation[]; further: string[] }>(entry: T): T => {
		const texts = {} as Record<string, LocalText>;
		for (const [locale, text] of Object.entries(entry.texts)) if (text) texts[locale] = { ...text, html: '', file: '' };
		return { ...entry, texts: texts as Texts, sources: [], further: [] };
	};
	return {
		events: model.events.map(strip),
		people: model.people.map(strip),
		places: model.places.map(strip),
		polities: model.polities.map(strip),
		tours: model.tours.map(strip),
		works: []
	};
}
