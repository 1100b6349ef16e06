/**
 * The authoring contract (content guide: content/README.md), field by field. Each field
 * says what it accepts; the validator reports the `expected` text to authors verbatim.
 */
import { z } from 'zod';
import { DateGrammarError, parseHistDate, type HistDate } from '../domain/dates';
import { EVENT_KINDS, ROLES } from './types';

export interface FieldSpec {
	schema: z.ZodType;
	required: boolean;
	/** Whether a translation file (.ru.md/.en.md) may carry it. */
	translatable: boolean;
	expected: string;
}

/** As the format says: lower-case ASCII letters, digits and hyphens (BCE event ids may start with "-"). */
export const ID_PATTERN = /^[a-z0-9-]+$/;

const text = z.string().trim().min(1);
const idList = z.array(z.string().regex(ID_PATTERN));
const histDate = z.unknown().transform((value, ctx): HistDate => {
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
const sources = z.array(text).min(1);

const DATE_TEXT = 'a date as YYYY, YYYY-MM or YYYY-MM-DD (a leading "-" for BCE, no year 0)';
const IDS_TEXT = 'a list of ids (lower-case letters, digits, hyphens), e.g. [abylai-khan]';

function field(schema: z.ZodType, expected: string, required = false, translatable = false): FieldSpec {
	return { schema, expected, required, translatable };
}

export const EVENT_FIELDS: Record<string, FieldSpec> = {
	/** Heading of the event, in the file's language. */
	title: field(text, 'a non-empty title', true, true),
	/** One or two sentences shown in lists, cards and the kiosk; at most 240 characters. */
	summary: field(text.max(240), 'a non-empty summary of at most 240 characters', true, true),
	date: field(histDate, DATE_TEXT, true),
	/** Last day of a span; not before `date`. */
	end: field(histDate, DATE_TEXT),
	/** The date(s) are approximate. */
	circa: field(z.boolean(), 'true or false'),
	kind: field(z.enum(EVENT_KINDS), `one of ${EVENT_KINDS.join(', ')}`, true),
	people: field(idList, `${IDS_TEXT} of files in content/people`),
	parties: field(idList, `${IDS_TEXT} of files in content/polities`),
	places: field(idList, `${IDS_TEXT} of files in content/places`),
	/** Ordered place ids of a journey, origin first. */
	route: field(idList.min(2), `${IDS_TEXT} of at least two files in content/places`),
	sources: field(sources, 'a list of at least one non-empty source', true),
	tags: field(z.array(text), 'a list of words'),
	/** Shown in the kiosk's attract loop. */
	featured: field(z.boolean(), 'true or false')
};

export const PERSON_FIELDS: Record<string, FieldSpec> = {
	name: field(text, 'a non-empty name', true, true),
	born: field(histDate, DATE_TEXT),
	died: field(histDate, DATE_TEXT),
	circa: field(z.boolean(), 'true or false'),
	/** Decides the timeline lane. */
	role: field(z.enum(ROLES), `one of ${ROLES.join(', ')}`, true),
	reign: field(z.tuple([histDate, histDate]), `[from, to]: two dates (${DATE_TEXT})`),
	sources: field(sources, 'a list of at least one non-empty source', true)
};

export const PLACE_FIELDS: Record<string, FieldSpec> = {
	name: field(text, 'a non-empty name', true, true),
	lat: field(z.number().min(-90).max(90), 'a latitude from -90 to 90', true),
	lon: field(z.number().min(-180).max(180), 'a longitude from -180 to 180', true),
	sources: field(sources, 'a list of at least one non-empty source')
};

export const POLITY_FIELDS: Record<string, FieldSpec> = {
	name: field(text, 'a non-empty name', true, true),
	from: field(histDate, DATE_TEXT, true),
	to: field(histDate, DATE_TEXT),
	circa: field(z.boolean(), 'true or false'),
	color: field(z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/), 'a CSS hex colour such as "#2f6f8f"'),
	/** Not in the original contract's example, but sources keep polities honest too. */
	sources: field(sources, 'a list of at least one non-empty source')
};

export const TOUR_FIELDS: Record<string, FieldSpec> = {
	title: field(text, 'a non-empty title', true, true),
	summary: field(text.max(240), 'a non-empty summary of at most 240 characters', true, true),
	/** Stops in showing order. */
	events: field(idList.min(2), `${IDS_TEXT} of at least two files in content/events`, true),
	sources: field(sources, 'a list of at least one non-empty source')
};

export const COLLECTIONS = {
	events: EVENT_FIELDS,
	people: PERSON_FIELDS,
	places: PLACE_FIELDS,
	polities: POLITY_FIELDS,
	tours: TOUR_FIELDS
} as const;
export type Collection = keyof typeof COLLECTIONS;
