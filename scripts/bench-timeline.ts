#!/usr/bin/env tsx
/**
 * `npm run bench:timeline`: how the timeline holds up with 100, 1,000 and 5,000 events
 * (and 300 people over six lanes), against vis-timeline on the same data. It prints a table;
 * it asserts nothing (timings on a shared 2-core machine are a signal, not a test).
 *
 * For each size: synthetic content → its own ATLAS_CONTENT_DIR, one build into its own
 * ATLAS_BUILD_DIR/ATLAS_KIT_DIR (under .bench/), served by scripts/serve.js; vis-timeline
 * (dev dependency) is served from a small local page with its files copied from
 * node_modules. Headless Chromium (the test harness's flags) measures, at 1280×720:
 *   first marks   navigation start → first event marks in the DOM (ours are prerendered)
 *   interactive   navigation start → zoom and pan handlers attached (ours: data-ready; on the explorer,
 *                 whose timeline hydrates when a pointer comes over it, the pointer comes as soon as it can)
 *   heap          JS heap used after load and a forced GC
 * The atlas is measured twice: the explorer page as readers get it (timeline and the WebGL
 * map, which follows the timeline's window), and the same page in a Chromium without WebGL,
 * where the map shows its static fallback, so the timeline's own cost shows against
 * vis-timeline (which is measured alone).
 *   frame p50/p95 frame time: main-thread work of each frame that handled input, over 60
 *                 zoom/pan steps (real CDP wheel and drag input), from a Chromium trace:
 *                 the frame's rendering task plus every task since the previous frame
 *                 (input handlers, timers such as the timeline's settling), idle excluded
 *                 (scripts/frame-work.ts).
 *   input→frame   p50/p95 latency from the first input event of a frame to the end of that
 *                 frame's rendering (a message posted from requestAnimationFrame); includes
 *                 the wait for the next vsync after a press or release, so it is never below
 *                 the frame time. Pointer and mouse presses both count: vis-timeline cancels
 *                 the mouse events that follow a pointer press, the atlas listens to the
 *                 mouse events, and each must pay the same wait.
 *   worst, >50    the longest frame, and how many frames took over 50 ms
 * The explorer with the atlas's own content is measured too, on the existing build (row "real").
 *   Options: --sizes 100,1000  --skip-build (reuse .bench builds)  --keep (keep builds)
 *            --real-dir build (the build with the real content)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freePort } from './chromium.js';
import { frameWork, type TraceEvent } from './frame-work';

const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench', 'timeline');
const args = process.argv.slice(2);
const arg = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? (args[i + 1] ?? '') : undefined;
};
const SIZES = (arg('sizes') ?? '100,1000,5000').split(',').map(Number);
const SKIP_BUILD = args.includes('--skip-build');
const KEEP = args.includes('--keep') || SKIP_BUILD;
const PEOPLE = 300;
const REAL_DIR = path.resolve(arg('real-dir') ?? 'build');
const VIEWPORT = { width: 1280, height: 720 };
/** vis-timeline needs ~46 s for 5,000 items here; past this it is reported as timed out. */
const FIRST_MARKS_TIMEOUT = 120_000;

// ---------- synthetic content -------------------------------------------------------------

const KINDS = ['embassy', 'treaty', 'alliance', 'letter', 'marriage', 'law', 'congress', 'appointment', 'conflict'];
const ROLES = ['khan', 'biy', 'batyr', 'alash', 'diplomat', 'foreign'];

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
	return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

interface SynthEvent {
	id: string;
	year: number;
	month?: number;
	endYear?: number;
	kind: string;
	people: string[];
	title: string;
}
interface SynthPerson {
	id: string;
	role: string;
	born: number;
	died: number;
	reign?: [number, number];
	name: string;
}

