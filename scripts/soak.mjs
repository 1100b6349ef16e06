#!/usr/bin/env node
/**
 * `npm run soak -- --minutes 60`: leaves the kiosk running in Chromium (software WebGL, the
 * tests' flags) on an existing build, accelerated: idle after 3 s, a 1 s countdown, a new
 * event every 2 s in the attract loop, and every 20 s a burst of random taps anywhere on the
 * screen (picks, the map, the timeline, languages, "start over"). Every 30 s it collects
 * garbage and samples the JS heap, the DOM node and event listener counts (Chromium's own
 * counters) and the map's WebGL context; once, at 40 % of the run, it takes the WebGL context
 * away (WEBGL_lose_context) and gives it back 3 s later, and watches the map come back.
 * It prints every sample, the heap's slope from the 5-minute mark to the end, and a summary
 * against the kiosk's targets (DOM nodes are flat when the median count of the last third of the
 * run is within 3 % of the first third's). It asserts nothing (figures, not a test).
 *
 *   npm run soak -- [--minutes 60] [--dir build] [--lang kk] [--portrait] [--json out.json]
 *                   [--snapshots 3,12 --snapshot-dir /tmp/soak-heap]
 *
 * `--snapshots` takes a heap snapshot (after GC) at each listed minute into `--snapshot-dir`
 * (default: soak-heap in the system's temporary folder; `minute-3.heapsnapshot`, …), to compare
 * what the heap holds between two moments (Chromium's DevTools, Memory tab, "Comparison").
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freePort } from './chromium.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const MINUTES = Number(arg('minutes', 60));
const DIR = path.resolve(arg('dir', 'build'));
const LANG = arg('lang', 'kk');
const JSON_OUT = arg('json');
const SNAPSHOTS = (arg('snapshots', '') ?? '')
	.split(',')
	.filter(Boolean)
	.map(Number)
	.sort((a, b) => a - b);
const SNAPSHOT_DIR = path.resolve(arg('snapshot-dir', path.join(tmpdir(), 'soak-heap')));
const VIEWPORT = args.includes('--portrait') ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 };
const SAMPLE_MS = 30_000;
const BURST_EVERY_MS = 20_000;
const WARM_UP_MS = 5 * 60_000;
const LOSS_AT = 0.4;
const KIOSK = `/${LANG}/kiosk/?idle=3&countdown=1&attract=2`;

if (!existsSync(path.join(DIR, 'index.html'))) {
	console.error(`No built site in ${DIR}. Run "npm run build" first.`);
	process.exit(1);
}

// Deterministic taps, so two runs press the same places in the same order.
let seed = 20261206;
const rand = () => {
	seed = (seed * 16807) % 2147483647;
	return seed / 2147483647;
};

async function serve() {
	const port = await freePort();
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', DIR], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => chunk.toString().includes('http://') && resolve());
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	return { origin: `http://127.0.0.1:${port}`, server };
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values) {
	const v = [...values].sort((a, b) => a - b);
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Least-squares slope of y over x. */
function slope(points) {
	const n = points.length;
	if (n < 2) return 0;
	const mx = points.reduce((s, p) => s + p[0], 0) / n;
	const my = points.reduce((s, p) => s + p[1], 0) / n;
	const num = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
	const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
	return den ? num / den : 0;
}

const { origin, server } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, reducedMotion: 'no-preference' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');

const errors = [];
page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
page.on('crash', () => errors.push('the page crashed'));
let loads = 0;
page.on('load', () => loads++);

