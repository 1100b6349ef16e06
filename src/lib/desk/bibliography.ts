/**
 * The bibliography in the desk: content/bibliography.json is one CSL-JSON array (what Zotero
 * exports and imports), so it is one file whose single top-level list holds the works. The
 * form offers the fields the atlas checks and shows; any other CSL field of a work (abstract,
 * ISBN, …) is kept as it is when the work is saved.
 */
import type { Collection, Field, ObjectField } from '@sveltia/cms';
import { ID_PATTERN } from '../content/schema';
import { CSL_TYPES } from '../content/bibliography';
import { BIBLIOGRAPHY, formPattern } from './fields';

const text = (name: string, label: string, hint?: string): Field => ({
	name,
	label,
	widget: 'string',
	required: false,
	use_emoji_autocomplete: false,
	...(hint && { hint })
});

const names = (name: string, label: string, hint: string): Field => ({
	name,
	label,
	widget: 'list',
	required: false,
	label_singular: 'name',
	summary: '{{fields.family}} {{fields.given}} {{fields.literal}}',
	hint,
	fields: [
		text('family', 'Family name'),
		text('given', 'Given names or initials'),
		text('literal', 'Institution (instead of a person)')
	]
});

/** CSL's date: `{ "date-parts": [[1999, 5, 1]] }` (year, month, day). */
const issued: ObjectField = {
	name: 'issued',
	label: 'Issued',
	widget: 'object',
	required: true,
	hint: 'At least the year of publication.',
	fields: [
		{
			name: 'date-parts',
			label: 'Year, month, day',
			widget: 'list',
			required: true,
			min: 1,
			max: 1,
			field: {
				name: 'parts',
				label: 'Year, month, day',
				widget: 'list',
				required: true,
				min: 1,
				max: 3,
				field: { name: 'part', widget: 'number', value_type: 'int' }
			}
		},
		{ name: 'circa', label: 'Approximate year', widget: 'boolean', required: false }
	]
};

const work: Field[] = [
	{
		name: 'id',
		label: 'Key',
		widget: 'string',
		required: true,
		hint: 'What content files cite: lower-case letters, digits and hyphens; author and year read well (erofeeva-1999).',
		pattern: [formPattern(ID_PATTERN, true), 'Expected a key of lower-case letters, digits and hyphens']
	},
	{ name: 'type', label: 'Type', widget: 'select', required: true, options: [...CSL_TYPES], dropdown_threshold: 8 },
	{ name: 'title', label: 'Title', widget: 'string', required: true, use_emoji_autocomplete: false },
	names('author', 'Authors', 'Each author: family and given names, or an institution.'),
	names('editor', 'Editors', 'For an edited volume or a document collection.'),
	issued,
	text('container-title', 'In (book, journal or encyclopedia)', 'For a chapter, an article or an entry.'),
	text('collection-title', 'Series'),
	text('publisher', 'Publisher'),
	text('publisher-place', 'Place of publication'),
	text('volume', 'Volume'),
	text('issue', 'Issue'),
	text('page', 'Pages', 'Pages of a chapter or an article in its container.'),
	text('genre', 'Genre', 'e.g. PhD dissertation'),
	text('archive', 'Archive', 'For an archival file (type manuscript).'),
	text('archive_location', 'Archive reference', 'Fond, opis, delo…'),
	{
		name: 'language',
		label: 'Language of the work',
		widget: 'select',
		required: false,
		options: ['kk', 'ru', 'en', 'de', 'fr', 'tr', 'fa', 'zh', 'la', 'el'],
		hint: 'Decides the language its reference is written in.'
	},
	text('URL', 'Address', 'Only where the host is the publisher, a library, an archive, a journal or an official site.'),
	text('DOI', 'DOI'),
	{ name: 'note', label: 'Note', widget: 'text', required: false, use_emoji_autocomplete: false },
	{
		name: 'custom',
		label: 'Atlas',
		widget: 'object',
		required: false,
		collapsed: 'auto',
		fields: [{ name: 'anonymous', label: 'Names no author or editor', widget: 'boolean', required: false }]
	}
];

export function bibliographyCollection(contentDir: string): Collection {
	return {
		name: BIBLIOGRAPHY.collection,
		label: 'Bibliography',
		description: 'Every work the atlas cites, once. Zotero can export and import this file (CSL JSON).',
		files: [
			{
				name: BIBLIOGRAPHY.file,
				label: 'Works cited',
				file: `${contentDir}/bibliography.json`,
				format: 'json',
				fields: [
					{
						name: BIBLIOGRAPHY.list,
						label: 'Works',
						label_singular: 'work',
						widget: 'list',
						root: true,
						collapsed: true,
						summary: '{{fields.id}} — {{fields.title}}',
						fields: work
					}
				]
			}
		]
	};
}
