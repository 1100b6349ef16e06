/**
 * An event a curator wrote at the desk (the files its browser test saved), with no code
 * change: after a build it is on the list, on its own page in three languages, on the
 * timeline, linked from its person's page and its work's entry. And one bad file stops the
 * build with a message naming it.
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

test('an event written at the desk appears everywhere it should', { timeout: 300_000 }, async () => {
	const content = path.join(work, 'content');
	cpSync('tests/fixtures/content', content, { recursive: true });
	// The files the curator's desk saved in its browser test (tests/e2e/desk.test.ts), as they are.
	cpSync('tests/fixtures/desk-output', content, { recursive: true });
	const out = path.join(work, 'site');
	await build(content, out);
	const page = (file: string) => readFileSync(path.join(out, file), 'utf8');
	const titles = {
		kk: 'Үстелден жазылған хат',
		ru: 'Письмо, написанное за столом',
		en: 'A letter written at the desk'
	};
	for (const lang of ['kk', 'ru', 'en'] as const) {
		expect(existsSync(path.join(out, lang, 'events/1600-desk-letter/index.html')), lang).toBe(true);
		expect(page(`${lang}/events/1600-desk-letter/index.html`)).toContain(titles[lang]);
		expect(page(`${lang}/events/index.html`)).toContain('/events/1600-desk-letter/');
		// The sender is one of its people; the explorer's timeline has its mark; its work lists it.
		expect(page(`${lang}/people/test-khan/index.html`)).toContain(`/${lang}/events/1600-desk-letter/`);
		expect(page(`${lang}/index.html`)).toContain('data-event-id="1600-desk-letter"');
		expect(page(`${lang}/sources/index.html`)).toContain(`/${lang}/events/1600-desk-letter/`);
	}
	expect(page('en/events/1600-desk-letter/index.html')).toContain('The letter’s text.');
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
