/** The Sources page's data: every work, formatted for the page's language, with what cites it. */
import { localTitle } from '$lib/content/localize';
import { getContent } from '$lib/content/site.server';
import type { ContentModel, Locale } from '$lib/domain/types';
import { formatReferences } from '$lib/citations/format.server';

export interface CitingEntry {
	/** "events", "people", "places", "polities" or "tours". */
	collection: string;
	id: string;
	title: string;
}

export interface SourceEntry {
	id: string;
	reference: string;
	url?: string;
	citedBy: CitingEntry[];
	readBy: CitingEntry[];
}

function citing(model: ContentModel, refs: string[], lang: Locale): CitingEntry[] {
	const lists = {
		events: model.events,
		people: model.people,
		places: model.places,
		polities: model.polities,
		tours: model.tours
	};
	return refs.flatMap((ref) => {
		const [collection, id] = ref.split('/') as [keyof typeof lists, string];
		const entry = (lists[collection] as { id: string; texts: Parameters<typeof localTitle>[0] }[]).find(
			(e) => e.id === id
		);
		return entry ? [{ collection, id, title: localTitle(entry.texts, lang) }] : [];
	});
}

export async function sourcesPage(lang: Locale) {
	const model = await getContent();
	const references = formatReferences(
		model.works.map((w) => w.csl),
		lang
	);
	const byId = new Map(model.works.map((w) => [w.id, w]));
	// The style's own order (GOST and Chicago both sort by author, then title).
	const works: SourceEntry[] = [...references].map(([id, reference]) => {
		const work = byId.get(id)!;
		return {
			id,
			reference,
			url: work.csl.DOI ? undefined : work.csl.URL,
			citedBy: citing(model, work.citedBy, lang),
			readBy: citing(model, work.readBy, lang)
		};
	});
	return { works, events: model.events.length, people: model.people.length };
}
