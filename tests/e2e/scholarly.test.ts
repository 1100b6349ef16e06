/**
 * The built site as a historian would check it (issue #11): no research notes, line numbers or
 * refused hosts anywhere a visitor can see them; every event page cites works with locators
 * and shows its confidence; the Sources page lists every work with what cites it; the
 * downloads are what reference managers import; Old Style dates read as historians write them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSourceRules } from '../../src/lib/content/bibliography';
import { buildDir } from './harness';

const dir = buildDir();
// The content the site was built from (benchmarks and development builds use another folder).
const content = path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
const rules = parseSourceRules(readFileSync(path.join(content, 'source-rules.yaml'), 'utf8'), []);

function files(root: string, keep: (f: string) => boolean): string[] {
	return readdirSync(root).flatMap((name) => {
		const full = path.join(root, name);
		if (statSync(full).isDirectory()) return name === '_app' && root === dir ? [] : files(full, keep);
		return keep(name) ? [full] : [];
	});
}
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
/** What a visitor can read or hear: text and the attributes shown or spoken, without scripts and styles. */
const visible = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(
			/<(?:[^>"']|"[^"]*"|'[^']*')*>/g,
			(tag) => ' ' + [...tag.matchAll(/\b(?:title|alt|aria-label|content)="([^"]*)"/g)].map((m) => m[1]).join(' ') + ' '
		);
const eventIds = readdirSync(path.join(content, 'events'))
	.filter((f) => f.endsWith('.kk.md'))
	.map((f) => f.replace(/\.kk\.md$/, ''));
const works = JSON.parse(readFileSync(path.join(content, 'bibliography.json'), 'utf8')) as { id: string }[];

describe('what a visitor can see', () => {
	const pages = files(dir, (f) => f.endsWith('.html'));
	const data = files(dir, (f) => /\.(json|xml|bib|ris|txt|webmanifest)$/.test(f));
	test('the built site has pages in every language', () => {
		for (const lang of ['kk', 'ru', 'en'])
			expect(pages.filter((p) => p.includes(`/${lang}/`)).length).toBeGreaterThan(100);
	});
	test('no page talks of the "seed", the dissertation\'s line numbers or how the text was prepared', () => {
		const bad: string[] = [];
		for (const file of pages) {
			const text = visible(readFileSync(file, 'utf8'));
			for (const pattern of [
				/\bseed\b/i,
				/\blines? \d+\s*[-–]\s*\d+/i,
				/строк[аи]? \d+/i,
				/\d+\s*[-–]\s*\d+\s*жол/i,
				/wikipedia (?:gives|says|article)/i
			]) {
				const hit = pattern.exec(text);
				if (hit) bad.push(`${path.relative(dir, file)}: "${hit[0]}"`);
			}
		}
		expect(bad).toEqual([]);
	});
	test('no page, data file or download names a refused host', () => {
		const bad: string[] = [];
		for (const file of [...pages, ...data]) {
			const text = readFileSync(file, 'utf8');
			for (const { host } of rules.refused) {
				if (new RegExp(`(?:^|[/.@\\s"'])${host.replace(/\./g, '\\.')}(?:[/:"'\\s]|$)`, 'i').test(text))
					bad.push(`${path.relative(dir, file)}: ${host}`);
			}
		}
		expect(bad).toEqual([]);
	});
});

describe('every event page cites and weighs its evidence', () => {
	test.each(['kk', 'ru', 'en'])('in %s', (lang) => {
		const missing: string[] = [];
		for (const id of eventIds) {
			const html = read(`${lang}/events/${id}/index.html`);
			const sources = /<section class="sources[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
			// The numbered list holds the citations; further reading (no locator) follows it in its own list.
			const cited = /<ol\b[\s\S]*?<\/ol>/.exec(sources)?.[0] ?? '';
			const items = [...cited.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
			if (!items.length) missing.push(`${id}: no citation`);
			if (items.some((item) => !/class="locator[^"]*"[^>]*>[^<]*\S/.test(item)))
				missing.push(`${id}: a citation without a locator`);
			if (!/data-confidence="(high|medium|low)"/.test(html)) missing.push(`${id}: no confidence`);
		}
		expect(missing).toEqual([]);
	});
});

describe('the Sources page and the downloads', () => {
	test.each(['kk', 'ru', 'en'])('%s: every work once, each with what cites it', (lang) => {
		const html = read(`${lang}/sources/index.html`);
		for (const { id } of works) expect(html, id).toContain(`id="${id}"`);
		const items = [
			...html.matchAll(/<li id="([^"]+)"[^>]*>([\s\S]*?)<\/li>\s*(?=<!--[^>]*-->\s*)*(?=<li id=|<!--|<\/ol>)/g)
		];
		expect(items.length).toBe(works.length);
		const uncited = items.filter(
			([, , body]) => !/href="\/[a-z]{2}\/(events|people|places|tours)\/|href="\/[a-z]{2}\/\?polity=/.test(body)
		);
		expect(uncited.map(([, id]) => id)).toEqual([]);
	});
	test('CSL-JSON, BibTeX and RIS hold every work', () => {
		const csl = JSON.parse(read('bibliography/steppe-diplomacy-atlas.json')) as { id: string }[];
		expect(csl.map((w) => w.id).sort()).toEqual(works.map((w) => w.id).sort());
		const bib = read('bibliography/steppe-diplomacy-atlas.bib');
		expect(bib.match(/^@\w+\{/gm)).toHaveLength(works.length);
		const ris = read('bibliography/steppe-diplomacy-atlas.ris');
		expect(ris.match(/^TY {2}- /gm)).toHaveLength(works.length);
		expect(ris.match(/^ER {2}-/gm)).toHaveLength(works.length);
	});
	test.each(['kk', 'ru', 'en'])('"How this atlas is made" exists in %s and explains confidence', (lang) => {
		const html = read(`${lang}/about/index.html`);
		expect(html).toContain('id="confidence"');
		expect(visible(html)).toMatch(/GOST|ГОСТ|МЕМСТ/);
	});
});

describe('Old Style dates', () => {
	test.each([
		['en', '10 (21) October 1731'],
		['ru', '10 (21) октября 1731 г.'],
		['kk', '1731 ж. 10 (21) қазан']
	])('the oath of 1731 in %s reads "%s"', (lang, text) => {
		const html = read(`${lang}/events/1731-abulkhair-oath/index.html`);
		expect(/data-testid="event-date"[\s\S]*?<span class="text[^"]*">([^<]*)</.exec(html)?.[1]).toBe(text);
	});
});
