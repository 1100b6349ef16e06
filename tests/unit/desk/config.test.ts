/**
 * The desk's form is the schema: every field of every collection has a form field with the
 * same name, required flag, options, chooser and date grammar, and nothing else; every kind
 * and role is offered; three languages as content/ stores them.
 */
import type { Field, FileCollection, EntryCollection, ListField, RelationField } from '@sveltia/cms';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, DATE_PATTERN, type Collection } from '$lib/content/schema';
import { deskConfig } from '$lib/desk/config';
import { formPattern } from '$lib/desk/fields';
import { EVENT_KINDS, LOCATOR_LABELS, ROLES } from '$lib/domain/types';

const config = deskConfig({ backend: { name: 'github', repo: 'museum/atlas' } });
const entryCollection = (name: string) =>
	config.collections!.find((c) => 'name' in c && c.name === name) as EntryCollection;
const formFields = (name: string) => new Map(entryCollection(name).fields.map((f) => [f.name, f]));
const collections = Object.keys(COLLECTIONS) as Collection[];
const cases = collections.flatMap((c) => Object.entries(COLLECTIONS[c]).map(([name, spec]) => ({ c, name, spec })));
const pattern = (f: Field) => (f as { pattern?: [string, string] }).pattern;

describe('every schema field is a form field', () => {
	test.each(cases)('$c: $name', ({ c, name, spec }) => {
		const field = formFields(c).get(name);
		expect(field, `${c}.${name} has no form field`).toBeDefined();
		expect(field!.label?.toLowerCase()).toBe(name.toLowerCase());
		expect((field as { required?: boolean }).required).toBe(spec.required);
		expect((field as { i18n?: boolean }).i18n ?? false).toBe(spec.translatable);
		expect((field as { hint?: string }).hint).toBe(spec.hint);
		if (spec.options) expect((field as { options: string[] }).options).toEqual([...spec.options]);
		if (spec.shape === 'date') expect(pattern(field!)?.[1]).toContain(spec.expected);
		if (spec.shape === 'id' || spec.shape === 'ids') {
			const relation = field as RelationField;
			expect(relation.widget).toBe('relation');
			expect(relation.collection).toBe(spec.references === 'works' ? 'bibliography' : spec.references);
			expect(relation.multiple).toBe(spec.shape === 'ids');
		}
	});

	test.each(collections)('%s has no field the schema does not know, and a translatable body', (c) => {
		const names = [...formFields(c).keys()];
		expect(names).toEqual([...Object.keys(COLLECTIONS[c]), 'body']);
		expect(formFields(c).get('body')).toMatchObject({ widget: 'markdown', i18n: true, required: false });
	});
});

test('every kind and every role is offered', () => {
	expect((formFields('events').get('kind') as { options: string[] }).options).toEqual([...EVENT_KINDS]);
	expect((formFields('people').get('role') as { options: string[] }).options).toEqual([...ROLES]);
});

test('limits the schema sets are the form’s limits', () => {
	expect(formFields('events').get('summary')).toMatchObject({ widget: 'text', maxlength: 240 });
	expect(formFields('events').get('route')).toMatchObject({ min: 2 });
	expect(formFields('tours').get('events')).toMatchObject({ min: 2, required: true });
	expect(formFields('places').get('lat')).toMatchObject({ widget: 'number', min: -90, max: 90 });
	expect(formFields('people').get('reign')).toMatchObject({ widget: 'list', min: 2, max: 2 });
});

test('citations choose a work of the bibliography and offer every locator', () => {
	const sources = formFields('events').get('sources') as ListField & { fields: Field[] };
	expect(sources.min).toBe(1);
	expect(sources.fields.map((f) => f.name)).toEqual(['work', ...LOCATOR_LABELS]);
	expect(sources.fields[0]).toMatchObject({
		widget: 'relation',
		collection: 'bibliography',
		file: 'works',
		value_field: 'works.*.id'
	});
	expect(formFields('places').get('sources')).toMatchObject({ required: false });
});

test('three languages, one file each, Kazakh first, in the real content folders', () => {
	expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: ['kk', 'ru', 'en'], default_locale: 'kk' });
	for (const c of collections) {
		expect(entryCollection(c)).toMatchObject({
			folder: `content/${c}`,
			extension: 'md',
			format: 'yaml-frontmatter',
			i18n: true
		});
	}
});

test('the bibliography is one file whose top-level list holds the works', () => {
	const bib = config.collections!.find((c) => 'name' in c && c.name === 'bibliography') as FileCollection;
	expect(bib.files).toHaveLength(1);
	expect(bib.files[0]).toMatchObject({ file: 'content/bibliography.json', format: 'json' });
	const list = bib.files[0].fields[0] as ListField & { root: boolean; fields: Field[] };
	expect(list).toMatchObject({ name: 'works', widget: 'list', root: true });
	expect(list.fields.filter((f) => (f as { required?: boolean }).required).map((f) => f.name)).toEqual([
		'id',
		'type',
		'title',
		'issued'
	]);
});

describe('the date grammar as a form pattern', () => {
	const samples: [unknown, boolean][] = [
		['1594', true],
		['1731-10', true],
		['1731-10-10', true],
		['-0529', true],
		['1731-1-10', false],
		['1731/10/10', false],
		['c. 1594', false],
		['17310', false]
	];
	test.each(samples)('%s', (value, ok) => {
		expect(new RegExp(formPattern(DATE_PATTERN, true)).test(String(value))).toBe(ok);
		expect(new RegExp(formPattern(DATE_PATTERN, false)).test(String(value))).toBe(ok);
		expect(DATE_PATTERN.test(String(value))).toBe(ok);
	});
	test('an optional date may stay empty; a required one may not', () => {
		expect(new RegExp(formPattern(DATE_PATTERN, false)).test('')).toBe(true);
		expect(new RegExp(formPattern(DATE_PATTERN, true)).test('')).toBe(false);
	});
});
