/**
 * The files the browser gets the model from, named by a hash of their content so they can be
 * cached for good (a new corpus gets new names): the index, and the event bodies once per
 * language. routes/data/[file] prerenders them; page loads name them with `shipIndex` and
 * friends, which also hand the index to the prerendering side of shipped.ts.
 */
import { createHash } from 'node:crypto';
import type { ContentModel, Locale } from '$lib/domain/types';
import { LOCALES } from '$lib/i18n/locales';
import { localText, withoutBodies } from './localize';
import { provideServerIndex, type Bodies, type ShippedRefs } from './shipped';
import { getContent } from './site.server';

/** Where the files are served; fingerprinted, so hosts may cache everything under it as immutable. */
export const SHIPPED_PATH = '/data';

interface Shipped {
	/** File name → JSON text. */
	files: Map<string, string>;
	index: { url: string; model: ContentModel };
	bodies: Record<Locale, string>;
}

let shipped: Promise<Shipped> | undefined;

function named(files: Map<string, string>, stem: string, text: string): string {
	const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
	const name = `${stem}.${hash}.json`;
	files.set(name, text);
	return `${SHIPPED_PATH}/${name}`;
}

/** Every event's body as a reader of one language gets it (Kazakh where it has no translation), with the language it is in. */
export function bodiesIn(model: ContentModel, lang: Locale): Bodies {
	const bodies: Bodies = {};
	for (const e of model.events) {
		const text = localText(e.texts, lang);
		if (text.html) bodies[e.id] = { lang: text.bodyLang, html: text.html };
	}
	return bodies;
}

async function build(): Promise<Shipped> {
	const model = await getContent();
	const files = new Map<string, string>();
	const indexText = JSON.stringify(withoutBodies(model));
	const index = { url: named(files, 'index', indexText), model: JSON.parse(indexText) as ContentModel };
	const bodies = {} as Record<Locale, string>;
	for (const lang of LOCALES) bodies[lang] = named(files, `bodies-${lang}`, JSON.stringify(bodiesIn(model, lang)));
	return { files, index, bodies };
}

function current(): Promise<Shipped> {
	shipped ??= build();
	return shipped;
}

/** Every shipped file, by name (for the prerendered route that writes them). */
export async function shippedFiles(): Promise<Map<string, string>> {
	return (await current()).files;
}

/**
 * What a page using the model returns from its server load: the index's address. The page's
 * universal load turns it into the model (shipped.ts); this also hands the server's copy to it.
 * The copy is parsed from the file's own text, so prerendered HTML and the browser's hydration
 * read identical data.
 */
export async function shipIndex(): Promise<ShippedRefs> {
	const { index } = await current();
	provideServerIndex(index.model);
	return { index: index.url };
}

/** The address of the bodies file in one language. */
export async function bodiesUrl(lang: Locale): Promise<string> {
	return (await current()).bodies[lang];
}

/** Every shipped file's address (the service worker precaches them). */
export async function shippedUrls(): Promise<string[]> {
	return [...(await current()).files.keys()].map((name) => `${SHIPPED_PATH}/${name}`);
}
