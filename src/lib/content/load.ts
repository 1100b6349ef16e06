/**
 * The only code that reads content/: finds the files, parses frontmatter, validates every
 * field against the schema, checks every reference and links the model. It collects every
 * problem before failing, so authors see them all at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { toDecimalEnd, toDecimalStart, compareHistDates, type HistDate } from '../domain/dates';
import { LOCALES, type Locale } from '../i18n/locales';
import { findUnsafe, renderBody } from './body';
import { ContentError, showValue } from './problems';
import { COLLECTIONS, ID_PATTERN, type Collection, type FieldSpec } from './schema';
import type {
	ContentModel,
	ContentProblem,
	EventEntry,
	LocalText,
	Person,
	Texts
} from './types';

/** Files at the top of content/ that document the content rather than being content. */
export const DOCUMENTATION_FILES = ['README.md', 'GLOSSARY.md'];

interface ParsedFile {
	collection: Collection;
	id: string;
	locale: Locale;
	/** Project-relative path, as shown to authors. */
	file: string;
	data: Record<string, unknown>;
	body: string;
}

export interface LoadResult {
	model: ContentModel;
	problems: ContentProblem[];
}

const FILE_NAME = /^(.+)\.(kk|ru|en)\.md$/;

/** Loads and validates; never throws for bad content (see loadContent). */
export async function inspectContent(contentDir: string, projectDir = path.dirname(contentDir)): Promise<LoadResult> {
	const problems: ContentProblem[] = [];
	const relative = (abs: string) => path.relative(projectDir, abs).split(path.sep).join('/');
	const files: ParsedFile[] = [];

	const top = await readdir(contentDir, { withFileTypes: true }).catch(() => null);
	if (!top) {
		problems.push({ file: relative(contentDir), field: '(folder)', expected: 'a content folder', found: 'nothing' });
		return { model: emptyModel(), problems };
	}
	for (const entry of top) {
		const abs = path.join(contentDir, entry.name);
		if (entry.isFile() && DOCUMENTATION_FILES.includes(entry.name)) continue;
		if (!entry.isDirectory() || !(entry.name in COLLECTIONS)) {
			problems.push({
				file: relative(abs),
				field: '(location)',
				expected: `a folder named ${Object.keys(COLLECTIONS).join(', ')} (or ${DOCUMENTATION_FILES.join(', ')})`,
				found: entry.isDirectory() ? 'an unknown folder' : 'a file outside the collection folders'
			});
			continue;
		}
		const collection = entry.name as Collection;
		const children = (await readdir(abs, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
		for (const child of children) {
			const name = child.name;
			const fileAbs = path.join(abs, name);
			const file = relative(fileAbs);
			if (!child.isFile()) {
				problems.push({ file, field: '(location)', expected: `files directly in content/${collection}/`, found: 'a sub-folder' });
				continue;
			}
			const match = FILE_NAME.exec(name);
			if (!match) {
				problems.push({ file, field: '(file name)', expected: '<id>.kk.md, <id>.ru.md or <id>.en.md directly in the folder', found: `"${name}"` });
				continue;
			}
			const [, id, locale] = match;
			if (!ID_PATTERN.test(id)) {
				problems.push({ file, field: '(id)', expected: 'an id of lower-case ASCII letters, digits and hyphens', found: `"${id}"` });
				continue;
			}
			const parsed = parseFile(await readFile(fileAbs, 'utf8'), file, problems);
			if (parsed) files.push({ collection, id, locale: locale as Locale, file, ...parsed });
		}
	}
	const model = await buildModel(files, problems);
	return { model, problems };
}

/** Loads content or throws ContentError listing every problem. */
export async function loadContent(contentDir: string, projectDir?: string): Promise<ContentModel> {
	const { model, problems } = await inspectContent(contentDir, projectDir);
	if (problems.length) throw new ContentError(problems);
	return model;
}

function parseFile(raw: string, file: string, problems: ContentProblem[]) {
	const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n?---(?:\n|$)([\s\S]*)$/.exec(text);
	if (!match) {
		problems.push({ file, field: '(frontmatter)', expected: 'a YAML block between two "---" lines at the top', found: 'none' });
		return null;
	}
	const doc = parseDocument(match[1], { uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length) {
		for (const error of doc.errors) {
			problems.push({ file, field: '(frontmatter)', expected: 'valid YAML', found: error.message.split('\n')[0] });
		}
		return null;
	}
	const data = doc.toJS() as unknown;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({ file, field: '(frontmatter)', expected: 'a YAML mapping of fields', found: showValue(data) });
		return null;
	}
	return { data: data as Record<string, unknown>, body: match[2] };
}

/** Validates one file's fields against its collection; returns the parsed values. */
function validateFields(f: ParsedFile, problems: ContentProblem[]): Record<string, unknown> {
	const specs = COLLECTIONS[f.collection] as Record<string, FieldSpec>;
	const isBase = f.locale === 'kk';
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(f.data)) {
		const spec = specs[key];
		if (!spec) {
			problems.push({ file: f.file, field: key, expected: `one of the fields ${Object.keys(specs).join(', ')}`, found: 'an unknown field' });
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
		const result = spec.schema.safeParse(value);
		if (result.success) out[key] = result.data;
		else problems.push({ file: f.file, field: key, expected: spec.expected, found: showValue(value) });
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

function translatableNames(specs: Record<string, FieldSpec>): string {
	return Object.entries(specs)
		.filter(([, s]) => s.translatable)
		.map(([k]) => k)
		.join(', ');
}

function emptyModel(): ContentModel {
	return { events: [], people: [], places: [], polities: [], tours: [] };
}

type Fields = Record<string, unknown>;

async function buildModel(files: ParsedFile[], problems: ContentProblem[]): Promise<ContentModel> {
	const groups = new Map<string, { base?: { f: ParsedFile; fields: Fields }; texts: Partial<Record<Locale, LocalText>> }>();
	for (const f of files) {
		const fields = validateFields(f, problems);
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
	for (const [key, group] of groups) {
		if (!group.base) {
			for (const locale of LOCALES) {
				const t = group.texts[locale];
				if (t) problems.push({ file: t.file, field: '(file)', expected: `a base file ${key.replace(/^(\w+)\//, 'content/$1/')}.kk.md beside this translation`, found: 'no Kazakh base file' });
			}
			continue;
		}
		const { f, fields } = group.base;
		const texts = group.texts as Texts;
		const sources = (fields.sources as string[] | undefined) ?? [];
		const circa = fields.circa === true;
		const order = (a: unknown, b: unknown, field: string, expected: string) => {
			if (a && b && compareHistDates(a as HistDate, b as HistDate) > 0) {
				problems.push({ file: f.file, field, expected, found: 'an earlier date' });
			}
		};
		switch (f.collection) {
			case 'events': {
				if (!fields.date || !fields.kind || !fields.title) break;
				const date = fields.date as HistDate;
				const end = fields.end as HistDate | undefined;
				order(date, end, 'end', 'a date on or after `date`');
				model.events.push({
					id: f.id,
					texts,
					sources,
					date,
					end,
					circa,
					kind: fields.kind as EventEntry['kind'],
					people: (fields.people as string[]) ?? [],
					parties: (fields.parties as string[]) ?? [],
					places: (fields.places as string[]) ?? [],
					route: (fields.route as string[]) ?? [],
					tags: (fields.tags as string[]) ?? [],
					featured: fields.featured === true,
					start: toDecimalStart(date),
					stop: toDecimalEnd(end ?? date),
					tours: []
				});
				break;
			}
			case 'people': {
				if (!fields.role || !fields.name) break;
				order(fields.born, fields.died, 'died', 'a date on or after `born`');
				const reign = fields.reign as [HistDate, HistDate] | undefined;
				if (reign) order(reign[0], reign[1], 'reign', '[from, to] with `to` on or after `from`');
				model.people.push({
					id: f.id, texts, sources, role: fields.role as Person['role'],
					born: fields.born as HistDate | undefined, died: fields.died as HistDate | undefined,
					circa, reign, events: []
				});
				break;
			}
			case 'places':
				if (typeof fields.lat !== 'number' || typeof fields.lon !== 'number') break;
				model.places.push({ id: f.id, texts, sources, lat: fields.lat, lon: fields.lon, events: [] });
				break;
			case 'polities':
				if (!fields.from) break;
				order(fields.from, fields.to, 'to', 'a date on or after `from`');
				model.polities.push({
					id: f.id, texts, sources, from: fields.from as HistDate, to: fields.to as HistDate | undefined,
					circa, color: fields.color as string | undefined, events: []
				});
				break;
			case 'tours':
				if (!fields.events) break;
				model.tours.push({ id: f.id, texts, sources, events: fields.events as string[] });
				break;
		}
	}
	link(model, groups, problems);
	return model;
}

/** Checks every reference and fills in the reverse links. */
function link(model: ContentModel, groups: Map<string, { base?: { f: ParsedFile } }>, problems: ContentProblem[]) {
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
	const people = byId(model.people);
	const places = byId(model.places);
	const polities = byId(model.polities);
	const events = byId(model.events);
	const fileOf = (collection: string, id: string) => groups.get(`${collection}/${id}`)!.base!.f.file;

	const check = <T extends { events: string[] }>(
		owner: EventEntry,
		field: string,
		ids: string[],
		targets: Map<string, T>,
		folder: string
	) => {
		for (const id of ids) {
			const target = targets.get(id);
			if (!target) {
				problems.push({
					file: fileOf('events', owner.id),
					field,
					expected: `ids of files in content/${folder}`,
					found: `"${id}", which has no file content/${folder}/${id}.kk.md`
				});
			} else if (!target.events.includes(owner.id)) target.events.push(owner.id);
		}
	};

	model.events.sort((a, b) => a.start - b.start || a.stop - b.stop || (a.id < b.id ? -1 : 1));
	for (const event of model.events) {
		check(event, 'people', event.people, people, 'people');
		check(event, 'parties', event.parties, polities, 'polities');
		check(event, 'places', event.places, places, 'places');
		check(event, 'route', event.route, places, 'places');
	}
	for (const tour of model.tours) {
		for (const id of tour.events) {
			const event = events.get(id);
			if (!event) {
				problems.push({ file: fileOf('tours', tour.id), field: 'events', expected: 'ids of files in content/events', found: `"${id}", which has no file content/events/${id}.kk.md` });
			} else if (!event.tours.includes(tour.id)) event.tours.push(tour.id);
		}
	}
	const byName = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
	model.people.sort(byName);
	model.places.sort(byName);
	model.polities.sort((a, b) => compareHistDates(a.from, b.from) || byName(a, b));
	model.tours.sort(byName);
}