function synthesize(events: number) {
	const rnd = rng(42 + events);
	const people: SynthPerson[] = Array.from({ length: PEOPLE }, (_, i) => {
		const born = Math.round(1400 + rnd() * 500);
		const died = born + 35 + Math.round(rnd() * 45);
		const reign: [number, number] | undefined =
			rnd() < 0.3 ? [born + 20, Math.min(died, born + 20 + Math.round(rnd() * 30))] : undefined;
		return { id: `person-${i + 1}`, role: ROLES[i % ROLES.length], born, died, reign, name: `Person ${i + 1}` };
	});
	const list: SynthEvent[] = Array.from({ length: events }, (_, i) => {
		// Most of the history is dense (1400–1936); some of it is antiquity.
		const year = rnd() < 0.85 ? Math.round(1400 + rnd() * 536) : Math.round(-500 + rnd() * 1900) || 1;
		const month = rnd() < 0.4 ? 1 + Math.floor(rnd() * 12) : undefined;
		const endYear = rnd() < 0.1 ? year + 1 + Math.round(rnd() * 8) : undefined;
		const n = Math.floor(rnd() * 3);
		const ids = Array.from({ length: n }, () => people[Math.floor(rnd() * people.length)].id);
		return {
			id: `e${i + 1}`,
			year,
			month,
			endYear,
			kind: KINDS[i % KINDS.length],
			people: [...new Set(ids)],
			title: `Event ${i + 1}`
		};
	});
	return { events: list, people };
}

const iso = (y: number, m?: number) => {
	const yy = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
	return m ? `${yy}-${String(m).padStart(2, '0')}` : yy;
};

function writeContent(dir: string, data: ReturnType<typeof synthesize>) {
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['events', 'people', 'places', 'polities', 'tours'])
		mkdirSync(path.join(dir, sub), { recursive: true });
	// Sources are cited by a work's key in the bibliography: one synthetic work for all.
	writeFileSync(
		path.join(dir, 'bibliography.json'),
		JSON.stringify([
			{
				id: 'synthetic',
				type: 'book',
				author: [{ literal: 'Benchmark' }],
				title: 'Synthetic data',
				issued: { 'date-parts': [[2026]] }
			}
		])
	);
	writeFileSync(
		path.join(dir, 'source-rules.yaml'),
		'refused_hosts: []\nfurther_reading_only: []\nprocess_phrases: { kk: [], ru: [], en: [] }\n'
	);
	writeFileSync(
		path.join(dir, 'places', 'turkistan.kk.md'),
		`---\nname: "Түркістан"\nlat: 43.3\nlon: 68.25\nsources: [{ work: synthetic, page: "1" }]\n---\n`
	);
	writeFileSync(
		path.join(dir, 'polities', 'kazakh-khanate.kk.md'),
		`---\nname: "Қазақ хандығы"\nfrom: 1465\nto: 1847\ncolor: "#2f6f8f"\nsources: [{ work: synthetic, page: "1" }]\n---\n`
	);
	writeFileSync(
		path.join(dir, 'polities', 'muscovy.kk.md'),
		`---\nname: "Мәскеу"\nfrom: 1283\nto: 1721\ncolor: "#8f2f2f"\nsources: [{ work: synthetic, page: "1" }]\n---\n`
	);
	for (const p of data.people) {
		const reign = p.reign ? `reign: [${iso(p.reign[0])}, ${iso(p.reign[1])}]\n` : '';
		writeFileSync(
			path.join(dir, 'people', `${p.id}.kk.md`),
			`---\nname: "${p.name}"\nborn: ${iso(p.born)}\ndied: ${iso(p.died)}\nrole: ${p.role}\n${reign}sources: [{ work: synthetic, page: "1" }]\n---\n`
		);
	}
	for (const e of data.events) {
		const end = e.endYear ? `end: ${iso(e.endYear)}\n` : '';
		const people = e.people.length ? `people: [${e.people.join(', ')}]\n` : '';
		// Embassies and letters name who sent them and to whom; treaties and alliances bind two parties.
		const parties = `parties: [kazakh-khanate, muscovy]\nfrom: kazakh-khanate\nto: muscovy\n`;
		writeFileSync(
			path.join(dir, 'events', `${e.id}.kk.md`),
			`---\ntitle: "${e.title}"\nsummary: "A synthetic event for the benchmark."\ndate: "${iso(e.year, e.month)}"\n${end}kind: ${e.kind}\n${people}places: [turkistan]\n${parties}confidence: high\nsources: [{ work: synthetic, page: "1" }]\n---\n`
		);
	}
}

