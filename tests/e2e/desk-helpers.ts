/**
 * The curator's desk under test: built once into a temporary folder, served on 127.0.0.1, and
 * given a repository without a folder picker through Sveltia's own test backend, which reads
 * and writes the browser's private file system (we fill it with a content folder first).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { freePort } from '../../scripts/chromium.js';

const run = promisify(execFile);
/** Where Sveltia's test backend keeps its repository in the origin private file system. */
const TEST_REPO_DIR = 'sveltia-cms-test';

export interface Desk {
	url: string;
	close(): Promise<void>;
}

export async function buildDesk(): Promise<Desk> {
	const dir = mkdtempSync(path.join(tmpdir(), 'atlas-desk-'));
	await run('npx', ['vite', 'build', '--config', 'src/desk/vite.config.ts', '--logLevel', 'error'], {
		env: { ...process.env, ATLAS_DESK_OUT: path.join(dir, 'admin') },
		maxBuffer: 64 * 1024 * 1024
	});
	const assets = sirv(dir, { dev: true });
	const server: Server = createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	const port = await freePort();
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${port}/admin/`,
		close: async () => {
			await new Promise((resolve) => server.close(resolve));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Every content file of a content folder (Markdown and the bibliography), keyed by repository path. */
export function contentFiles(dir: string, prefix = 'content'): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir)) {
		const abs = path.join(dir, name);
		if (statSync(abs).isDirectory()) Object.assign(out, contentFiles(abs, `${prefix}/${name}`));
		else if (/\.(kk|ru|en)\.md$|^bibliography\.json$/.test(name)) out[`${prefix}/${name}`] = readFileSync(abs, 'utf8');
	}
	return out;
}

export interface OpenedDesk {
	page: Page;
	external: string[];
	errors: string[];
}

/**
 * Opens the desk. With `repository`, the generated configuration is served with Sveltia's test
 * backend in place of the Git host, and the repository is those files.
 */
export async function openDesk(browser: Browser, desk: Desk, repository?: Record<string, string>): Promise<OpenedDesk> {
	const context = await browser.newContext({
		viewport: { width: 1600, height: 1000 },
		locale: 'en-US',
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	const external: string[] = [];
	const errors: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.hostname !== '127.0.0.1' && !['data:', 'blob:', 'about:'].includes(url.protocol)) external.push(req.url());
	});
	page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
	page.on('pageerror', (err) => errors.push(String(err)));
	if (repository) {
		await page.route('**/admin/config.json', async (route) => {
			// Once more if the desk's server drops the connection (a kept-alive socket it closed, on a slow host).
			const config = await (await route.fetch().catch(() => route.fetch())).json();
			await route.fulfill({ json: { ...config, backend: { name: 'test-repo' } } });
		});
		await page.goto(desk.url + 'config.json');
		await page.evaluate(
			async ({ files, top }) => {
				const root = await navigator.storage.getDirectory();
				await root.removeEntry(top, { recursive: true }).catch(() => {});
				const repo = await root.getDirectoryHandle(top, { create: true });
				for (const [file, text] of Object.entries(files)) {
					const parts = file.split('/');
					let dir = repo;
					for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
					const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
					await writable.write(text);
					await writable.close();
				}
			},
			{ files: repository, top: TEST_REPO_DIR }
		);
	}
	await page.goto(desk.url);
	if (repository) await page.getByRole('button', { name: /test repository/i }).click();
	return { page, external, errors };
}

/** A file the desk saved, read back from its repository. */
export function readSaved(page: Page, file: string): Promise<string | null> {
	return page.evaluate(
		async ({ file, top }) => {
			let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(top);
			const parts = file.split('/');
			try {
				for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
				return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
			} catch {
				return null;
			}
		},
		{ file, top: TEST_REPO_DIR }
	);
}

/**
 * The form draws fields as they scroll into view: scrolls the editing pane down until the field
 * with this key path is drawn, and returns it.
 */
export async function field(page: Page, keyPath: string) {
	const section = page.locator(`section[data-key-path="${keyPath}"]`).first();
	for (let i = 0; i < 60 && !(await section.count()); i++) {
		await page.mouse.move(300, 600);
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(50);
	}
	await section.scrollIntoViewIfNeeded();
	return section;
}

/** Shows a language in the editing (left) pane, back at the top of the form. */
export async function editLanguage(page: Page, locale: string) {
	await page.locator('[aria-label="Switch Locale"]').first().locator(`button[data-value="${locale}"]`).click();
	await page.mouse.move(300, 600);
	await page.mouse.wheel(0, -100_000);
	await page.waitForTimeout(200);
}

/** The key paths of the top-level fields the editing pane draws, from top to bottom. */
export async function formKeyPaths(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.mouse.move(300, 600);
	await page.mouse.wheel(0, -100_000);
	for (let i = 0; i < 80; i++) {
		const paths = await page
			.locator('section[data-key-path]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-key-path')!));
		const before = seen.length;
		for (const p of paths) if (!p.includes('.') && !seen.includes(p)) seen.push(p);
		if (seen.includes('body') && seen.length === before) break;
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(50);
	}
	return seen;
}
