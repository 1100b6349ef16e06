/**
 * The authoring contract (content guide: content/README.md), field by field. Each field
 * says what it accepts; the validator reports the `expected` text to authors verbatim, and
 * the curator's desk (src/lib/desk/config.ts) builds its form from the same specs.
 */
import { z } from 'zod';
import { DateGrammarError, parseHistDate, type HistDate } from '$lib/domain/dates';
import {
	CALENDARS,
	CONFIDENCE_LEVELS,
	EVENT_KINDS,
	LOCATOR_LABELS,
	ROLES,
	type Citation,
	type Locator,
	type LocatorLabel,
	type Seat
} from '$lib/domain/types';

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

const text = z.string().trim().min(1);
const id = z.string().regex(ID_PATTERN);
const idList = z.array(id);
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
const citations = z.array(citation).min(1);
const seats = z
	.array(z.object({ place: id, from: histDate.optional(), to: histDate.optional() }).strict())
	.min(1)
	.transform((list) => list as Seat[]);

const DATE_TEXT = 'a date as YYYY, YYYY-MM or YYYY-MM-DD (a leading "-" for BCE, no year 0)';
const IDS_TEXT = 'a list of ids (lower-case letters, digits, hyphens), e.g. [abylai-khan]';
const CITATIONS_TEXT = `a list of citations, each a work's key in content/bibliography.json and where in it, e.g. { work: kro-1961, document: "31", page: "45–47" } (locators: ${LOCATOR_LABELS.join(', ')})`;

interface Options {
	required?: boolean;
	translatable?: boolean;
	references?: Reference;
	options?: readonly string[];
}

