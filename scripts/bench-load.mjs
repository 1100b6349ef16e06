#!/usr/bin/env node
/**
 * `npm run bench:load`: how long a page blocks the main thread as it loads, measured directly
 * (prints figures; not a test). Lighthouse simulates its timings from one trace, and on a shared
 * 2-core host its explorer FCP swings by a second between runs of one build; this reads the
 * tasks themselves. Each build directory is served side by side and loaded in turn (fresh
 * context, 4× CPU slowdown, a phone's 412×823 by default), traced for 7 s after `load`:
 *   TBT   sum over main-thread tasks after the first contentful paint of (task − 50 ms)
 *   FCP   the first contentful paint (ms after navigation)
 *   tasks the longest tasks of the median run
 *   wake  on the explorer, whose timeline hydrates when the reader reaches for it: after the
 *         trace a pointer comes over the waiting timeline; the time until it is live
 *         (data-ready) and the longest task in between
 * Medians over --runs; the first directory is the baseline for the ratio column.
 *   npm run bench:load -- --dirs build,build-other [--runs 5] [--page /en/] [--size 412x823]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dirs = opt('dirs', 'build').split(',');
const runs = Number(opt('runs', '5'));
const page = opt('page', '/en/');
const [width, height] = opt('size', '412x823').split('x').map(Number);
const SLOWDOWN = 4;
const TRACE_MS = 7000;

async function serve(dir, port) {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.once('exit', (code) => reject(new Error(`serve ${dir} exited (${code})`)));
		server.stdout.on('data', (c) => c.toString().includes('http://') && resolve());
	});
	return server;
}

/** The durations (ms) of the page renderer's main-thread tasks from its first contentful paint on, from a trace file. */
function tasksOf(file) {
	const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
	const fcp = events.find((e) => e.name === 'firstContentfulPaint');
	const main = events.find((e) => e.name === 'thread_name' && e.pid === fcp.pid && e.args.name === 'CrRendererMain');
	const tasks = events
		.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === fcp.pid && e.tid === main.tid && e.ts >= fcp.ts)
		.map((e) => e.dur / 1000);
	return tasks;
}

/** A pointer over the explorer's waiting timeline: ms until it is live, and the longest task meanwhile (null: no island waiting). */
async function wakeTimeline(tab) {
	const island = tab.locator('[data-testid="timeline-island"][data-phase="waiting"]');
	if (!(await island.count())) return null;
	const box = await island.boundingBox();
	const t0 = await tab.evaluate(() => performance.now());
	await tab.mouse.move(box.x + box.width / 2, box.y + 8);
	await tab.locator('[data-testid="timeline"][data-ready]').waitFor({ state: 'attached' });
	return tab.evaluate((t0) => {
		const w = /** @type {any} */ (window);
		const ready = performance.now();
		const tasks = w.__long.filter(([start]) => start >= t0 - 1).map(([, d]) => d);
		return { wake: ready - t0, wakeTask: Math.max(0, ...tasks) };
	}, t0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
const servers = await Promise.all(dirs.map((d, i) => serve(d, 4960 + i)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
const results = dirs.map(() => []);
try {
	for (let run = 0; run < runs; run++)
		for (const [i, dir] of dirs.entries()) {
			const context = await browser.newContext({ viewport: { width, height } });
			const tab = await context.newPage();
			await tab.addInitScript(() => {
				const w = /** @type {any} */ (window);
				w.__long = [];
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
				}).observe({ type: 'longtask' });
			});
			const cdp = await context.newCDPSession(tab);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
			const file = path.join(work, `${i}-${run}.json`);
			await browser.startTracing(tab, {
				path: file,
				categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading']
			});
			await tab.goto(`http://127.0.0.1:${4960 + i}${page}`, { waitUntil: 'load' });
			await tab.waitForTimeout(TRACE_MS);
			await browser.stopTracing();
			const fcp = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
			const wake = await wakeTimeline(tab);
			await context.close();
			const tasks = tasksOf(file);
			const tbt = tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0);
			results[i].push({ tbt, fcp, long: tasks.filter((t) => t > 50).sort((a, b) => b - a), ...wake });
			console.log(
				`run ${run + 1}/${runs} ${dir}: TBT ${tbt.toFixed(0)} ms` +
					(wake ? `, wake ${wake.wake.toFixed(0)} ms (longest task ${wake.wakeTask.toFixed(0)} ms)` : '')
			);
		}
} finally {
	await browser.close();
	for (const s of servers) s.kill();
	rmSync(work, { recursive: true, force: true });
}

console.log(
	`\n${page} at ${width}×${height}, ${SLOWDOWN}× CPU slowdown, median of ${runs}; first row is the baseline\n`
);
console.log(
	'| build | TBT ms | × baseline | FCP ms | longest tasks ms (median run) | TBT of each run | wake ms | its longest task ms |'
);
console.log('| --- | ---: | ---: | ---: | --- | --- | ---: | ---: |');
const base = median(results[0].map((r) => r.tbt));
for (const [i, dir] of dirs.entries()) {
	const r = results[i];
	const tbt = median(r.map((x) => x.tbt));
	const mid = r.find((x) => x.tbt === tbt);
	const cells = [
		dir,
		tbt.toFixed(0),
		(tbt / base).toFixed(2),
		median(r.map((x) => x.fcp)).toFixed(0),
		mid.long
			.slice(0, 4)
			.map((t) => t.toFixed(0))
			.join(' / '),
		r.map((x) => x.tbt.toFixed(0)).join(', '),
		r[0].wake === undefined ? '-' : median(r.map((x) => x.wake)).toFixed(0),
		r[0].wake === undefined ? '-' : median(r.map((x) => x.wakeTask)).toFixed(0)
	];
	console.log(`| ${cells.join(' | ')} |`);
}
