#!/usr/bin/env node
/**
 * Map benchmark (prints figures; not a test). `npm run bench:map`
 *   1. writes synthetic content, 1,000 places and 5,000 events (a third with routes), to
 *      .bench/map-content and builds it into build-bench-map (both kept and reused: pass
 *      --rebuild to build again) in mode "bench", the only build with a hook into the map;
 *   2. in headless Chromium with software WebGL (SwiftShader) measures: navigation → the map's
 *      first render and first idle frame; applying a new time window (state change → the frame
 *      drawn with the places' tiles laid out again, median and p95 over 30 windows); the same as
 *      a reader gives it (after input, the map takes the window once hands rest: from that moment
 *      to its places drawn, and to the first frame with no tile of any source loading); MapLibre
 *      alone setting the same places on its source, the floor on this machine; JS heap before
 *      and after 200 window changes (after forced GC);
 *   3. prints the gzip size of the JavaScript each page type loads (explorer with MapLibre and
 *      its worker, event, place and list pages) on the real content build when one exists.
 * Env: BENCH_PLACES, BENCH_EVENTS to change the sizes.
 */
import { CHROMIUM_FLAGS } from './chromium.js';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACES = Number(process.env.BENCH_PLACES ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const contentDir = path.join(root, '.bench/map-content');
const buildDir = path.join(root, 'build-bench-map');
const kitDir = path.join(root, '.svelte-kit-bench-map');
const rebuild = process.argv.includes('--rebuild');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Deterministic pseudo-random numbers (mulberry32), so every run measures the same content.
let seed = 20261125;
const rand = () => {
	seed |= 0;
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const KINDS = ['embassy', 'treaty', 'alliance', 'letter', 'marriage', 'law', 'congress', 'appointment', 'conflict'];

function writeContent() {
	const stamp = `${PLACES}/${EVENTS}/v5`;
	const stampFile = `${contentDir}.stamp`;
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
	rmSync(contentDir, { recursive: true, force: true });
	for (const d of ['events', 'places', 'people', 'polities', 'tours'])
		mkdirSync(path.join(contentDir, d), { recursive: true });
	// Sources are cited by key: one synthetic work in the content's own bibliography.
	writeFileSync(
		path.join(contentDir, 'bibliography.json'),
		JSON.stringify([
			{
				id: 'synthetic',
				type: 'book',
				title: 'Synthetic',
				author: [{ literal: 'Bench' }],
				issued: { 'date-parts': [[2026]] }
			}
		])
	);
	writeFileSync(
		path.join(contentDir, 'source-rules.yaml'),
		'refused_hosts: []\nfurther_reading_only: []\nprocess_phrases: { kk: [], ru: [], en: [] }\n'
	);
	// Embassies and letters name who sent them and to whom; treaties and alliances bind two parties.
	for (const id of ['polity-a', 'polity-b'])
		writeFileSync(
			path.join(contentDir, 'polities', `${id}.kk.md`),
			`---\nname: "${id}"\nfrom: 1400\nsources: [{ work: synthetic, page: "1" }]\n---\n`
		);
	const places = [];
	for (let i = 0; i < PLACES; i++) {
		// Clustered like real content: most places on the steppe, some across Eurasia.
		const steppe = rand() < 0.7;
		const lon = steppe ? 50 + rand() * 35 : 25 + rand() * 95;
		const lat = steppe ? 38 + rand() * 17 : 20 + rand() * 40;
		const id = `place-${i}`;
		places.push(id);
		writeFileSync(
			path.join(contentDir, 'places', `${id}.kk.md`),
			`---\nname: "Орын ${i} Әғқңөұүһі"\nlat: ${lat.toFixed(3)}\nlon: ${lon.toFixed(3)}\nsources: [{ work: synthetic, page: "1" }]\n---\n`
		);
	}
	for (let i = 0; i < EVENTS; i++) {
		const year = 1400 + Math.floor(rand() * 550);
		const id = `${year}-synthetic-event-${i}`;
		const venue = [pick(places)];
		if (rand() < 0.3) venue.push(pick(places));
		const route = rand() < 0.33 ? Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(places)) : [];
		const lines = [
			'---',
			`title: "Синтетикалық оқиға ${i}"`,
			`summary: "Өлшеуге арналған синтетикалық оқиға ${i}."`,
			`date: ${year}`,
			...(rand() < 0.2 ? [`end: ${year + 1 + Math.floor(rand() * 5)}`] : []),
			`kind: ${pick(KINDS)}`,
			'confidence: medium',
			'from: polity-a',
			'to: polity-b',
			'parties: [polity-a, polity-b]',
			`places: [${[...new Set(venue)].join(', ')}]`,
			...(route.length ? [`route: [${route.join(', ')}]`] : []),
			'sources: [{ work: synthetic, page: "1" }]',
			'---',
			''
		];
		writeFileSync(path.join(contentDir, 'events', `${id}.kk.md`), lines.join('\n'));
	}
	writeFileSync(stampFile, stamp);
	return true;
}

function build(dir, env) {
	console.log(`bench: building ${path.relative(root, dir)} (the explorer /en/ only) …`);
	const t = Date.now();
	const r = spawnSync('npm', ['run', '-s', 'build', '--', '--mode', 'bench'], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8'
	});
	if (r.status !== 0) {
		console.error(r.stderr?.slice(-4000));
		throw new Error('build failed');
	}
	console.log(`bench: built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
		s.on('error', reject);
	});
}

async function serve(dir) {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		child.stdout.on('data', (c) => c.toString().includes('http://') && resolve());
		child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

const launch = () =>
	chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc']
	});

const quantile = (xs, q) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (n) => `${n.toFixed(0)} ms`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;

async function measureMap(browser, base) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${base}/en/`, { waitUntil: 'load' });
	await page.waitForFunction(() => performance.getEntriesByName('atlas-map-idle').length > 0, undefined, {
		timeout: 180_000,
		polling: 100
	});
	const marks = await page.evaluate(() => ({
		mount: performance.getEntriesByName('atlas-map-mount')[0]?.startTime ?? NaN,
		imported: performance.getEntriesByName('atlas-map-imported')[0]?.startTime ?? NaN,
		load: performance.getEntriesByName('atlas-map-load')[0]?.startTime ?? NaN,
		idle: performance.getEntriesByName('atlas-map-idle')[0]?.startTime ?? NaN,
		placesListed: document.querySelectorAll('[data-testid="map-places"] [data-place-id]').length
	}));

	// What the loops below wait for, defined once in the page: the frame drawn once the places'
	// tiles are laid out again with the new data (the worker takes the data, then lays out each
	// tile: the frame right after the data alone still shows the old places), and the first frame
	// after it with no tile of any source loading. Each resolves with that frame's time.
	await page.evaluate(() => {
		const { map } = document.querySelector('[data-testid="map-view"]').atlasMap;
		// The first frame after the places' new data reached the worker and every one of their
		// tiles came back laid out with it (a tile's arrival asks for that frame).
		const placesLaidOut = () =>
			new Promise((resolve) => {
				let data = false;
				let tiles = false;
				const onData = (e) => {
					if (e.sourceId !== 'places') return;
					if (e.dataType === 'source' && !e.tile) data = true;
					else if (data && e.tile) tiles = true;
				};
				const onRender = () => {
					if (!tiles || !map.isSourceLoaded('places')) return;
					map.off('sourcedata', onData);
					map.off('render', onRender);
					resolve(performance.now());
				};
				map.on('sourcedata', onData);
				map.on('render', onRender);
			});
		// Each wait gives up after 5 s (NaN), so one lost event cannot hang the run.
		const within = (p) => Promise.race([p, new Promise((r) => setTimeout(() => r(NaN), 5000))]);
		window.__bench = {
			placesDrawn: () => within(placesLaidOut()),
			// The places' frame, or the first after it with no tile loading: the routes' and journeys'
			// tiles, laid out again for the window their filters read, may come back after the places'.
			allDrawn: () =>
				within(
					placesLaidOut().then(async (at) => {
						while (!map.areTilesLoaded()) at = await new Promise((r) => map.once('render', () => r(performance.now())));
						return at;
					})
				),
			idle: () => new Promise((r) => map.once('idle', r))
		};
	});

	// One window change: set it through the shared state (as the timeline does), then wait for
	// the map to draw a frame with the new places.
	const windowTimes = await page.evaluate(async () => {
		const { state } = document.querySelector('[data-testid="map-view"]').atlasMap;
		const bench = window.__bench;
		const times = [];
		for (let i = 0; i < 30; i++) {
			const from = 1400 + ((i * 37) % 500);
			const to = from + 10 + ((i * 13) % 80);
			const t0 = performance.now();
			const drawn = bench.placesDrawn();
			state.setWindow(from, to, 'timeline');
			times.push((await drawn) - t0);
			await bench.idle();
		}
		return times;
	});

	// The reader's path: input (a wheel turn) moves the timeline at once, and the map takes the new
	// window once the reader's hands rest (Resting, 300 ms). Timed from that moment (the bench
	// build's 'atlas-map-window' mark) to the frame drawn with the new places, and to the frame
	// drawn once the routes and journeys have reloaded too.
	const reader = await page.evaluate(async () => {
		const { state } = document.querySelector('[data-testid="map-view"]').atlasMap;
		const bench = window.__bench;
		const places = [];
		const all = [];
		for (let i = 0; i < 30; i++) {
			const from = 1410 + ((i * 41) % 500);
			const to = from + 10 + ((i * 17) % 80);
			performance.clearMarks('atlas-map-window');
			const placesAt = bench.placesDrawn();
			const allAt = bench.allDrawn();
			window.dispatchEvent(new WheelEvent('wheel'));
			state.setWindow(from, to, 'timeline');
			const [p, a] = await Promise.all([placesAt, allAt]);
			const took = performance.getEntriesByName('atlas-map-window').at(-1)?.startTime ?? NaN;
			places.push(p - took);
			all.push(a - took);
			await bench.idle();
		}
		return { places, all };
	});

	// MapLibre alone on this machine: the same places set again straight on its source (no page work,
	// no routes reloading), to the frame drawn with them: the floor under the figures above.
	const floor = await page.evaluate(async () => {
		const { map } = document.querySelector('[data-testid="map-view"]').atlasMap;
		const bench = window.__bench;
		const source = map.getSource('places');
		const data = await source.getData();
		const times = [];
		for (let i = 0; i < 30; i++) {
			const subset = { ...data, features: data.features.filter((_, j) => (j + i) % 3 !== 0) };
			const t0 = performance.now();
			const drawn = bench.placesDrawn();
			source.setData(subset);
			times.push((await drawn) - t0);
			await bench.idle();
		}
		return times;
	});

	const cdp = await page.context().newCDPSession(page);
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		await page.waitForTimeout(200);
		return page.evaluate(() => performance.memory.usedJSHeapSize);
	};
	const before = await heap();
	await page.evaluate(async () => {
		const { state, map } = document.querySelector('[data-testid="map-view"]').atlasMap;
		for (let i = 0; i < 200; i++) {
			const from = 1400 + ((i * 53) % 520);
			state.setWindow(from, from + 5 + (i % 60), 'timeline');
			// Let every change reach the map (setData) before the next, as a dragging reader would.
			await new Promise((r) => requestAnimationFrame(() => r()));
		}
		state.resetWindow('timeline');
		await new Promise((r) => map.once('idle', r));
	});
	const after = await heap();
	await page.close();
	return { ...marks, windowTimes, reader, floor, before, after };
}

