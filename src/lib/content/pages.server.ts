/** Shapes the linked model into what each page needs (bodies only where they are shown). */
import { error } from '@sveltejs/kit';
import { citationViews } from '$lib/citations/format.server';
import { neighbours } from '$lib/domain/queries';
import type { Citation, ContentModel, Locale, LocalText, Texts } from '$lib/domain/types';
import { LOCALES } from '$lib/i18n/locales';
import { getContent } from './site.server';

/** An entry's sources and further reading, formatted for the page's language. */
function cited(model: ContentModel, entry: { sources: Citation[]; further: string[] }, lang: Locale) {
	return citationViews(entry.sources, entry.further, model.works, lang);
}

/** An entry without its rendered bodies: for links and lists. */
export function brief<T extends { texts: Texts }>(entry: T): T {
	const texts = {} as Record<string, LocalText>;
	for (const [locale, text] of Object.entries(entry.texts)) if (text) texts[locale] = { ...text, html: '' };
	return { ...entry, texts: texts as Texts };
}

function pick<T extends { id: string }>(list: T[], ids: string[]): T[] {
	const byId = new Map(list.map((x) => [x.id, x]));
	return ids
		.map((id) => byId.get(id))
		.filter((x): x is T => !!x)
		.map((x) => brief(x as T & { texts: Texts }));
}

/** Prerender entries for one collection: every id in every language. */
export async function entriesFor(collection: 'events' | 'people' | 'places' | 'tours') {
	const model = await getContent();
	const all = model[collection].flatMap((x) => LOCALES.map((lang) => ({ lang, id: x.id })));
	// A benchmark prerenders only the pages it measures (svelte.config.js): SvelteKit prerenders a
	// route's own entries whatever the configured list says, 15,000 pages for 5,000 synthetic events.
	const only = process.env.ATLAS_PRERENDER_ONLY?.split(',');
	return only ? all.filter(({ lang, id }) => only.includes(`/${lang}/${collection}/${id}/`)) : all;
}

export async function eventPage(id: string, lang: Locale) {
	const model = await getContent();
	const event = model.events.find((e) => e.id === id);
	if (!event) error(404, `No event ${id}`);
	const { prev, next } = neighbours(model.events, id);
	return {
		event,
		people: pick(model.people, event.people),
		places: pick(model.places, [...new Set([...event.places, ...event.route])]),
		parties: pick(model.polities, event.parties),
		tours: pick(model.tours, event.tours),
		prev: prev && brief(prev),
		next: next && brief(next),
		...cited(model, event, lang)
	};
}

export async function personPage(id: string, lang: Locale) {
	const model = await getContent();
	const person = model.people.find((p) => p.id === id);
	if (!person) error(404, `No person ${id}`);
	return { person, events: pick(model.events, person.events), ...cited(model, person, lang) };
}

export async function placePage(id: string, lang: Locale) {
	const model = await getContent();
	const place = model.places.find((p) => p.id === id);
	if (!place) error(404, `No place ${id}`);
	const routeEvents = model.events.filter((e) => e.route.includes(id) && !place.events.includes(e.id)).map((e) => e.id);
	const order = (a: string, b: string) =>
		model.events.findIndex((e) => e.id === a) - model.events.findIndex((e) => e.id === b);
	return {
		place,
		events: pick(model.events, [...place.events, ...routeEvents].sort(order)),
		...cited(model, place, lang)
	};
}

export async function tourPage(id: string, lang: Locale) {
	const model = await getContent();
	const tour = model.tours.find((t) => t.id === id);
	if (!tour) error(404, `No tour ${id}`);
	const byId = new Map(model.events.map((e) => [e.id, e]));
	const stops = tour.events.map((eid) => byId.get(eid)!);
	const placeIds = new Set(stops.flatMap((e) => [...e.places, ...e.route]));
	const personIds = new Set(stops.flatMap((e) => e.people));
	return {
		tour,
		stops,
		places: model.places.filter((p) => placeIds.has(p.id)).map(brief),
		people: model.people.filter((p) => personIds.has(p.id)).map(brief),
		stopCitations: stops.map((stop) => cited(model, stop, lang).citations),
		...cited(model, tour, lang)
	};
}