/** vis-timeline's page: same people (ranges in role groups) and events (points or ranges). */
function writeVisPage(dir: string, data: ReturnType<typeof synthesize>) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const umd = path.join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
	const css = path.join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css');
	copyFileSync(umd, path.join(dir, 'vis-timeline-graph2d.min.js'));
	copyFileSync(css, path.join(dir, 'vis-timeline-graph2d.min.css'));
	// vis positions by JS Date: fine for a performance baseline (it cannot place BCE years correctly).
	const date = (y: number, m = 1) => {
		const d = new Date(Date.UTC(2000, m - 1, 1));
		d.setUTCFullYear(y < 0 ? y + 1 : y);
		return d.toISOString();
	};
	const groups = [{ id: 'events', content: 'Events' }, ...ROLES.map((r) => ({ id: r, content: r }))];
	const items = [
		...data.events.map((e) =>
			e.endYear
				? {
						id: e.id,
						group: 'events',
						content: e.title,
						start: date(e.year, e.month),
						end: date(e.endYear),
						className: e.kind
					}
				: {
						id: e.id,
						group: 'events',
						content: e.title,
						start: date(e.year, e.month),
						type: 'point',
						className: e.kind
					}
		),
		...data.people.map((p) => ({ id: p.id, group: p.role, content: p.name, start: date(p.born), end: date(p.died) }))
	];
	writeFileSync(path.join(dir, 'data.json'), JSON.stringify({ groups, items }));
	writeFileSync(
		path.join(dir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis-timeline baseline</title>
<link rel="stylesheet" href="/vis-timeline-graph2d.min.css"><script src="/vis-timeline-graph2d.min.js"></script>
<style>body{margin:0;font-family:sans-serif}#tl{height:600px}</style></head><body><div id="tl"></div>
<script>
fetch('/data.json').then(r => r.json()).then(({ groups, items }) => {
  const tl = new vis.Timeline(document.getElementById('tl'), new vis.DataSet(items), new vis.DataSet(groups), {
    start: '${date(1400)}', end: '${date(1940)}', min: '${date(-600)}', max: '${date(2000)}', zoomMin: 1000 * 60 * 60 * 24 * 30, stack: true, height: '600px'
  });
  tl.on('changed', () => { if (document.querySelector('.vis-item')) document.body.dataset.ready = 'true'; });
});
</script></body></html>`
	);
}

// ---------- build and serve ---------------------------------------------------------------

function build(size: number, contentDir: string, buildDir: string, kitDir: string): number {
	const t0 = Date.now();
	const out = spawnSync('npm', ['run', '-s', 'build'], {
		cwd: ROOT,
		// Only the page measured: 5,000 events would otherwise prerender 15,000 event pages.
		env: {
			...process.env,
			ATLAS_CONTENT_DIR: contentDir,
			ATLAS_BUILD_DIR: buildDir,
			ATLAS_KIT_DIR: kitDir,
			ATLAS_PRERENDER_ONLY: '/,/kk/'
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (out.status !== 0) {
		console.error(out.stdout.slice(-3000), out.stderr.slice(-3000));
		throw new Error(`build for ${size} events failed`);
	}
	return Date.now() - t0;
}

async function serve(dir: string): Promise<{ url: string; server: ChildProcess }> {
	const port = await freePort();
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout!.on('data', (c: Buffer) => c.toString().includes('http://') && resolve());
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}`, server };
}

// ---------- measurement -------------------------------------------------------------------

interface Result {
	firstMarks: number | null;
	interactive: number | null;
	heapMB: number | null;
	p50: number | null;
	p95: number | null;
	/** The longest frame, and how many frames took over 50 ms. */
	worst: number | null;
	over50: number | null;
	frames: number;
	lat50: number | null;
	lat95: number | null;
}

/**
 * Installed before any page script: records per-frame work for frames that carry input.
 * A string, not a function: tsx would wrap inner functions in a helper the page lacks.
 */
const FRAME_RECORDER = `(() => {
	window.__frames = [];
	window.__rec = false;
	let inputAt = null;
	const mark = () => { if (window.__rec && inputAt === null) inputAt = performance.now(); };
	for (const type of ['wheel', 'mousemove', 'mousedown', 'mouseup', 'pointermove', 'pointerdown', 'pointerup'])
		window.addEventListener(type, mark, { capture: true, passive: true });
	const channel = new MessageChannel();
	let pending = null;
	channel.port1.onmessage = () => {
		if (pending !== null) window.__frames.push(performance.now() - pending);
		pending = null;
	};
	const loop = () => {
		if (inputAt !== null) {
			pending = inputAt;
			inputAt = null;
			channel.port2.postMessage(0);
		}
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
})();`;

const quantile = (xs: number[], q: number) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

