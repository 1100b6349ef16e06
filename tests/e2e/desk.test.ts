/**
 * The curator's desk in a browser: it opens on this machine with the local-repository option,
 * lists every collection, opens an event in Kazakh, Russian and English with the schema's
 * fields and a preview drawn like its page, and writes a new event in the files the build
 * reads (compared with tests/fixtures/desk-output, which the build test publishes; after a
 * deliberate change of the desk's output, UPDATE_DESK_OUTPUT=1 rewrites them). No console
 * error, no request leaving 127.0.0.1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/schema';
import { builtPages } from './built-site';
import { buildDir, launch, screenshot } from './harness';
import {
	buildDesk,
	contentFiles,
	editLanguage,
	field,
	formKeyPaths,
	openDesk,
	readSaved,
	type Desk
} from './desk-helpers';

let browser: Browser;
let desk: Desk;
// The fixture content, with a Russian file for its embassy so one event has all three languages.
const repository = {
	...contentFiles('tests/fixtures/content'),
	'content/events/1594-test-embassy.ru.md':
		'---\ntitle: Испытательное посольство\nsummary: Событие для тестов.\n---\nРусский текст.\n'
};

beforeAll(async () => {
	[browser, desk] = await Promise.all([launch(), buildDesk()]);
}, 300_000);
afterAll(async () => {
	await browser?.close();
	await desk?.close();
});

test('the desk opens on this machine and offers to work on the local clone', async () => {
	const { page, external, errors } = await openDesk(browser, desk);
	await expect.poll(() => page.getByRole('button', { name: 'Work with Local Repository' }).count()).toBe(1);
	await page.waitForTimeout(1000); // let the sign-in screen finish fading in for the guide's picture
	await screenshot(page, 'desk-sign-in');
	expect(external).toEqual([]);
	expect(errors).toEqual([]);
	await page.context().close();
});

test('every collection, and an event in three languages with the schema’s fields', async () => {
	const { page, external, errors } = await openDesk(browser, desk, repository);
	const count = (label: string) => page.locator(`[role="treeitem"][data-label="${label}"] .count`).textContent();
	for (const [label, n] of [
		['Events', 3],
		['People', 1],
		['Places', 2],
		['Polities', 2],
		['Tours', 1],
		['Bibliography', 1]
	] as const) {
		await expect.poll(() => count(label)).toBe(String(n));
	}
	await screenshot(page, 'desk-collections');

	await page.goto(desk.url + '#/collections/events/entries/1594-test-embassy');
	await expect
		.poll(() => page.locator('section[data-key-path="title"] input').first().inputValue())
		.toBe('Сынақ елшілігі');
	expect(await formKeyPaths(page)).toEqual([...Object.keys(COLLECTIONS.events), 'body']);
	const preview = page.frameLocator('iframe').first();
	await expect.poll(() => preview.locator('[data-part="header"] h1').textContent()).toBe('Сынақ елшілігі');
	expect(await preview.locator('[data-part="header"] .date').textContent()).toMatch(/1594.*1595/);
	await screenshot(page, 'desk-event-kk');
	// Kazakh and Russian side by side; the right pane shows any language or the preview.
	const rightPane = page.locator('[aria-label="Switch Locale"]').nth(1);
	await rightPane.locator('button[data-value="ru"]').click();
	await expect
		.poll(() => page.locator('section[data-key-path="title"] input').nth(1).inputValue())
		.toBe('Испытательное посольство');
	await page.mouse.move(300, 600);
	await page.mouse.wheel(0, -100_000);
	await screenshot(page, 'desk-event-kk-ru');
	await rightPane.locator('button[data-value="_preview"], button:has-text("Preview")').first().click();

	const translatable = [
		...Object.entries(COLLECTIONS.events)
			.filter(([, s]) => s.translatable)
			.map(([k]) => k),
		'body'
	];
	for (const [locale, title] of [
		['ru', 'Испытательное посольство'],
		['en', 'Test embassy']
	]) {
		await editLanguage(page, locale);
		await expect.poll(() => page.locator('section[data-key-path="title"] input').first().inputValue()).toBe(title);
		expect(await formKeyPaths(page), locale).toEqual(translatable);
	}
	await screenshot(page, 'desk-event-en');
	expect(external).toEqual([]);
	expect(errors).toEqual([]);
	await page.context().close();
});

test('the bibliography opens as one list of works, each with its key and title', async () => {
	const { page, external, errors } = await openDesk(browser, desk, repository);
	await page.locator('[role="treeitem"][data-label="Bibliography"]').waitFor();
	await page.goto(desk.url + '#/collections/bibliography/entries/works');
	await expect.poll(() => page.locator('section[data-key-path="works"]').count()).toBeGreaterThan(0);
	for (const work of ['test-chronicle — A Chronicle for Tests', 'test-documents — Documents for Tests']) {
		await expect.poll(() => page.getByText(work).count(), { message: work }).toBeGreaterThan(0);
	}
	await screenshot(page, 'desk-bibliography');
	expect(external).toEqual([]);
	expect(errors).toEqual([]);
	await page.context().close();
});

test('a new event, written in three languages, is saved as the files the build reads', async () => {
	const { page, external, errors } = await openDesk(browser, desk, repository);
	await page.locator('[role="treeitem"][data-label="Events"]').waitFor();
	await page.goto(desk.url + '#/collections/events/new');
	await page.getByRole('textbox', { name: 'Slug' }).fill('1600-desk-letter');
	const fill = async (keyPath: string, value: string) =>
		(await field(page, keyPath)).locator('input, textarea').first().fill(value);
	// A choice is pressed until it shows as chosen: under load the editor can still be wiring a
	// field (its options arrive from the other collections) when the first press lands.
	const choose = async (keyPath: string, value: string) => {
		const option = (await field(page, keyPath)).locator(`button[role="radio"][data-value="${value}"]`);
		await expect
			.poll(async () => {
				if ((await option.getAttribute('aria-checked')) !== 'true') await option.click();
				return option.getAttribute('aria-checked');
			})
			.toBe('true');
	};

	await fill('title', 'Үстелден жазылған хат');
	await fill('summary', 'Куратор үстелінде жазылған сынақ хаты.');
	// A date outside the grammar is refused with the validator's own wording.
	await fill('date', '1600/05');
	await page.getByRole('button', { name: 'Save' }).click();
	const dateError = (await field(page, 'date')).locator('[id$="-error"], .validation');
	await expect.poll(() => dateError.first().textContent()).toContain(COLLECTIONS.events.date.expected);
	await screenshot(page, 'desk-date-error');
	await fill('date', '1600-05');
	await choose('kind', 'letter');
	await choose('confidence', 'high');
	await choose('from', 'test-khanate');
	await choose('to', 'test-empire');
	await choose('sender', 'test-khan');
	await (await field(page, 'sources')).getByRole('button', { name: /Add/ }).click();
	await choose('sources.0.work', 'test-documents');
	await fill('sources.0.document', '2');
	await fill('sources.0.page', '7');
	// The body editor hands its text to the entry a moment after typing stops.
	const writeBody = async (text: string) => {
		const editor = (await field(page, 'body')).locator('[contenteditable="true"]');
		await editor.fill(text);
		await expect.poll(() => page.frameLocator('iframe').first().locator('.body').textContent()).toContain(text);
	};
	await writeBody('Хаттың мәтіні.');
	for (const [locale, title, summary, body] of [
		['ru', 'Письмо, написанное за столом', 'Тестовое письмо, написанное за столом куратора.', 'Текст письма.'],
		['en', 'A letter written at the desk', 'A test letter written at the curator’s desk.', 'The letter’s text.']
	]) {
		await editLanguage(page, locale);
		await fill('title', title);
		await fill('summary', summary);
		await writeBody(body);
	}
	await screenshot(page, 'desk-new-event');
	await page.getByRole('button', { name: 'Save' }).click();

	for (const locale of ['kk', 'ru', 'en']) {
		const file = `content/events/1600-desk-letter.${locale}.md`;
		await expect.poll(() => readSaved(page, file)).not.toBeNull();
		const expected = `tests/fixtures/desk-output/events/1600-desk-letter.${locale}.md`;
		if (process.env.UPDATE_DESK_OUTPUT) writeFileSync(expected, (await readSaved(page, file))!);
		expect(await readSaved(page, file), file).toBe(readFileSync(expected, 'utf8'));
	}
	expect(external).toEqual([]);
	expect(errors).toEqual([]);
	await page.context().close();
});

test('the public build carries no desk, links to none and never precaches it', () => {
	const dir = buildDir();
	expect(existsSync(path.join(dir, 'admin'))).toBe(false);
	const files = [...builtPages(dir), path.join(dir, 'sitemap.xml')];
	for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/["'/]admin\//);
	const worker = readFileSync(path.join(dir, 'service-worker.js'), 'utf8');
	expect(worker).not.toMatch(/"\/admin\/[^"]+"/);
	expect(worker).not.toMatch(/sveltia/i);
});
