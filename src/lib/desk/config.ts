/**
 * The curator's desk configuration (Sveltia CMS), generated from the content schema at build
 * time so the form cannot drift from what the build accepts: one collection per content
 * folder with its fields, required flags, options and date grammar, Kazakh as the default
 * language with Russian and English beside it (one file per language, as content/ has them),
 * and the bibliography as one list of works.
 */
import type { Backend, CmsConfig, Collection as DeskCollection, Field } from '@sveltia/cms';
import { COLLECTIONS, ID_PATTERN, type Collection } from '../content/schema';
import { BASE_LOCALE, LOCALES } from '../domain/types';
import { bibliographyCollection } from './bibliography';
import { formField, formPattern, ID_HINT, IDENTIFIER_FIELD } from './fields';

/** Folder names and what a curator reads in the desk's side bar. */
export const DESK_COLLECTIONS: Record<Collection, { label: string; singular: string; body: string }> = {
	events: { label: 'Events', singular: 'Event', body: 'The narrative (Markdown).' },
	people: { label: 'People', singular: 'Person', body: 'Biography (Markdown).' },
	places: { label: 'Places', singular: 'Place', body: 'Optional description (Markdown).' },
	polities: { label: 'Polities', singular: 'Polity', body: 'Optional description (Markdown).' },
	tours: { label: 'Tours', singular: 'Tour', body: 'The introduction, shown before the first stop (Markdown).' }
};

export interface DeskOptions {
	backend: Backend;
	/** Where content/ sits in the repository (the desk edits the real layout). */
	contentDir?: string;
}

function entryCollection(name: Collection, contentDir: string): DeskCollection {
	const { label, singular, body } = DESK_COLLECTIONS[name];
	const fields: Field[] = Object.entries(COLLECTIONS[name]).map(([key, spec]) => formField(key, spec));
	fields.push({ name: 'body', label: 'Body', widget: 'markdown', required: false, i18n: true, hint: body });
	return {
		name,
		label,
		label_singular: singular,
		folder: `${contentDir}/${name}`,
		extension: 'md',
		format: 'yaml-frontmatter',
		identifier_field: IDENTIFIER_FIELD[name],
		summary: `{{${IDENTIFIER_FIELD[name]}}} · {{slug}}`,
		sortable_fields: name === 'events' ? ['slug', 'title', 'date'] : ['slug', IDENTIFIER_FIELD[name]],
		slug: {
			editable: ['create'],
			hint: ID_HINT,
			pattern: [formPattern(ID_PATTERN, true), 'Expected an id of lower-case ASCII letters, digits and hyphens']
		},
		i18n: true,
		fields
	};
}

/** The whole configuration handed to the desk (also written out as /admin/config.yml). */
export function deskConfig({ backend, contentDir = 'content' }: DeskOptions): CmsConfig {
	return {
		load_config_file: false,
		backend,
		app_title: 'Steppe Diplomacy Atlas — curator’s desk',
		// Images in bodies come from static/ (content guide, "Bodies").
		media_folder: 'static/images',
		public_folder: '/images',
		i18n: { structure: 'multiple_files', locales: [...LOCALES], default_locale: BASE_LOCALE, initial_locales: 'all' },
		// Double quotes as the content guide writes dates ("1731-10-10"), so a saved file reads as one written by hand.
		output: { omit_empty_optional_fields: true, json: { indent_style: 'tab' }, yaml: { quote: 'double' } },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		editor: { preview: true },
		collections: [
			...(Object.keys(COLLECTIONS) as Collection[]).map((name) => entryCollection(name, contentDir)),
			bibliographyCollection(contentDir)
		]
	};
}
