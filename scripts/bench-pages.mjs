#!/usr/bin/env node
/**
 * `npm run bench:pages`: Lighthouse 12 (mobile preset: Moto G Power emulation, simulated slow
 * 4G and 4× CPU slowdown) on the pages readers land on, each run in a fresh headless Chromium
 * (the tests' flags) against an existing build served by scripts/serve.js. Prints the median of
 * the runs per page, and the page weights that do not need a browser (HTML size as built and as
 * sent brotli-compressed, JavaScript loaded before the map). It asserts nothing: scores on a
 * shared 2-core machine are a signal.
 *
 *   npm run bench:pages -- [--runs 3] [--dir build] [--pages /en/,/en/events/] [--json out.json]
 *
 * Build first (`npm run build`); with PUBLIC_SITE_URL set at build time canonical, hreflang and
 * the sitemap line of robots.txt are absolute, which the SEO category needs for 100.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freePort } from './chromium.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 3));
const DIR = path.resolve(arg('dir', 'build'));
const PAGES = arg(
	'pages',
	'/en/,/en/events/,/en/events/1594-tauekel-embassy-to-moscow/,/en/people/tauke-khan/,/en/places/tobolsk/'
).split(',');
const JSON_OUT = arg('json');

if (!existsSync(path.join(DIR, 'index.html'))) {
	console.error(`No built site in ${DIR}. Run "npm run build" first.`);
	process.exit(1);
}

/** gzip size of the JavaScript a page imports before any dynamic import (the map loads later). */
function staticJs(page) {
	const file = path.join(DIR, page, 'index.html');
	if (!existsSync(file)) return null;
	const html = readFileSync(file, 'utf8');
	const seen = new Set();
	const queue = [...html.matchAll(/href="([^"]+\.js)" rel="modulepreload"/g)].map((m) =>
		path.resolve(path.dirname(file), m[1])
	);
	let gz = 0;
	while (queue.length) {
		const f = queue.pop();
		if (seen.has(f) || !existsSync(f)) continue;
		seen.add(f);
		const src = readFileSync(f);
		gz += gzipSync(src, { level: 9 }).length;
		for (const m of src.toString().matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g))
			queue.push(path.resolve(path.dirname(f), m[1]));
	}
	const br = `${file}.br`;
	return { htmlBytes: Buffer.byteLength(html), htmlBrotli: existsSync(br) ? statSync(br).size : null, jsGzip: gz };
}

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

/** One Lighthouse run; a run whose trace failed (NO_NAVSTART and the like, on a loaded machine) is run again. */
async function audit(url, attempts = 3) {
	for (let i = 1; ; i++) {
		const result = await auditOnce(url);
		if (result) return result;
		if (i >= attempts) throw new Error(`Lighthouse could not measure ${url} in ${attempts} attempts`);
		console.error(`  ${url}: the run failed, running it again`);
	}
}

async function auditOnce(url) {
	// One browser per run: no service worker, cache or compiled code carried between runs.
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f))
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'seo', 'accessibility', 'best-practices']
		});
		if (result.lhr.runtimeError) return null;
		const { categories: c, audits: a } = result.lhr;
		const tasks = a['long-tasks']?.details?.items ?? [];
		return {
			perf: c.performance.score * 100,
			seo: c.seo.score * 100,
			a11y: c.accessibility.score * 100,
			bp: c['best-practices'].score * 100,
			fcp: a['first-contentful-paint'].numericValue,
			lcp: a['largest-contentful-paint'].numericValue,
			tbt: a['total-blocking-time'].numericValue,
			cls: a['cumulative-layout-shift'].numericValue,
			si: a['speed-index'].numericValue,
			bytes: a['total-byte-weight'].numericValue,
			longest: tasks.reduce((max, t) => Math.max(max, t.duration ?? 0), 0),
			// Lighthouse's measure of this machine's speed at the time (a 2-core desktop scores about 1,000).
			benchmark: result.lhr.environment.benchmarkIndex,
			failed: [...Object.values(c)]
				.flatMap((cat) => cat.auditRefs)
				.filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 0.9)
				.map((ref) => ref.id)
		};
	} finally {
		await chrome.kill();
	}
}

const median = (xs) => {
	const s = [...xs].sort((p, q) => p - q);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { origin, server } = await serve();
const results = Object.fromEntries(PAGES.map((p) => [p, []]));
try {
	for (let run = 0; run < RUNS; run++)
		for (const page of PAGES) {
			const r = await audit(origin + page);
			results[page].push(r);
			console.error(
				`run ${run + 1}/${RUNS} ${page}: performance ${r.perf}, TBT ${r.tbt.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}`
			);
		}
} finally {
	server.kill();
}

const benchmarks = PAGES.flatMap((p) => results[p].map((r) => r.benchmark));
const canonical = readFileSync(path.join(DIR, 'en', 'index.html'), 'utf8').match(/rel="canonical" href="([^"]*)"/)?.[1];
console.log(
	`\nLighthouse ${RUNS > 1 ? `median of ${RUNS}` : '1 run'}, mobile preset; build ${path.relative(process.cwd(), DIR)}; canonical ${canonical ?? 'none'}; ` +
		`host benchmark index ${Math.round(median(benchmarks))} (${Math.round(Math.min(...benchmarks))}–${Math.round(Math.max(...benchmarks))})\n`
);
const head = [
	'page',
	'perf',
	'SEO',
	'a11y',
	'BP',
	'FCP s',
	'LCP s',
	'TBT ms',
	'CLS',
	'longest task ms',
	'transfer KB',
	'HTML KB',
	'HTML br KB',
	'JS gz KB'
];
const rows = PAGES.map((page) => {
	const rs = results[page];
	const med = (k) => median(rs.map((r) => r[k]));
	const w = staticJs(page);
	return [
		page,
		med('perf').toFixed(0),
		med('seo').toFixed(0),
		med('a11y').toFixed(0),
		med('bp').toFixed(0),
		(med('fcp') / 1000).toFixed(1),
		(med('lcp') / 1000).toFixed(1),
		med('tbt').toFixed(0),
		med('cls').toFixed(3),
		med('longest').toFixed(0),
		(med('bytes') / 1024).toFixed(0),
		w ? (w.htmlBytes / 1024).toFixed(1) : '-',
		w?.htmlBrotli ? (w.htmlBrotli / 1024).toFixed(1) : '-',
		w ? (w.jsGzip / 1024).toFixed(1) : '-'
	];
});
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const failing = [...new Set(PAGES.flatMap((p) => results[p].flatMap((r) => r.failed)))];
if (failing.length) console.log(`\naudits under 0.9 in some run: ${failing.join(', ')}`);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, '\t'));
