/**
 * One schema field (src/lib/content/schema.ts) as one field of the curator's desk form (Sveltia
 * CMS). Everything the form knows comes from the FieldSpec: kind of input, required flag,
 * options, the hint, and the validator's own `expected` wording as the message under a field
 * that does not match, so the desk and `npm run check:content` say the same thing.
 */
import type { Field, ListField, RelationField } from '@sveltia/cms';
import type { z } from 'zod';
import { DATE_PATTERN, POLITY_FIELDS, type Collection, type FieldSpec, type Reference } from '../content/schema';
import { LOCATOR_LABELS } from '../domain/types';

/** The file a work is chosen from, and its one (top-level) list of works. */
export const BIBLIOGRAPHY = { collection: 'bibliography', file: 'works', list: 'works' } as const;

/** Which frontmatter field names an entry of each collection in a chooser. */
export const IDENTIFIER_FIELD: Record<Collection, string> = {
	events: 'title',
	people: 'name',
	places: 'name',
	polities: 'name',
	tours: 'title'
};

/**
 * A pattern for a form input: the schema's pattern, and for an optional input also the empty
 * string (the desk checks a pattern even on an empty optional field).
 */
export function formPattern(pattern: RegExp, required: boolean): string {
	const body = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
	return required ? `^${body}$` : `^(?:${body})?$`;
}

/** Limits a zod schema carries (string length, list length, number range), read from its checks. */
export function schemaLimits(schema: z.ZodType): { min?: number; max?: number } {
	const s = schema as unknown as {
		minLength?: number | null;
		maxLength?: number | null;
		minValue?: number | null;
		maxValue?: number | null;
		_zod?: {
			def?: { type?: string; checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[] };
		};
	};
	const def = s._zod?.def;
	if (def?.type === 'array') {
		const limits: { min?: number; max?: number } = {};
		for (const check of def.checks ?? []) {
			const c = check._zod.def;
			if (c.check === 'min_length') limits.min = c.minimum;
			if (c.check === 'max_length') limits.max = c.maximum;
		}
		return limits;
	}
	const min = s.minValue ?? undefined;
	const max = s.maxValue ?? s.maxLength ?? undefined;
	return { ...(min != null && { min }), ...(max != null && { max }) };
}

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A chooser over the files of a collection, or over the works of the bibliography. */
export function chooser(name: string, references: Reference, multiple: boolean): RelationField {
	if (references === 'works') {
		const { collection, file, list } = BIBLIOGRAPHY;
		return {
			name,
			widget: 'relation',
			collection,
			file,
			value_field: `${list}.*.id`,
			display_fields: [`${list}.*.id`, `${list}.*.title`],
			search_fields: [`${list}.*.id`, `${list}.*.title`],
			multiple
		};
	}
	const shown = IDENTIFIER_FIELD[references];
	return {
		name,
		widget: 'relation',
		collection: references,
		value_field: '{{slug}}',
		display_fields: [shown, '{{slug}}'],
		search_fields: [shown, '{{slug}}'],
		multiple
	};
}

const dateInput = (name: string, required: boolean, expected: string): Field => ({
	name,
	label: label(name),
	widget: 'string',
	required,
	pattern: [formPattern(DATE_PATTERN, required), `Expected ${expected}`],
	use_emoji_autocomplete: false
});

/** A citation: a work of the bibliography and where in it (every locator the schema knows). */
function citationFields(): Field[] {
	return [
		{ ...chooser('work', 'works', false), label: 'Work', required: true, hint: 'A work of content/bibliography.json.' },
		...LOCATOR_LABELS.map((locator): Field => ({
			name: locator,
			label: label(locator),
			widget: 'string',
			required: false,
			use_emoji_autocomplete: false
		}))
	];
}

/** The form field for one schema field. */
export function formField(name: string, spec: FieldSpec): Field {
	const common = {
		name,
		label: label(name),
		required: spec.required,
		hint: spec.hint,
		...(spec.translatable && { i18n: true as const })
	};
	const { min, max } = schemaLimits(spec.schema);
	const message = `Expected ${spec.expected}`;
	switch (spec.shape) {
		case 'text':
			return { ...common, widget: 'string', use_emoji_autocomplete: false };
		case 'long-text':
			return { ...common, widget: 'text', use_emoji_autocomplete: false, ...(max && { maxlength: max }) };
		case 'date':
			return { ...dateInput(name, spec.required, spec.expected), ...common };
		case 'date-pair':
			return {
				...common,
				widget: 'list',
				min: 2,
				max: 2,
				field: dateInput('date', true, spec.expected)
			} satisfies ListField;
		case 'boolean':
			return { ...common, widget: 'boolean' };
		case 'enum':
			return { ...common, widget: 'select', options: [...(spec.options ?? [])], dropdown_threshold: 12 };
		case 'id':
		case 'ids':
			return {
				...chooser(name, spec.references!, spec.shape === 'ids'),
				...common,
				...(spec.shape === 'ids' && min && { min })
			};
		case 'words':
			return { ...common, widget: 'list' };
		case 'number':
			return { ...common, widget: 'number', value_type: 'float', step: 0.0001, min, max };
		case 'colour':
			return { ...common, widget: 'color', pattern: ['^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', message] };
		case 'citations':
			return {
				...common,
				widget: 'list',
				label_singular: 'citation',
				summary: '{{fields.work}} {{fields.document}} {{fields.section}} {{fields.page}}',
				...(spec.required && { min: 1 }),
				fields: citationFields()
			};
		case 'seats':
			return {
				...common,
				widget: 'list',
				label_singular: 'seat',
				summary: '{{fields.place}} {{fields.from}}–{{fields.to}}',
				min: 1,
				required: false,
				fields: [
					{ ...chooser('place', 'places', false), label: 'Place', required: true },
					dateInput('from', false, POLITY_FIELDS.from.expected),
					dateInput('to', false, POLITY_FIELDS.from.expected)
				]
			};
	}
}

/** The id of a new entry, typed by the curator: the file name before the language. */
export const ID_HINT =
	'The file name, set once: lower-case Latin letters, digits and hyphens (1731-abulkhair-oath); events start with the year.';
