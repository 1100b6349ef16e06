/**
 * The only code that reads content/: finds the files, parses frontmatter, validates every
 * field against the schema, checks every reference and links the model (build-model.ts,
 * link.ts). It collects every problem before failing, so authors see them all at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { ContentModel, ContentProblem, Locale } from '$lib/domain/types';
import { EMPTY_RULES, parseBibliography, parseSourceRules } from './bibliography';
import { buildModel, emptyModel, type ParsedFile } from './build-model';
import { ContentError, showValue } from './problems';
import { COLLECTIONS, ID_PATTERN, type Collection } from './schema';

/** Files at the top of content/ that document the content rather than being content. */
export const DOCUMENTATION_FILES = ['README.md', 'GLOSSARY.md'];
/** Folders at the top of content/ that document the content: the guide's screenshots. */
export const DOCUMENTATION_FOLDERS = ['guide'];
/** Data files at the top of content/: the bibliography and the rules of evidence. */
export const DATA_FILES = ['bibliography.json', 'source-rules.yaml'];

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
	const names = top.map((e) => e.name);
	for (const name of DATA_FILES) {
		if (!names.includes(name)) {
			problems.push({
				file: relative(path.join(contentDir, name)),
				field: '(file)',
				expected: `the file content/${name}`,
				found: 'nothing'
			});
		}
	}
	const rulesText = await readFile(path.join(contentDir, 'source-rules.yaml'), 'utf8').catch(() => null);
	const rules = rulesText === null ? EMPTY_RULES : parseSourceRules(rulesText, problems);
	const bibText = await readFile(path.join(contentDir, 'bibliography.json'), 'utf8').catch(() => null);
	const works = bibText === null ? [] : parseBibliography(bibText, rules, problems);

	for (const entry of top) {
		const abs = path.join(contentDir, entry.name);
		if (entry.isFile() && [...DOCUMENTATION_FILES, ...DATA_FILES].includes(entry.name)) continue;
		if (entry.isDirectory() && DOCUMENTATION_FOLDERS.includes(entry.name)) continue;
		if (!entry.isDirectory() || !(entry.name in COLLECTIONS)) {
			problems.push({
				file: relative(abs),
				field: '(location)',
				expected: `a folder named ${Object.keys(COLLECTIONS).join(', ')} (or ${[...DOCUMENTATION_FILES, ...DATA_FILES, ...DOCUMENTATION_FOLDERS.map((f) => `${f}/`)].join(', ')})`,
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
				problems.push({
					file,
					field: '(location)',
					expected: `files directly in content/${collection}/`,
					found: 'a sub-folder'
				});
				continue;
			}
			const match = FILE_NAME.exec(name);
			if (!match) {
				problems.push({
					file,
					field: '(file name)',
					expected: '<id>.kk.md, <id>.ru.md or <id>.en.md directly in the folder',
					found: `"${name}"`
				});
				continue;
			}
			const [, id, locale] = match;
			if (!ID_PATTERN.test(id)) {
				problems.push({
					file,
					field: '(id)',
					expected: 'an id of lower-case ASCII letters, digits and hyphens',
					found: `"${id}"`
				});
				continue;
			}
			const parsed = parseFile(await readFile(fileAbs, 'utf8'), file, problems);
			if (parsed) files.push({ collection, id, locale: locale as Locale, file, ...parsed });
		}
	}
	const model = await buildModel(files, works, rules, problems);
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
		problems.push({
			file,
			field: '(frontmatter)',
			expected: 'a YAML block between two "---" lines at the top',
			found: 'none'
		});
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
