/**
 * From parsed files to the model: validates each file's fields (dates in the file's own
 * calendar), checks its visitor text against the rules of evidence, and builds one entry per
 * id from its Kazakh base and translations. References are checked in link.ts.
 */
import { julianToGregorian } from '$lib/domain/calendar';
import { compareHistDates, parseHistDate, toDecimalEnd, toDecimalStart, type HistDate } from '$lib/domain/dates';
import {
	LOCALES,
	type Calendar,
	type Citation,
	type ContentModel,
	type ContentProblem,
	type CslItem,
	type EventEntry,
	type Locale,
	type LocalText,
	type Person,
	type Seat,
	type Texts
} from '$lib/domain/types';
import type { SourceRules } from './bibliography';
import { findUnsafe, renderBody } from './body';
import { link } from './link';
import { checkVisitorText } from './visitor-text';
import { COLLECTIONS, type Collection, type FieldSpec } from './schema';

export interface ParsedFile {
	collection: Collection;
	id: string;
	locale: Locale;
	/** Project-relative path, as shown to authors. */
	file: string;
	data: Record<string, unknown>;
	body: string;
}

type Fields = Record<string, unknown>;

export function emptyModel(): ContentModel {
	return { events: [], people: [], places: [], polities: [], tours: [], works: [] };
}

/** Validates one file's fields against its collection; returns the parsed values. */
function validateFields(f: ParsedFile, problems: ContentProblem[]): Fields {
	const specs = COLLECTIONS[f.collection] as Record<string, FieldSpec>;
	const isBase = f.locale === 'kk';
	const calendar: Calendar = f.data.calendar === 'julian' ? 'julian' : 'gregorian';
	const out: Fields = {};
	for (const [key, value] of Object.entries(f.data)) {
		const spec = specs[key];
		if (!spec) {
			problems.push({
				file: f.file,
				field: key,
				expected: `one of the fields ${Object.keys(specs).join(', ')}`,
				found: 'an unknown field'
			});
			continue;
		}
		if (!isBase && !spec.translatable) {
			problems.push({
				file: f.file,
				field: key,
				expected: `only ${translatableNames(specs)} in a translation (shared facts belong in the .kk.md file)`,
				found: 'a shared field repeated'
			});
			continue;
		}
		if (spec.shape === 'date' && calendar === 'julian') {
			// An Old Style date is checked against the Julian calendar (29 February 1700 existed there).
			try {
				out[key] = parseHistDate(value, 'julian');
			} catch (error) {
				problems.push({ file: f.file, field: key, expected: spec.expected, found: (error as Error).message });
			}
			continue;
		}
		const result = spec.schema.safeParse(value);
		if (result.success) out[key] = result.data;
		else
			problems.push({
				file: f.file,
				field: key,
				expected: spec.expected,
				found: describeIssue(value, result.error.issues)
			});
	}
	for (const [key, spec] of Object.entries(specs)) {
		const needed = isBase ? spec.required : spec.required && spec.translatable;
		if (needed && !(key in f.data)) {
			problems.push({ file: f.file, field: key, expected: spec.expected, found: 'nothing (the field is required)' });
		}
	}
	for (const problem of findUnsafe(f.body)) problems.push({ file: f.file, field: '(body)', ...problem });
	return out;
}

/** What was wrong, in the author's terms: the value, and the reason when the schema gave one. */
function describeIssue(value: unknown, issues: { message: string; path: PropertyKey[] }[]): string {
	const custom = issues.find((i) => !/^Invalid|^Too|^Expected/.test(i.message));
	const at = issues[0]?.path.length ? ` at ${issues[0].path.join('.')}` : '';
	return custom
		? `${JSON.stringify(value)?.slice(0, 80)} (${custom.message}${at})`
		: `${JSON.stringify(value)?.slice(0, 80)}${at}`;
}

function translatableNames(specs: Record<string, FieldSpec>): string {
	return Object.entries(specs)
		.filter(([, s]) => s.translatable)
		.map(([k]) => k)
		.join(', ');
}

const positionOf = (date: HistDate, calendar: Calendar) =>
	calendar === 'julian' ? julianToGregorian(date) : { start: date, end: date };

