/**
 * The building blocks of the authoring contract (schema.ts): what a field is, the value
 * schemas fields share (ids, dates, citations, seats) and how a field is declared.
 */
import { z } from 'zod';
import { DateGrammarError, parseHistDate, type HistDate } from '$lib/domain/dates';
import { LOCATOR_LABELS, type Citation, type Locator, type LocatorLabel, type Seat } from '$lib/domain/types';

/** What a field points at, so forms can offer a chooser instead of free text. */
export type Reference = 'people' | 'places' | 'polities' | 'events' | 'works';

export interface FieldSpec {
	schema: z.ZodType;
	required: boolean;
	/** Whether a translation file (.ru.md/.en.md) may carry it. */
	translatable: boolean;
	expected: string;
	/** Free-text fields, dates, enumerations, lists of ids, citations… (for forms and docs). */
	shape: FieldShape;
	/** For id fields and lists: the collection the ids name. */
	references?: Reference;
	/** For enumerations: the allowed values. */
	options?: readonly string[];
	/** One line for authors, shown as the form's hint. */
	hint: string;
}

export type FieldShape =
	| 'text'
	| 'long-text'
	| 'date'
	| 'date-pair'
	| 'boolean'
	| 'enum'
	| 'id'
	| 'ids'
	| 'words'
	| 'number'
	| 'colour'
	| 'citations'
	| 'seats';

/** As the format says: lower-case ASCII letters, digits and hyphens (BCE event ids may start with "-"). */
export const ID_PATTERN = /^[a-z0-9-]+$/;
/** The date grammar as one pattern (for forms); the parser below also checks the calendar. */
export const DATE_PATTERN = /^-?\d{1,4}(?:-\d{2}(?:-\d{2})?)?$/;

export const text = z.string().trim().min(1);
export const id = z.string().regex(ID_PATTERN);
export const idList = z.array(id);
export const histDate = z.unknown().transform((value, ctx): HistDate => {
	try {
		return parseHistDate(value);
	} catch (error) {
		ctx.issues.push({
			code: 'custom',
			input: value,
			message: error instanceof DateGrammarError ? error.message : String(error)
		});
		return z.NEVER;
	}
});

/** One citation: `{ work: <key>, page: "12–14" }`; at least one locator. */
const citation = z
	.object({ work: id })
	.catchall(z.union([z.string().trim().min(1), z.number()]))
	.transform((value, ctx): Citation => {
		const locators: Locator[] = [];
		for (const [key, raw] of Object.entries(value)) {
			if (key === 'work') continue;
			if (!(LOCATOR_LABELS as readonly string[]).includes(key)) {
				ctx.issues.push({ code: 'custom', input: value, message: `unknown locator "${key}"` });
				return z.NEVER;
			}
			locators.push({ label: key as LocatorLabel, value: String(raw) });
		}
		if (!locators.length) {
			ctx.issues.push({ code: 'custom', input: value, message: 'no locator' });
			return z.NEVER;
		}
		locators.sort((a, b) => LOCATOR_LABELS.indexOf(a.label) - LOCATOR_LABELS.indexOf(b.label));
		return { work: value.work, locators };
	});
export const citations = z.array(citation).min(1);
export const seats = z
	.array(z.object({ place: id, from: histDate.optional(), to: histDate.optional() }).strict())
	.min(1)
	.transform((list) => list as Seat[]);

export const DATE_TEXT = 'a date as YYYY, YYYY-MM or YYYY-MM-DD (a leading "-" for BCE, no year 0)';
export const IDS_TEXT = 'a list of ids (lower-case letters, digits, hyphens), e.g. [abylai-khan]';
const CITATIONS_TEXT = `a list of citations, each a work's key in content/bibliography.json and where in it, e.g. { work: kro-1961, document: "31", page: "45–47" } (locators: ${LOCATOR_LABELS.join(', ')})`;

export interface Options {
	required?: boolean;
	translatable?: boolean;
	references?: Reference;
	options?: readonly string[];
}

export function field(
	schema: z.ZodType,
	shape: FieldShape,
	expected: string,
	hint: string,
	o: Options = {}
): FieldSpec {
	return {
		schema,
		shape,
		expected,
		hint,
		required: o.required ?? false,
		translatable: o.translatable ?? false,
		references: o.references,
		options: o.options
	};
}

export const sourcesField = (required: boolean) =>
	field(
		citations,
		'citations',
		CITATIONS_TEXT,
		'The printed works that support the text, each with a page, document or section.',
		{
			required,
			references: 'works'
		}
	);
export const furtherField = field(
	idList,
	'ids',
	`${IDS_TEXT} of works in content/bibliography.json`,
	'Further reading (an encyclopedia article, a survey); never the only support of a claim.',
	{ references: 'works' }
);
