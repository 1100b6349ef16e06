#!/usr/bin/env tsx
/**
 * `npm run bench:relations`: the relations view with 100 polities and 5,000 acts, against the
 * usual D3 network (a d3-force layout drawn with d3-selection) on the same data, in the same
 * page and run. Prints figures; asserts nothing (timings on a shared 2-core machine are a
 * signal, not a test).
 *
 * A small page (scripts/bench-relations/) mounts the real RelationsView inside the shared state
 * with a synthetic corpus; Vite builds it into .bench/relations, scripts/serve.js serves it, and
 * headless Chromium (the tests' flags: software rendering) measures at 1280×720:
 *   layout + first draw   mount → the first frame drawn (median of 5 mounts)
 *   window change         the shared window set (as the timeline or the play button sets it)
 *                         → the next frame drawn, over 40 windows from a decade to two centuries
 *                         and the whole span; p50, p95 and max
 *   layout alone          counting the window's network and laying out its arcs, no DOM
 * Each window change is checked: the number of edges drawn must be the window's.
 * Options: --polities 100  --acts 5000  --runs 40
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freePort } from './chromium.js';
import { benchWindows } from './bench-relations/synthetic';

const ROOT = process.cwd();
const OUT = path.join(ROOT, '.bench', 'relations');
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const POLITIES = arg('polities', 100);
const ACTS = arg('acts', 5000);
const RUNS = arg('runs', 40);
const MOUNTS = 5;

type Bench = {
	info(): { polities: number; events: number; acts: number };
	mountAtlas(): Promise<number>;
	windowAtlas(from: number | null, to: number | null): Promise<number>;
	mountBaseline(): Promise<number>;
	windowBaseline(from: number | null, to: number | null): Promise<number>;
	layoutOnly(from: number | null, to: number | null): number;
	edgesDrawn(): number;
	renderMode(): string;
	expectedEdges(from: number | null, to: number | null): number;
	clear(): void;
};
declare global {
	interface Window {
		bench: Bench;
	}
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function buildPage() {
	console.log('bench: building the benchmark page …');
	await build({
		root: path.join(ROOT, 'scripts/bench-relations'),
		base: './',
		logLevel: 'error',
		plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
		resolve: { alias: { $lib: path.join(ROOT, 'src/lib') } },
		build: { outDir: OUT, emptyOutDir: true, minify: !args.includes('--debug') }
	});
}

async function serve(dir: string) {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', (c: Buffer) => c.toString().includes('http://') && resolve());
		child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function measure(page: Page, which: 'Atlas' | 'Baseline') {
	const windows = benchWindows(RUNS);
	const mounts: number[] = [];
	for (let i = 0; i < MOUNTS; i++) {
		mounts.push(await page.evaluate((w) => window.bench[`mount${w}`](), which));
		if (i < MOUNTS - 1) await page.evaluate(() => window.bench.clear());
	}
	const changes: number[] = [];
	const modes: Record<string, number[]> = {};
	for (const w of windows) {
		const from = w?.from ?? null;
		const to = w?.to ?? null;
		changes.push(await page.evaluate(([w, f, t]) => window.bench[`window${w}`](f, t), [which, from, to] as const));
		const [drawn, expected] = await page.evaluate(
			([f, t]) => [window.bench.edgesDrawn(), window.bench.expectedEdges(f, t)],
			[from, to] as const
		);
		if (drawn !== expected) throw new Error(`${which}: ${drawn} edges drawn for a window of ${expected}`);
		const mode = await page.evaluate(() => window.bench.renderMode());
		(modes[mode] ??= []).push(changes.at(-1)!);
	}
	const edgesAll = await page.evaluate(() => window.bench.expectedEdges(null, null));
	await page.evaluate(() => window.bench.clear());
	return { mounts, changes, edgesAll, modes };
}

async function main() {
	const { stdout: load } = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' });
	await buildPage();
	if (args.includes('--build-only')) return;
	const server = await serve(OUT);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
		const page = await context.newPage();
		page.on('pageerror', (e) => console.error('page error:', e));
		await page.goto(`${server.url}/?polities=${POLITIES}&acts=${ACTS}`);
		await page.waitForSelector('body[data-ready]', { state: 'attached' });
		const info = await page.evaluate(() => window.bench.info());
		const layout = await page.evaluate(
			(windows) => windows.map((w) => window.bench.layoutOnly(w?.from ?? null, w?.to ?? null)),
			benchWindows(RUNS)
		);
		const atlas = await measure(page, 'Atlas');
		const base = await measure(page, 'Baseline');
		const row = (label: string, a: string, b: string, ratio: string) =>
			console.log(`  ${label.padEnd(40)}${a.padEnd(30)}${b.padEnd(32)}${ratio}`);
		const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
		console.log(
			`\nRelations benchmark: ${info.polities} polities, ${info.acts} acts (${info.events} events), ${atlas.edgesAll} relations over the whole span;`
		);
		console.log(
			`headless Chromium, software rendering, 1280×720, 2 cores (load average ${load.split(' ').slice(0, 3).join(' ')})\n`
		);
		row('', 'atlas (arc diagram, Svelte)', 'baseline (d3-force + d3 join)', 'atlas / baseline');
		const med = (xs: number[]) => quantile(xs, 0.5);
		row(
			`layout + first draw (median of ${MOUNTS})`,
			ms(med(atlas.mounts)),
			ms(med(base.mounts)),
			ratio(med(atlas.mounts), med(base.mounts))
		);
		for (const [label, q] of [
			['window change → frame, p50', 0.5],
			['window change → frame, p95', 0.95]
		] as const)
			row(
				`${label} (${RUNS})`,
				ms(quantile(atlas.changes, q)),
				ms(quantile(base.changes, q)),
				ratio(quantile(atlas.changes, q), quantile(base.changes, q))
			);
		row('window change → frame, max', ms(Math.max(...atlas.changes)), ms(Math.max(...base.changes)), '');
		for (const [mode, times] of Object.entries(atlas.modes).sort())
			row(
				`  drawn as ${mode}: ${times.length}, p50 / p95`,
				`${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))}`,
				'',
				''
			);
		row('arc layout alone (no DOM), p50 / p95', `${ms(med(layout))} / ${ms(quantile(layout, 0.95))}`, '', '');
		const p95 = quantile(atlas.changes, 0.95);
		console.log(`\n  target: window change p95 ≤ 50 ms — ${p95 <= 50 ? 'met' : 'NOT met'} (${ms(p95)})`);
		await context.close();
	} finally {
		await browser.close();
		server.stop();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