// Attract steps, counted in the page: a change of the selected event while the loop runs.
await page.addInitScript(() => {
	const w = /** @type {any} */ (window);
	w.__soak = { steps: 0 };
	let last = null;
	new MutationObserver(() => {
		const stage = document.querySelector('[data-testid="kiosk-stage"]');
		const phase = document.querySelector('[data-testid="kiosk-status"]')?.getAttribute('data-phase');
		const selected = stage?.getAttribute('data-selected') ?? null;
		if (selected !== last) {
			if (phase === 'attract' && selected) w.__soak.steps++;
			last = selected;
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-selected', 'data-phase'] });
});

await page.goto(origin + KIOSK, { waitUntil: 'load' });
await page.locator('[data-testid="kiosk-status"][data-ready]').waitFor({ state: 'attached', timeout: 60_000 });

/** The map's WebGL state: the panel's status and whether its context is lost. */
const mapState = () =>
	page.evaluate(() => {
		const panel = document.querySelector('[data-testid="map"]');
		const canvas = /** @type {HTMLCanvasElement | null} */ (panel?.querySelector('canvas.maplibregl-canvas') ?? null);
		const gl = canvas ? /** @type {WebGL2RenderingContext | null} */ (canvas.getContext('webgl2')) : null;
		return {
			status: panel?.getAttribute('data-status') ?? 'none',
			lost: gl ? gl.isContextLost() : null,
			canvases: document.querySelectorAll('canvas').length
		};
	});

async function sample(t) {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');
	const dom = await cdp.send('Memory.getDOMCounters');
	const map = await mapState().catch(() => ({ status: 'unreadable', lost: null, canvases: 0 }));
	const steps = await page.evaluate(() => /** @type {any} */ (window).__soak?.steps ?? 0).catch(() => 0);
	return {
		minute: +(t / 60_000).toFixed(2),
		heapMB: +(heap.usedSize / 2 ** 20).toFixed(2),
		nodes: dom.nodes,
		listeners: dom.jsEventListeners,
		documents: dom.documents,
		map: map.status,
		glLost: map.lost,
		canvases: map.canvases,
		steps,
		taps
	};
}

async function burst() {
	const n = 5 + Math.floor(rand() * 11);
	for (let i = 0; i < n; i++) {
		const x = Math.round(10 + rand() * (VIEWPORT.width - 20));
		const y = Math.round(10 + rand() * (VIEWPORT.height - 20));
		await page.touchscreen.tap(x, y).catch((e) => errors.push(`tap: ${e.message}`));
		taps++;
		await page.waitForTimeout(100 + rand() * 400);
	}
}

/** Takes the map's WebGL context away and gives it back; resolves with what happened. */
async function loseContext() {
	const lost = await page.evaluate(() => {
		const canvas = /** @type {HTMLCanvasElement | null} */ (
			document.querySelector('[data-testid="map"] canvas.maplibregl-canvas')
		);
		const gl = canvas?.getContext('webgl2');
		const ext = gl?.getExtension('WEBGL_lose_context');
		if (!ext) return false;
		ext.loseContext();
		setTimeout(() => ext.restoreContext(), 3000);
		return true;
	});
	if (!lost) return { forced: false, recovered: false, seconds: null };
	const start = Date.now();
	let sawLost = false;
	while (Date.now() - start < 60_000) {
		const s = await mapState();
		if (s.status === 'lost' || s.lost) sawLost = true;
		if (sawLost && s.status === 'ready' && s.lost === false)
			return { forced: true, recovered: true, seconds: +((Date.now() - start) / 1000).toFixed(1) };
		await page.waitForTimeout(250);
	}
	return { forced: true, recovered: false, sawLost, seconds: null, state: await mapState() };
}

/** Writes a heap snapshot, taken after two collections, to the snapshot folder. */
async function snapshot(minute) {
	mkdirSync(SNAPSHOT_DIR, { recursive: true });
	const file = path.join(SNAPSHOT_DIR, `minute-${minute}.heapsnapshot`);
	const out = createWriteStream(file);
	const onChunk = ({ chunk }) => out.write(chunk);
	cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
	cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
	await new Promise((resolve) => out.end(resolve));
	console.error(`  heap snapshot at ${minute} min: ${file}`);
}

let taps = 0;
const samples = [];
const snapshotsDue = [...SNAPSHOTS];
const t0 = Date.now();
const end = t0 + MINUTES * 60_000;
let nextSample = t0;
let nextBurst = t0 + BURST_EVERY_MS;
let contextLoss = null;
const lossAt = t0 + MINUTES * 60_000 * LOSS_AT;

console.error(`soak: ${MINUTES} min on ${origin}${KIOSK} at ${VIEWPORT.width}×${VIEWPORT.height}`);
try {
	while (Date.now() < end) {
		const now = Date.now();
		if (now >= nextSample) {
			const s = await sample(now - t0);
			samples.push(s);
			console.error(
				`  ${s.minute.toFixed(1).padStart(5)} min  heap ${s.heapMB.toFixed(1)} MB  nodes ${s.nodes}  listeners ${s.listeners}  map ${s.map}${s.glLost ? ' (lost)' : ''}  steps ${s.steps}  taps ${s.taps}`
			);
			nextSample += SAMPLE_MS;
		} else if (snapshotsDue.length && now - t0 >= snapshotsDue[0] * 60_000) {
			await snapshot(snapshotsDue.shift());
		} else if (!contextLoss && now >= lossAt) {
			contextLoss = await loseContext();
			console.error(`  WebGL context loss: ${JSON.stringify(contextLoss)}`);
		} else if (now >= nextBurst) {
			await burst();
			nextBurst = Date.now() + BURST_EVERY_MS;
		} else await page.waitForTimeout(Math.min(500, nextSample - now, nextBurst - now));
	}
	samples.push(await sample(Date.now() - t0));
} finally {
	await browser.close();
	server.kill();
}

const after = samples.filter((s) => s.minute * 60_000 >= Math.min(WARM_UP_MS, (MINUTES * 60_000) / 2));
const heapSlope = slope(after.map((s) => [s.minute, s.heapMB])) * 60; // MB per hour
const nodesSlope = slope(after.map((s) => [s.minute, s.nodes])) * 60;
const first = after[0];
const last = samples[samples.length - 1];
const fitted = slope(after.map((s) => [s.minute, s.heapMB])) * (last.minute - first.minute);
const summary = {
	minutes: MINUTES,
	attractSteps: last.steps,
	taps: last.taps,
	fullLoads: loads,
	from: `${first.minute} min`,
	heapMBAtStart: first.heapMB,
	heapMBAtEnd: last.heapMB,
	heapGrowthMB: +(last.heapMB - first.heapMB).toFixed(2),
	heapGrowthFittedMB: +fitted.toFixed(2),
	heapSlopeMBPerHour: +heapSlope.toFixed(2),
	nodesMin: Math.min(...after.map((s) => s.nodes)),
	nodesMax: Math.max(...after.map((s) => s.nodes)),
	nodesSlopePerHour: +nodesSlope.toFixed(0),
	// The count follows what the kiosk shows (a card, a tour, a reset mid-render), so "flat" compares
	// the typical count of the first and the last third of the run, which a brief dip cannot move.
	nodesMedianFirstThird: median(after.slice(0, Math.ceil(after.length / 3)).map((s) => s.nodes)),
	nodesMedianLastThird: median(after.slice(-Math.ceil(after.length / 3)).map((s) => s.nodes)),
	listenersMin: Math.min(...after.map((s) => s.listeners)),
	listenersMax: Math.max(...after.map((s) => s.listeners)),
	contextLoss,
	errors: errors.length
};

console.log('\n| minute | heap MB | DOM nodes | listeners | map | attract steps | taps |');
console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const s of samples)
	console.log(
		`| ${s.minute} | ${s.heapMB} | ${s.nodes} | ${s.listeners} | ${s.map}${s.glLost ? ' (lost)' : ''} | ${s.steps} | ${s.taps} |`
	);
console.log(`\n${JSON.stringify(summary, null, 2)}`);
const ok = (cond) => (cond ? 'ok  ' : 'MISS');
console.log(
	[
		'',
		`${ok(summary.attractSteps >= (600 * MINUTES) / 60)} attract steps ${summary.attractSteps} (target ≥ ${Math.ceil((600 * MINUTES) / 60)})`,
		`${ok(summary.taps >= (500 * MINUTES) / 60)} taps ${summary.taps} (target ≥ ${Math.ceil((500 * MINUTES) / 60)})`,
		`${ok(summary.heapGrowthFittedMB < 2)} heap after GC grew ${summary.heapGrowthFittedMB} MB from ${summary.from} to the end (fitted; last − first ${summary.heapGrowthMB} MB; target < 2 MB)`,
		`${ok(Math.abs(summary.nodesMedianLastThird - summary.nodesMedianFirstThird) < 0.03 * summary.nodesMedianFirstThird)} DOM nodes flat: median ${summary.nodesMedianFirstThird} in the first third, ${summary.nodesMedianLastThird} in the last (target within 3 %; range ${summary.nodesMin}–${summary.nodesMax}, slope ${summary.nodesSlopePerHour}/h)`,
		`${ok(!!contextLoss?.recovered)} WebGL context loss recovered${contextLoss?.seconds ? ` in ${contextLoss.seconds} s` : ''}`,
		`${ok(errors.length === 0)} page errors: ${errors.length}`
	].join('\n')
);
if (errors.length)
	console.log(
		errors
			.slice(0, 20)
			.map((e) => `  ${e}`)
			.join('\n')
	);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ summary, samples, errors }, null, '\t'));