export async function buildModel(
	files: ParsedFile[],
	works: CslItem[],
	rules: SourceRules,
	problems: ContentProblem[]
): Promise<ContentModel> {
	const groups = new Map<
		string,
		{ base?: { f: ParsedFile; fields: Fields }; texts: Partial<Record<Locale, LocalText>> }
	>();
	for (const f of files) {
		const fields = validateFields(f, problems);
		checkVisitorText(f, fields, rules, problems);
		const key = `${f.collection}/${f.id}`;
		const group = groups.get(key) ?? { texts: {} };
		groups.set(key, group);
		if (f.locale === 'kk') group.base = { f, fields };
		const bodyOk = findUnsafe(f.body).length === 0;
		group.texts[f.locale] = {
			title: String(fields.title ?? fields.name ?? ''),
			summary: typeof fields.summary === 'string' ? fields.summary : undefined,
			html: bodyOk ? await renderBody(f.body) : '',
			file: f.file
		};
	}

	const model = emptyModel();
	model.works = works.map((csl) => ({ id: csl.id, csl, citedBy: [], readBy: [] }));
	const files_ = new Map<string, string>();
	for (const [key, group] of groups) {
		if (!group.base) {
			for (const locale of LOCALES) {
				const t = group.texts[locale];
				if (t) {
					problems.push({
						file: t.file,
						field: '(file)',
						expected: `a base file ${key.replace(/^(\w+)\//, 'content/$1/')}.kk.md beside this translation`,
						found: 'no Kazakh base file'
					});
				}
			}
			continue;
		}
		const { f, fields } = group.base;
		files_.set(key, f.file);
		const texts = group.texts as Texts;
		const common = {
			id: f.id,
			texts,
			sources: (fields.sources as Citation[] | undefined) ?? [],
			further: (fields.further as string[] | undefined) ?? []
		};
		const circa = fields.circa === true;
		const order = (a: unknown, b: unknown, field: string, expected: string) => {
			if (a && b && compareHistDates(a as HistDate, b as HistDate) > 0) {
				problems.push({ file: f.file, field, expected, found: 'an earlier date' });
			}
		};
		switch (f.collection) {
			case 'events': {
				if (!fields.date || !fields.kind || !fields.title || !fields.confidence) break;
				const calendar = (fields.calendar as Calendar | undefined) ?? 'gregorian';
				const date = fields.date as HistDate;
				const end = fields.end as HistDate | undefined;
				order(date, end, 'end', 'a date on or after `date`');
				if (calendar === 'julian' && date.precision === 'year') {
					problems.push({
						file: f.file,
						field: 'calendar',
						expected: 'julian only on a date given to the month or day (a year is the same in both calendars)',
						found: 'a year-only date'
					});
				}
				const list = (k: string) => (fields[k] as string[] | undefined) ?? [];
				const one = (k: string) => fields[k] as string | undefined;
				const union = (...parts: (string | undefined | string[])[]) => [
					...new Set(parts.flat().filter((x): x is string => !!x))
				];
				model.events.push({
					...common,
					date,
					end,
					calendar,
					circa,
					kind: fields.kind as EventEntry['kind'],
					confidence: fields.confidence as EventEntry['confidence'],
					people: union(list('people'), one('sender'), list('envoys'), one('receiver')),
					parties: union(list('parties'), one('from'), one('to')),
					places: union(list('places'), one('origin'), one('destination')),
					route: list('route'),
					from: one('from'),
					to: one('to'),
					origin: one('origin'),
					destination: one('destination'),
					answers: one('answers'),
					sender: one('sender'),
					envoys: list('envoys'),
					receiver: one('receiver'),
					tags: list('tags'),
					featured: fields.featured === true,
					start: toDecimalStart(positionOf(date, calendar).start),
					stop: toDecimalEnd(positionOf(end ?? date, calendar).end),
					tours: [],
					answeredBy: []
				});
				break;
			}
			case 'people': {
				if (!fields.role || !fields.name) break;
				order(fields.born, fields.died, 'died', 'a date on or after `born`');
				const reign = fields.reign as [HistDate, HistDate] | undefined;
				if (reign) order(reign[0], reign[1], 'reign', '[from, to] with `to` on or after `from`');
				model.people.push({
					...common,
					role: fields.role as Person['role'],
					born: fields.born as HistDate | undefined,
					died: fields.died as HistDate | undefined,
					circa,
					reign,
					events: []
				});
				break;
			}
			case 'places':
				if (typeof fields.lat !== 'number' || typeof fields.lon !== 'number') break;
				model.places.push({ ...common, lat: fields.lat, lon: fields.lon, events: [] });
				break;
			case 'polities':
				if (!fields.from) break;
				order(fields.from, fields.to, 'to', 'a date on or after `from`');
				model.polities.push({
					...common,
					from: fields.from as HistDate,
					to: fields.to as HistDate | undefined,
					circa,
					color: fields.color as string | undefined,
					seats: (fields.seats as Seat[] | undefined) ?? [],
					events: []
				});
				break;
			case 'tours':
				if (!fields.events) break;
				model.tours.push({ ...common, events: fields.events as string[] });
				break;
		}
	}
	link(
		model,
		(collection, id) => files_.get(`${collection}/${id}`) ?? `content/${collection}/${id}.kk.md`,
		rules,
		problems
	);
	return model;
}
