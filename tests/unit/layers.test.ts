// @vitest-environment node
/**
 * The layer rule is enforced by the lint: each fixture in tests/fixtures/layers/ is linted as if
 * it sat at the same path under src/lib/, and the rule must flag exactly its marked lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve('tests/fixtures/layers');
const MARK = '// breaks the layer rule';
// The project's config as is; only type information is off, as a fixture's path is not a real file.
const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfig: {
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: false } }
	}
});

const fixtures = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.(ts|svelte)$/.test(f))
	.map((f) => f.split(path.sep).join('/'))
	.sort();

async function lintAs(fixture: string) {
	const code = readFileSync(path.join(ROOT, fixture), 'utf8');
	const [result] = await eslint.lintText(code, { filePath: path.resolve('src/lib', fixture) });
	const fatal = result.messages.filter((msg) => msg.fatal);
	const flagged = result.messages.filter((msg) => msg.ruleId === 'no-restricted-imports');
	const marked = code.split('\n').flatMap((line, i) => (line.includes(MARK) ? [i + 1] : []));
	return { fatal, flagged, marked };
}

test('the fixtures cover every layer folder and both outcomes', async () => {
	const folders = new Set(fixtures.map((f) => f.split('/')[0]));
	for (const folder of [
		'domain',
		'content',
		'state',
		'i18n',
		'styles',
		'citations',
		'timeline',
		'map',
		'components',
		'modes'
	])
		expect(folders, folder).toContain(folder);
	const marks = fixtures.map((f) => readFileSync(path.join(ROOT, f), 'utf8').includes(MARK));
	expect(marks).toContain(true);
	expect(marks).toContain(false);
});

test('the normal lint run skips the fixtures', { timeout: 30_000 }, async () => {
	expect(await eslint.isPathIgnored(path.join(ROOT, fixtures[0]))).toBe(true);
});

describe.each(fixtures)('src/lib/%s', (fixture) => {
	test('the rule flags exactly the lines marked as breaking it', { timeout: 30_000 }, async () => {
		const { fatal, flagged, marked } = await lintAs(fixture);
		expect(fatal).toEqual([]);
		expect(flagged.map((msg) => msg.line)).toEqual(marked);
		for (const msg of flagged) expect(msg.message).toMatch(/CONTRIBUTING\.md/);
	});
});
