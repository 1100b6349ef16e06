/** The linked content model every page and view reads. Plain data: it crosses into pages as JSON. */
import type { HistDate } from '../domain/dates';
import type { Locale } from '../i18n/locales';

export const EVENT_KINDS = [
	'embassy',
	'treaty',
	'alliance',
	'letter',
	'marriage',
	'law',
	'congress',
	'appointment',
	'conflict'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ROLES = ['khan', 'sultan', 'biy', 'batyr', 'zhyrau', 'alash', 'diplomat', 'foreign'] as const;
export type Role = (typeof ROLES)[number];

/** The text of one entry in one language, as its file gives it. */
export interface LocalText {
	/** title (events, tours) or name (people, places, polities) */
	title: string;
	summary?: string;
	/** Rendered, validated HTML of the Markdown body; '' when the body is empty. */
	html: string;
	/** Project-relative path of the file the text came from. */
	file: string;
}

export type Texts = { kk: LocalText } & Partial<Record<Exclude<Locale, 'kk'>, LocalText>>;

interface Entry {
	id: string;
	texts: Texts;
	sources: string[];
}

export interface EventEntry extends Entry {
	date: HistDate;
	end?: HistDate;
	circa: boolean;
	kind: EventKind;
	people: string[];
	parties: string[];
	places: string[];
	route: string[];
	tags: string[];
	featured: boolean;
	/** Decimal-year span the event covers, for positioning and windows. */
	start: number;
	stop: number;
	/** Tours that include this event (linked). */
	tours: string[];
}

export interface Person extends Entry {
	role: Role;
	born?: HistDate;
	died?: HistDate;
	circa: boolean;
	reign?: [HistDate, HistDate];
	events: string[];
}

export interface Place extends Entry {
	lat: number;
	lon: number;
	events: string[];
}

export interface Polity extends Entry {
	from: HistDate;
	to?: HistDate;
	circa: boolean;
	color?: string;
	events: string[];
}

export interface Tour extends Entry {
	events: string[];
}

export interface ContentModel {
	/** In date order (stable: ties keep file-name order). */
	events: EventEntry[];
	people: Person[];
	places: Place[];
	polities: Polity[];
	tours: Tour[];
}

/** One thing wrong with one file. */
export interface ContentProblem {
	file: string;
	field: string;
	expected: string;
	found: string;
}