async function measure(
	browser: Browser,
	url: string,
	marksSelector: string,
	readySelector: string,
	target: string
): Promise<Result> {
	const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
	const page: Page = await context.newPage();
	await page.addInitScript({ content: FRAME_RECORDER });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const result: Result = {
		firstMarks: null,
		interactive: null,
		heapMB: null,
		p50: null,
		p95: null,
		worst: null,
		over50: null,
		frames: 0,
		lat50: null,
		lat95: null
	};
	try {
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(
			(sel) => {
				const w = window as unknown as { __firstMarks?: number };
				if (document.querySelector(sel)) w.__firstMarks ??= performance.now();
				return w.__firstMarks !== undefined;
			},
			marksSelector,
			{ polling: 'raf', timeout: FIRST_MARKS_TIMEOUT }
		);
		result.firstMarks = await page.evaluate(() => (window as unknown as { __firstMarks: number }).__firstMarks);
		// The explorer's timeline goes live when the reader reaches for it (TimelineIsland): the
		// pointer comes over it as soon as the page listens, so "interactive" includes that wake-up.
		const island = page.locator('[data-testid="timeline-island"]');
		if (await island.count()) {
			await page.waitForSelector('[data-testid="timeline-island"]:not([data-phase="painted"])', { state: 'attached' });
			const at = (await island.boundingBox())!;
			await page.mouse.move(at.x + at.width / 2, at.y + 8);
		}
		await page.waitForFunction(
			(sel) => {
				const w = window as unknown as { __ready?: number };
				if (document.querySelector(sel)) w.__ready ??= performance.now();
				return w.__ready !== undefined;
			},
			readySelector,
			{ polling: 'raf', timeout: FIRST_MARKS_TIMEOUT }
		);
		result.interactive = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
		await page.waitForLoadState('load');
		await page.waitForTimeout(1500);
		await cdp.send('HeapProfiler.collectGarbage');
		const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
		result.heapMB = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;

		const box = (await page.locator(target).first().boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + Math.min(box.height / 2, 120);
		await page.mouse.move(cx, cy);
		await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
		await page.evaluate(() => ((window as unknown as { __rec: boolean }).__rec = true));
		const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		for (let i = 0; i < 60; i++) {
			const x = cx + ((i % 7) - 3) * (box.width / 10);
			const phase = i % 4;
			if (phase === 0 || phase === 1) {
				await page.mouse.move(x, cy);
				await page.mouse.wheel(0, -120);
			} else if (phase === 3) {
				await page.mouse.wheel(0, 100);
			} else {
				await page.mouse.down();
				for (let s = 1; s <= 3; s++) await page.mouse.move(x + (i % 8 < 4 ? 1 : -1) * s * 40, cy);
				await page.mouse.up();
			}
			await settle();
		}
		await page.waitForTimeout(300);
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
		const frames = frameWork(trace.traceEvents);
		const latency = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
		result.frames = frames.length;
		if (process.env.BENCH_DUMP) {
			console.log(`  frame work ${url}: ${frames.map((f) => f.toFixed(0)).join(' ')}`);
			console.log(`  input→frame ${url}: ${latency.map((f) => f.toFixed(0)).join(' ')}`);
		}
		result.p50 = quantile(frames, 0.5);
		result.p95 = quantile(frames, 0.95);
		result.worst = frames.length ? Math.max(...frames) : null;
		result.over50 = frames.filter((f) => f > 50).length;
		result.lat50 = quantile(latency, 0.5);
		result.lat95 = quantile(latency, 0.95);
	} catch (error) {
		console.error(`  ${url}: ${(error as Error).message.split('\n')[0]}`);
	} finally {
		await context.close();
	}
	return result;
}

// ---------- run ---------------------------------------------------------------------------

/** First marks, ready, and the element the gestures go to, on the atlas's explorer. */
const ATLAS_SELECTORS = [
	'[data-testid="timeline"] [data-event-id], [data-testid="timeline"] [data-cluster-size], [data-testid="timeline-canvas"]',
	'[data-testid="timeline"][data-ready]',
	'[data-testid="timeline"] .stage'
] as const;

const fmt = (v: number | null, digits = 0) => (v === null ? '—' : v.toFixed(digits));
const ratio = (a: number | null, b: number | null) =>
	a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

async function main() {
	mkdirSync(BENCH, { recursive: true });
	const started = Date.now();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info']
	});
	const noWebgl = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-3d-apis',
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
		]
	});
	const rows: { size: number; build: number; page: Result; atlas: Result; vis: Result }[] = [];
	let real: Result | null = null;
	try {
		// The explorer with the atlas's own content, from the existing build (npm run build).
		if (existsSync(path.join(REAL_DIR, 'kk', 'index.html'))) {
			console.log(`[real] measuring the atlas page (timeline + WebGL map) on ${path.relative(ROOT, REAL_DIR)} …`);
			const realServer = await serve(REAL_DIR);
			try {
				real = await measure(browser, `${realServer.url}/kk/`, ...ATLAS_SELECTORS);
			} finally {
				realServer.server.kill();
			}
		} else
			console.log(
				`[real] no build in ${path.relative(ROOT, REAL_DIR)}: run npm run build to measure the real content too`
			);
		for (const size of SIZES) {
			const data = synthesize(size);
			const contentDir = path.join(BENCH, `content-${size}`);
			const buildDir = path.join(BENCH, `build-${size}`);
			const kitDir = `.svelte-kit-bench-${size}`;
			const visDir = path.join(BENCH, `vis-${size}`);
			let buildMs = 0;
			if (!SKIP_BUILD || !existsSync(path.join(buildDir, 'index.html'))) {
				console.log(`[${size}] content and build …`);
				writeContent(contentDir, data);
				buildMs = build(size, contentDir, buildDir, kitDir);
			}
			writeVisPage(visDir, data);
			const atlasServer = await serve(buildDir);
			const visServer = await serve(visDir);
			try {
				const atlasArgs = [`${atlasServer.url}/kk/`, ...ATLAS_SELECTORS] as const;
				console.log(`[${size}] measuring the atlas page (timeline + WebGL map) …`);
				const page = await measure(browser, ...atlasArgs);
				console.log(`[${size}] measuring the atlas timeline (map fallback, no WebGL) …`);
				const atlas = await measure(noWebgl, ...atlasArgs);
				console.log(`[${size}] measuring vis-timeline …`);
				const vis = await measure(browser, `${visServer.url}/`, '.vis-item', 'body[data-ready]', '.vis-center');
				rows.push({ size, build: buildMs, page, atlas, vis });
			} finally {
				atlasServer.server.kill();
				visServer.server.kill();
				if (!KEEP) {
					rmSync(path.join(ROOT, kitDir), { recursive: true, force: true });
				}
			}
		}
	} finally {
		await browser.close();
		await noWebgl.close();
	}

	const head = [
		'events',
		'view',
		'first marks ms',
		'interactive ms',
		'heap MB',
		'frame p50 ms',
		'frame p95 ms',
		'worst ms',
		'>50 ms',
		'frames',
		'input→frame p50/p95 ms'
	];
	const lines: string[][] = [];
	const cells = (events: string, name: string, v: Result) => [
		events,
		name,
		fmt(v.firstMarks),
		fmt(v.interactive),
		fmt(v.heapMB, 1),
		fmt(v.p50, 1),
		fmt(v.p95, 1),
		fmt(v.worst, 1),
		v.over50 === null ? '-' : String(v.over50),
		String(v.frames),
		`${fmt(v.lat50, 1)} / ${fmt(v.lat95, 1)}`
	];
	if (real) lines.push(cells('real', 'atlas page + map', real));
	for (const r of rows) {
		for (const [name, v] of [
			['atlas page + map', r.page],
			['atlas timeline', r.atlas],
			['vis-timeline', r.vis]
		] as const)
			lines.push(cells(String(r.size), name, v));
		lines.push([
			'',
			'timeline / vis',
			ratio(r.atlas.firstMarks, r.vis.firstMarks),
			ratio(r.atlas.interactive, r.vis.interactive),
			ratio(r.atlas.heapMB, r.vis.heapMB),
			ratio(r.atlas.p50, r.vis.p50),
			ratio(r.atlas.p95, r.vis.p95),
			ratio(r.atlas.worst, r.vis.worst),
			'',
			'',
			`${ratio(r.atlas.lat50, r.vis.lat50)} / ${ratio(r.atlas.lat95, r.vis.lat95)}`
		]);
	}
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const row = (cells: string[]) =>
		cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log('\nTimeline benchmark (headless Chromium, 1280×720, software rendering; lower is better)');
	console.log(row(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const l of lines) console.log(row(l));
	console.log(
		`\nBuilds: ${rows.map((r) => `${r.size}: ${(r.build / 1000).toFixed(0)} s`).join(', ')}. Total ${((Date.now() - started) / 1000).toFixed(0)} s.`
	);
	console.log('"atlas page + map": the explorer with its WebGL map following the window (software GL here).');
	console.log('"atlas timeline": the same page without WebGL (map fallback); ratios compare it with vis-timeline.');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
