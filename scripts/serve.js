#!/usr/bin/env node
/**
 * Serves build/ on 127.0.0.1 (kiosks, CI, local use): static files with correct types
 * (.mjs as text/javascript), the build's brotli or gzip copy where the browser accepts it, the
 * site's security and caching headers (scripts/site-headers.js), and a real 404 in the
 * reader's language for unknown paths.
 *   node scripts/serve.js [--port 4173] [--dir build] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from './site-headers.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? 4173));
const host = opt('host', '127.0.0.1');
const dir = path.resolve(opt('dir', 'build'));
// Set by .ci/run, whose readiness probe must know that the server answering is the one it started.
const token = process.env.ATLAS_SERVE_TOKEN;

if (!existsSync(path.join(dir, 'index.html'))) {
	console.error(`No built site in ${dir}. Run "npm run build" first.`);
	process.exit(1);
}

const security = securityHeaders();

const assets = sirv(dir, {
	etag: true,
	extensions: ['html'],
	// The build writes a .br and a .gz beside each text file (adapter-static's precompress).
	brotli: true,
	gzip: true,
	setHeaders(res, pathname) {
		if (/\.mjs(\.br|\.gz)?$/.test(pathname)) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
		// Fingerprinted files never change under their name; pages and the service worker are revalidated.
		res.setHeader('Cache-Control', cacheControl(pathname));
	}
});

function notFound(req, res) {
	const lang = /^\/(kk|ru|en)\//.exec(req.url ?? '')?.[1];
	const page = lang ? path.join(dir, lang, '404', 'index.html') : path.join(dir, '404', 'index.html');
	res.statusCode = 404;
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.setHeader('Cache-Control', 'no-cache');
	res.end(existsSync(page) ? readFileSync(page) : 'Not found');
}

const server = createServer((req, res) => {
	if (token) res.setHeader('X-Atlas-Serve-Token', token);
	for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
	// A directory without its trailing slash gets one, as the prerendered pages expect.
	const url = new URL(req.url ?? '/', 'http://x');
	if (
		!path.extname(url.pathname) &&
		!url.pathname.endsWith('/') &&
		existsSync(path.join(dir, url.pathname, 'index.html'))
	) {
		res.statusCode = 308;
		res.setHeader('Location', `${url.pathname}/${url.search}`);
		return res.end();
	}
	assets(req, res, () => notFound(req, res));
});

server.listen(port, host, () => {
	console.log(`Steppe Diplomacy Atlas: http://${host}:${port}/  (serving ${path.relative(process.cwd(), dir) || '.'})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
