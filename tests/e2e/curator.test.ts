/**
 * A curator adds one valid event file, with no code change: after a build it is on the list,
 * on its own page in three languages and linked from its person's page. And one bad file
 * stops the build with a message naming it.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'atlas-curator-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(content: string, out: string) {
	return run('npx', ['vite', 'build'], {
		env: { ...process.env, ATLAS_CONTENT_DIR: content, ATLAS_BUILD_DIR: out, ATLAS_KIT_DIR: '.svelte-kit-curator' },
		maxBuffer: 64 * 1024 * 1024
	});
}

test('a new event file appears everywhere it should', { timeout: 300_000 }, async () => {
	const content = path.join(work, 'content');
	cpSync('tests/fixtures/content', content, { recursive: true });
	writeFileSync(
		path.join(content, 'events/1600-curator-added.kk.md'),
		'---\ntitle: Куратор қосқан оқиға\nsummary: Жаңа файл.\ndate: 1600\nkind: letter\nfrom: test-khanate\nto: test-empire\nconfidence: medium\npeople: [test-khan]\nplaces: [test-city]\nsources: [{ work: test-chronicle, page: "12" }]\n---\nМәтін.\n'
	);
	writeFileSync(
		path.join(content, 'events/1600-curator-added.en.md'),
		'---\ntitle: An event a curator added\nsummary: A new file.\n---\nText.\n'
	);
	const out = path.join(work, 'site');
	await build(content, out);
	for (const lang of ['kk', 'ru', 'en']) {
		expect(existsSync(path.join(out, lang, 'events/1600-curator-added/index.html')), lang).toBe(true);
		expect(readFileSync(path.join(out, lang, 'events/index.html'), 'utf8')).toContain('/events/1600-curator-added/');
		expect(readFileSync(path.join(out, lang, 'people/test-khan/index.html'), 'utf8')).toContain(
			`/${lang}/events/1600-curator-added/`
		);
	}
	expect(readFileSync(path.join(out, 'en/events/1600-curator-added/index.html'), 'utf8')).toContain(
		'An event a curator added'
	);
	// Russian has no translation: the Kazakh title with a note in Russian.
	const ru = readFileSync(path.join(out, 'ru/events/1600-curator-added/index.html'), 'utf8');
	expect(ru).toContain('Куратор қосқан оқиға');
	expect(ru).toContain('Перевода этого текста на русский пока нет');
});

test('a bad file stops the build and names file and field', { timeout: 300_000 }, async () => {
	const content = path.join(work, 'bad', 'content');
	cpSync('tests/fixtures/content', content, { recursive: true });
	writeFileSync(
		path.join(content, 'events/1601-bad.kk.md'),
		'---\ntitle: T\nsummary: S\ndate: 1601\nkind: picnic\nconfidence: high\nsources: [{ work: test-chronicle, page: "1" }]\n---\n'
	);
	const result = await run('npm', ['run', '-s', 'check:content'], {
		env: { ...process.env, ATLAS_CONTENT_DIR: content }
	}).catch((e) => e);
	expect(result.code).toBe(1);
	expect(result.stderr).toMatch(/content\/events\/1601-bad\.kk\.md: kind: expected one of embassy/);
	const built = await build(content, path.join(work, 'bad-site')).catch((e) => e);
	expect(built).toBeInstanceOf(Error);
	expect(String(built.stderr) + String(built.stdout)).toMatch(/1601-bad\.kk\.md/);
});