function field(schema: z.ZodType, shape: FieldShape, expected: string, hint: string, o: Options = {}): FieldSpec {
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

const sourcesField = (required: boolean) =>
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
const furtherField = field(
	idList,
	'ids',
	`${IDS_TEXT} of works in content/bibliography.json`,
	'Further reading (an encyclopedia article, a survey); never the only support of a claim.',
	{ references: 'works' }
);

export const EVENT_FIELDS: Record<string, FieldSpec> = {
	title: field(text, 'text', 'a non-empty title', 'Heading of the event, in the language of the file.', {
		required: true,
		translatable: true
	}),
	summary: field(
		text.max(240),
		'long-text',
		'a non-empty summary of at most 240 characters',
		'One or two sentences for lists, cards and the kiosk (at most 240 characters).',
		{
			required: true,
			translatable: true
		}
	),
	date: field(
		histDate,
		'date',
		DATE_TEXT,
		'When it happened: YYYY, YYYY-MM or YYYY-MM-DD; only the precision you know.',
		{ required: true }
	),
	end: field(histDate, 'date', DATE_TEXT, 'Last day of a span; not before the date.'),
	calendar: field(
		z.enum(CALENDARS),
		'enum',
		`one of ${CALENDARS.join(', ')}`,
		'julian for an Old Style date (Russian documents before 1918); the page also gives the Gregorian day.',
		{
			options: CALENDARS
		}
	),
	circa: field(z.boolean(), 'boolean', 'true or false', 'The dates are approximate.'),
	kind: field(z.enum(EVENT_KINDS), 'enum', `one of ${EVENT_KINDS.join(', ')}`, 'What sort of diplomatic act this is.', {
		required: true,
		options: EVENT_KINDS
	}),
	confidence: field(
		z.enum(CONFIDENCE_LEVELS),
		'enum',
		`one of ${CONFIDENCE_LEVELS.join(', ')}`,
		'high: documents or scholarly consensus; medium: secondary works, some disagreement; low: tradition or a single late account.',
		{ required: true, options: CONFIDENCE_LEVELS }
	),
	people: field(idList, 'ids', `${IDS_TEXT} of files in content/people`, 'Everyone involved.', {
		references: 'people'
	}),
	parties: field(
		idList,
		'ids',
		`${IDS_TEXT} of files in content/polities`,
		'The states, khanates or empires involved (a treaty or alliance names at least two).',
		{
			references: 'polities'
		}
	),
	from: field(id, 'id', 'the id of a file in content/polities', 'Embassy or letter: the polity that sent it.', {
		references: 'polities'
	}),
	to: field(id, 'id', 'the id of a file in content/polities', 'Embassy or letter: the polity it went to.', {
		references: 'polities'
	}),
	sender: field(id, 'id', 'the id of a file in content/people', 'Who sent it (a ruler, a minister).', {
		references: 'people'
	}),
	envoys: field(idList, 'ids', `${IDS_TEXT} of files in content/people`, 'Who carried it.', { references: 'people' }),
	receiver: field(id, 'id', 'the id of a file in content/people', 'To whom it was addressed.', {
		references: 'people'
	}),
	places: field(idList, 'ids', `${IDS_TEXT} of files in content/places`, 'Where it happened.', {
		references: 'places'
	}),
	origin: field(id, 'id', 'the id of a file in content/places', 'Where the embassy or letter set out from, if known.', {
		references: 'places'
	}),
	destination: field(id, 'id', 'the id of a file in content/places', 'Where it arrived, if known.', {
		references: 'places'
	}),
	route: field(
		idList.min(2),
		'ids',
		`${IDS_TEXT} of at least two files in content/places`,
		'Stages of the journey that a source documents, in order (origin first).',
		{
			references: 'places'
		}
	),
	answers: field(id, 'id', 'the id of a file in content/events', 'The embassy or letter this one answers.', {
		references: 'events'
	}),
	sources: sourcesField(true),
	further: furtherField,
	tags: field(z.array(text), 'words', 'a list of words', 'Free words that help search.'),
	featured: field(
		z.boolean(),
		'boolean',
		'true or false',
		'Shown in the kiosk’s attract loop and among the key events.'
	)
};

export const PERSON_FIELDS: Record<string, FieldSpec> = {
	name: field(text, 'text', 'a non-empty name', 'The name as readers of this language know it.', {
		required: true,
		translatable: true
	}),
	born: field(histDate, 'date', DATE_TEXT, 'Year (or date) of birth.'),
	died: field(histDate, 'date', DATE_TEXT, 'Year (or date) of death; not before birth.'),
	circa: field(z.boolean(), 'boolean', 'true or false', 'Birth and death dates are approximate.'),
	role: field(z.enum(ROLES), 'enum', `one of ${ROLES.join(', ')}`, 'Decides the timeline lane.', {
		required: true,
		options: ROLES
	}),
	reign: field(
		z.tuple([histDate, histDate]),
		'date-pair',
		`[from, to]: two dates (${DATE_TEXT})`,
		'A ruler’s reign or an envoy’s term: [from, to].'
	),
	sources: sourcesField(true),
	further: furtherField
};

export const PLACE_FIELDS: Record<string, FieldSpec> = {
	name: field(text, 'text', 'a non-empty name', 'The name as readers of this language know it.', {
		required: true,
		translatable: true
	}),
	lat: field(z.number().min(-90).max(90), 'number', 'a latitude from -90 to 90', 'Latitude in decimal degrees.', {
		required: true
	}),
	lon: field(z.number().min(-180).max(180), 'number', 'a longitude from -180 to 180', 'Longitude in decimal degrees.', {
		required: true
	}),
	sources: sourcesField(false),
	further: furtherField
};

export const POLITY_FIELDS: Record<string, FieldSpec> = {
	name: field(text, 'text', 'a non-empty name', 'The name as readers of this language know it.', {
		required: true,
		translatable: true
	}),
	from: field(histDate, 'date', DATE_TEXT, 'When the polity begins.', { required: true }),
	to: field(histDate, 'date', DATE_TEXT, 'When it ends (leave out for a state that still exists).'),
	circa: field(z.boolean(), 'boolean', 'true or false', 'Its dates are approximate.'),
	color: field(
		z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/),
		'colour',
		'a CSS hex colour such as "#2f6f8f"',
		'Colour of its era band.'
	),
	seats: field(
		seats,
		'seats',
		'a list of seats, each { place: <id in content/places>, from: <date>, to: <date> } (from and to optional)',
		'Where it was ruled from and when; journeys whose own places are unknown start or end there.',
		{ references: 'places' }
	),
	sources: sourcesField(false),
	further: furtherField
};

export const TOUR_FIELDS: Record<string, FieldSpec> = {
	title: field(text, 'text', 'a non-empty title', 'Title of the tour.', { required: true, translatable: true }),
	summary: field(
		text.max(240),
		'long-text',
		'a non-empty summary of at most 240 characters',
		'What the tour is about (at most 240 characters).',
		{
			required: true,
			translatable: true
		}
	),
	events: field(
		idList.min(2),
		'ids',
		`${IDS_TEXT} of at least two files in content/events`,
		'The stops, in showing order.',
		{
			required: true,
			references: 'events'
		}
	),
	sources: sourcesField(false),
	further: furtherField
};

export const COLLECTIONS = {
	events: EVENT_FIELDS,
	people: PERSON_FIELDS,
	places: PLACE_FIELDS,
	polities: POLITY_FIELDS,
	tours: TOUR_FIELDS
} as const;
export type Collection = keyof typeof COLLECTIONS;
