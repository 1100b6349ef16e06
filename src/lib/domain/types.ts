/**
 * The atlas's domain model: what an event, a person, a place, a polity, a tour and a cited
 * work are, and the shapes of an exploration (time window, map view, filters, mode). Every
 * layer imports these from here; this file imports nothing but other domain modules.
 */
import type { HistDate } from './dates';

/** The site's languages. Kazakh is the base: content and UI fall back to it. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'kk';

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

/** Kinds that travel from one party to another: each needs `from` and `to`. */
export const DIRECTED_KINDS: readonly EventKind[] = ['embassy', 'letter'];
/** Kinds that bind parties: each names at least two in `parties`. */
export const BINDING_KINDS: readonly EventKind[] = ['treaty', 'alliance'];

export const ROLES = ['khan', 'sultan', 'biy', 'batyr', 'zhyrau', 'alash', 'diplomat', 'foreign'] as const;
export type Role = (typeof ROLES)[number];

/** How firmly the sources establish an event (shown on its page and card). */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** The calendar a content date is written in. Julian (Old Style) dates are shown with their Gregorian day. */
export const CALENDARS = ['gregorian', 'julian'] as const;
export type Calendar = (typeof CALENDARS)[number];

/** Where in a work a claim is found, in the order a reference gives them. */
export const LOCATOR_LABELS = [
	'volume',
	'book',
	'part',
	'chapter',
	'section',
	'document',
	'folio',
	'column',
	'page',
	'line'
] as const;
export type LocatorLabel = (typeof LOCATOR_LABELS)[number];

export interface Locator {
	label: LocatorLabel;
	value: string;
}

/** One citation: a work of the bibliography and where in it. */
export interface Citation {
	work: string;
	locators: Locator[];
}

/** A CSL-JSON name: a person (family, given) or an institution (literal). */
export interface CslName {
	family?: string;
	given?: string;
	literal?: string;
	'dropping-particle'?: string;
	'non-dropping-particle'?: string;
	suffix?: string;
}

export interface CslDate {
	'date-parts'?: (number | string)[][];
	circa?: boolean | string | number;
	literal?: string;
	raw?: string;
}

/**
 * One work of the bibliography, as CSL-JSON (the format Zotero and other reference managers
 * exchange). Only the fields the atlas uses are typed; any other CSL field passes through.
 */
export interface CslItem {
	id: string;
	type: string;
	title?: string;
	author?: CslName[];
	editor?: CslName[];
	translator?: CslName[];
	'container-author'?: CslName[];
	'collection-editor'?: CslName[];
	issued?: CslDate;
	accessed?: CslDate;
	'container-title'?: string;
	'collection-title'?: string;
	publisher?: string;
	'publisher-place'?: string;
	volume?: string | number;
	'number-of-volumes'?: string | number;
	issue?: string | number;
	number?: string | number;
	edition?: string | number;
	page?: string;
	'number-of-pages'?: string | number;
	genre?: string;
	language?: string;
	URL?: string;
	DOI?: string;
	ISBN?: string;
	archive?: string;
	archive_location?: string;
	note?: string;
	custom?: Record<string, unknown>;
	[field: string]: unknown;
}

/** A work with what cites it (filled in by linking). */
export interface Work {
	id: string;
	csl: CslItem;
	/** Entries citing it, as "events/<id>", "people/<id>", …, in model order. */
	citedBy: string[];
	/** Entries listing it as further reading. */
	readBy: string[];
}

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
	/** The works supporting what the entry says, with locators. */
	sources: Citation[];
	/** Works for further reading (never the only support of a claim). */
	further: string[];
}

export interface EventEntry extends Entry {
	/** As written in the file, in `calendar`. */
	date: HistDate;
	end?: HistDate;
	calendar: Calendar;
	circa: boolean;
	kind: EventKind;
	confidence: Confidence;
	/** Every person involved, including sender, envoys and receiver. */
	people: string[];
	/** Every polity involved, including `from` and `to`. */
	parties: string[];
	places: string[];
	/** Documented stages of a journey, origin first. */
	route: string[];
	/** Sending polity of an embassy or letter. */
	from?: string;
	/** Receiving polity of an embassy or letter. */
	to?: string;
	/** Place the embassy or letter left from, where known. */
	origin?: string;
	/** Place it reached, where known. */
	destination?: string;
	/** The event this one answers (a return embassy, a reply letter). */
	answers?: string;
	/** Who sent it (a ruler, a government's head). */
	sender?: string;
	/** Who carried it. */
	envoys: string[];
	/** To whom it was addressed. */
	receiver?: string;
	tags: string[];
	featured: boolean;
	/** Decimal-year span the event covers (Gregorian), for positioning and windows. */
	start: number;
	stop: number;
	/** Tours that include this event (linked). */
	tours: string[];
	/** Events that answer this one (linked). */
	answeredBy: string[];
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
	/** Where the polity was ruled from, and when: a journey's fallback ends when its own places are unknown. */
	seats: Seat[];
	events: string[];
}

export interface Seat {
	place: string;
	from?: HistDate;
	to?: HistDate;
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
	/** The bibliography, sorted by key. */
	works: Work[];
}

/** One thing wrong with one file. */
export interface ContentProblem {
	file: string;
	field: string;
	expected: string;
	found: string;
}

export type Mode = 'explore' | 'present' | 'kiosk';
export const MODES: readonly Mode[] = ['explore', 'present', 'kiosk'];

/** A visible span of time, in decimal years (see dates.ts). */
export interface TimeWindow {
	from: number;
	to: number;
}

/** Where the map looks. */
export interface MapView {
	lon: number;
	lat: number;
	zoom: number;
}

export interface Filters {
	kinds: EventKind[];
	roles: Role[];
	polities: string[];
	q: string;
}