/** The gzip size of every script a page loads (modules, dynamic chunks, workers). */
async function pageJs(browser, base, dir, url, waitForMap) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const files = new Set();
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.origin === base && /\.(m?js)$/.test(u.pathname)) files.add(u.pathname);
	});
	await page.goto(base + url, { waitUntil: 'networkidle' });
	if (waitForMap) await page.waitForSelector('[data-testid="map"][data-status="ready"]', { timeout: 120_000 });
	await page.waitForTimeout(500);
	await page.close();
	let raw = 0;
	let gz = 0;
	let maplibre = false;
	for (const f of files) {
		const file = path.join(dir, decodeURIComponent(f));
		if (!existsSync(file)) continue;
		const buf = readFileSync(file);
		raw += buf.length;
		gz += gzipSync(buf, { level: 9 }).length;
		maplibre ||= buf.includes('GPUInitializationError');
	}
	return { files: files.size, raw, gz, maplibre };
}

async function main() {
	const { stdout: load } = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' });
	if (load)
		console.log(
			`bench: load average ${load.split(' ').slice(0, 3).join(' ')} (2 cores; other work on the machine inflates the figures)`
		);
	const fresh = writeContent();
	if (rebuild || fresh || !existsSync(path.join(buildDir, 'index.html')))
		build(buildDir, {
			ATLAS_CONTENT_DIR: contentDir,
			ATLAS_BUILD_DIR: buildDir,
			ATLAS_KIT_DIR: kitDir,
			// Only the page measured: prerendering all 18,000 pages of the synthetic corpus takes longer than the measurement.
			ATLAS_PRERENDER_ONLY: '/,/en/'
		});
	const server = await serve(buildDir);
	const browser = await launch();
	try {
		console.log(
			`\nMap benchmark: ${PLACES} places, ${EVENTS} events, headless Chromium, SwiftShader (software WebGL), 2 cores\n`
		);
		const r = await measureMap(browser, server.url);
		console.log(`  navigation → map component mounted (page hydrated):  ${ms(r.mount)}`);
		console.log(`  navigation → MapLibre module loaded:                ${ms(r.imported)}`);
		console.log(`  navigation → map first render (style + data drawn): ${ms(r.load)}`);
		console.log(`  navigation → map idle (every source drawn):         ${ms(r.idle)}`);
		console.log(`  places listed at the whole span:                    ${r.placesListed}`);
		const spread = (xs) => {
			const ok = xs.filter(Number.isFinite);
			const lost = xs.length - ok.length;
			if (!ok.length) return 'not measured (a build without the atlas-map-window mark)';
			return `median ${ms(quantile(ok, 0.5))}, p95 ${ms(quantile(ok, 0.95))}, max ${ms(Math.max(...ok))}${lost ? ` (${lost} of ${xs.length} not seen in 5 s)` : ''}`;
		};
		console.log(`  new time window set with no input (the timeline and the map in one update)`);
		console.log(`    state change → next frame with the new places:    ${spread(r.windowTimes)}`);
		console.log(`  new time window as a reader gives it (input; the timeline first, the map once hands rest)`);
		console.log(`    map takes the window → its places drawn:          ${spread(r.reader.places)}`);
		console.log(`    map takes the window → places, routes, journeys:  ${spread(r.reader.all)}`);
		console.log(`  MapLibre alone (places set on its source → drawn): ${spread(r.floor)}`);
		console.log(
			`  JS heap before / after 200 window changes (GC'd):   ${mb(r.before)} / ${mb(r.after)} (${r.after >= r.before ? '+' : ''}${mb(r.after - r.before)})`
		);
	} finally {
		server.stop();
	}

	// Page weights on the real content when it is built (else on the synthetic build).
	const realDir = [process.env.ATLAS_BUILD_DIR, 'build-map', 'build']
		.map((d) => d && path.join(root, d))
		.find((d) => d && existsSync(path.join(d, 'en/events/index.html')));
	const dir = realDir ?? buildDir;
	const weights = await serve(dir);
	try {
		const eventsDir = path.join(dir, 'en/events');
		const someEvent = readdirSync(eventsDir).find((d) => existsSync(path.join(eventsDir, d, 'index.html')));
		const somePlace = readdirSync(path.join(dir, 'en/places')).find((d) =>
			existsSync(path.join(dir, 'en/places', d, 'index.html'))
		);
		console.log(`\nJavaScript per page type (${path.relative(root, dir)}), gzip -9 of every script the page loads:`);
		for (const [name, url, map] of [
			['explorer /en/', '/en/', true],
			[`event /en/events/${someEvent}/`, `/en/events/${someEvent}/`, false],
			[`place /en/places/${somePlace}/`, `/en/places/${somePlace}/`, false],
			['list /en/events/', '/en/events/', false],
			['list /en/people/', '/en/people/', false]
		]) {
			const w = await pageJs(browser, weights.url, dir, url, map);
			console.log(
				`  ${name.padEnd(58)} ${String(w.files).padStart(3)} files  ${(w.gz / 1024).toFixed(0).padStart(5)} KB gzip  (${(w.raw / 1024).toFixed(0)} KB raw)${w.maplibre ? '  includes MapLibre' : ''}`
			);
		}
	} finally {
		weights.stop();
		await browser.close();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
