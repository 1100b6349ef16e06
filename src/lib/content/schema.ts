/**
 * The authoring contract (content guide: content/README.md), field by field. Each field
 * says what it accepts; the validator reports the `expected` text to authors verbatim, and
 * the curator's desk (src/lib/desk/config.ts) builds its form from the same specs.
 */
import { z } from 'zod';
import { CALENDARS, CONFIDENCE_LEVELS, EVENT_KINDS, ROLES } from '$lib/domain/types';
import {
	DATE_TEXT,
	field,
	furtherField,
	histDate,
	id,
	idList,
	IDS_TEXT,
	seats,
	sourcesField,
	text,
	type FieldSpec
} from './field-kit';

export { DATE_PATTERN, ID_PATTERN, type FieldShape, type FieldSpec, type Reference } from './field-kit';

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
