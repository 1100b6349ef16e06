/** Full-text search over events in one language, with MiniSearch (prefix and fuzzy matching). */
import MiniSearch from 'minisearch';
import type { ContentModel } from '$lib/domain/types';
import type { Locale } from '$lib/domain/types';

export interface SearchDoc {
	id: string;
	title: string;
	summary: string;
	names: string;
	tags: string;
}

export function buildEventSearch(
	model: Pick<ContentModel, 'events' | 'people' | 'places' | 'polities'>,
	locale: Locale
) {
	const name = new Map<string, string>();
	for (const list of [model.people, model.places, model.polities]) {
		for (const x of list)
			name.set(x.id, [x.texts[locale]?.title, x.texts.kk.title, x.texts.en?.title].filter(Boolean).join(' '));
	}
	const docs: SearchDoc[] = model.events.map((e) => {
		const t = e.texts[locale] ?? e.texts.kk;
		return {
			id: e.id,
			title: t.title,
			summary: t.summary ?? '',
			names: [...e.people, ...e.places, ...e.parties].map((id) => name.get(id) ?? '').join(' '),
			tags: e.tags.join(' ')
		};
	});
	const index = new MiniSearch<SearchDoc>({
		fields: ['title', 'summary', 'names', 'tags'],
		storeFields: [],
		// Kazakh and Russian inflect heavily: prefix matching finds "Абылай" in "Абылайдың".
		searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, names: 2 }, combineWith: 'AND' },
		processTerm: (term) => term.toLocaleLowerCase(locale).replace(/ё/g, 'е')
	});
	index.addAll(docs);
	return {
		/** Matching ids, or null when the query is empty (meaning "no text filter"). */
		search(query: string): Set<string> | null {
			const q = query.trim();
			if (!q) return null;
			return new Set(index.search(q).map((r) => String(r.id)));
		}
	};
}

/**
 * The same search, with its index built on the first non-empty query: a list's first paint and
 * hydration need no index, and most visits never search.
 */
export function lazyEventSearch(
	model: Pick<ContentModel, 'events' | 'people' | 'places' | 'polities'>,
	locale: Locale
): { search(query: string): Set<string> | null } {
	let built: ReturnType<typeof buildEventSearch> | undefined;
	return {
		search(query) {
			if (!query.trim()) return null;
			built ??= buildEventSearch(model, locale);
			return built.search(query);
		}
	};
}
