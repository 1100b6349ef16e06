import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CACHE_IMMUTABLE,
	CACHE_REVALIDATE,
	CSP_DIRECTIVES,
	cacheControl,
	cspHeader,
	securityHeaders
} from '../../../scripts/site-headers.js';
import { siteUrlProblem } from '../../../scripts/site-url-check.js';

describe('the Content-Security-Policy header', () => {
	const header = cspHeader();
	const directives = new Map(
		header.split('; ').map((d) => {
			const [name, ...values] = d.split(' ');
			return [name, values] as const;
		})
	);

	it('carries every directive of the pages’ own policy, and frame-ancestors, which a <meta> cannot', () => {
		for (const name of Object.keys(CSP_DIRECTIVES)) expect(directives.has(name), name).toBe(true);
		expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
	});

	it('names no host but the site itself', () => {
		expect(header).not.toMatch(/https?:|\*/);
	});
});

describe('cacheControl', () => {
	it.each([
		['/_app/immutable/chunks/a1B2.js', CACHE_IMMUTABLE],
		['/data/index.0123456789ab.json', CACHE_IMMUTABLE],
		['/en/', CACHE_REVALIDATE],
		['/service-worker.js', CACHE_REVALIDATE],
		['/kiosk-config.json', CACHE_REVALIDATE],
		['/basemap/land.json', CACHE_REVALIDATE]
	])('%s → %s', (path, expected) => expect(cacheControl(path)).toBe(expected));
});

describe('deploy/nginx.conf', () => {
	const conf = readFileSync('deploy/nginx.conf', 'utf8');

	it('sends the same security headers as the site’s own server', () => {
		for (const [name, value] of Object.entries(securityHeaders()))
			expect(conf, name).toContain(`add_header ${name} "${value}" always;`);
	});

	it('caches the same files for good, and serves the build’s compressed copies', () => {
		expect(conf).toContain(`"${CACHE_IMMUTABLE}"`);
		expect(conf).toContain(`"${CACHE_REVALIDATE}"`);
		expect(conf).toMatch(/~\^\/_app\/immutable\//);
		expect(conf).toMatch(/~\^\/data\//);
		expect(conf).toMatch(/brotli_static on;/);
		expect(conf).toMatch(/gzip_static on;/);
	});

	it('answers unknown pages with the 404 of their language', () => {
		expect(conf).toContain('error_page 404 /$atlas_lang/404/index.html;');
		expect(conf).toContain('error_page 404 /404/index.html;');
	});
});

describe('siteUrlProblem', () => {
	it.each([
		['', null],
		['https://atlas.example.kz', null],
		['https://atlas.example.kz/', null],
		['http://127.0.0.1:4173', null],
		['atlas.example.kz', 'is not an address'],
		['ftp://atlas.example.kz', 'must start with https://'],
		['https://example.kz/atlas', 'must be the bare origin (the site is served from the root of its host)']
	])('%s → %s', (value, expected) => expect(siteUrlProblem(value)).toBe(expected));
});
