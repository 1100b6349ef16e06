/**
 * The site's HTTP headers, defined once: SvelteKit's page-by-page Content-Security-Policy
 * (svelte.config.js) is built from CSP_DIRECTIVES, scripts/serve.js sends these headers, and the
 * ready-made host configurations in deploy/ repeat them (a unit test keeps them in step).
 */

/** The policy every page carries: everything from the site itself, nothing from anywhere else. */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self', 'blob:'],
	'child-src': ['self', 'blob:'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);
/** @param {string} s */
const source = (s) => (KEYWORDS.has(s) ? `'${s}'` : s);

/**
 * The policy as an HTTP header. It adds what a <meta> policy cannot carry (frame-ancestors),
 * and its script-src allows inline scripts because SvelteKit's one inline script differs page
 * by page: each page's own <meta> policy lists that script's hash, and a browser enforces both
 * policies, so only the hashed script runs.
 */
export function cspHeader() {
	const directives = {
		...CSP_DIRECTIVES,
		'script-src': [...CSP_DIRECTIVES['script-src'], 'unsafe-inline'],
		'frame-ancestors': ['none']
	};
	return Object.entries(directives)
		.map(([name, values]) => `${name} ${values.map(source).join(' ')}`)
		.join('; ');
}

/** Headers for every response. */
export function securityHeaders() {
	return {
		'Content-Security-Policy': cspHeader(),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)'
	};
}

/** Files named by a hash of their content: the build's code and styles, the model files. */
export const FINGERPRINTED = /^\/(?:_app\/immutable\/|data\/[\w-]+\.[\w-]+\.json$)/;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, the service worker and static files are checked with the server on every use (ETag). */
export const CACHE_REVALIDATE = 'no-cache';

/** @param {string} pathname */
export function cacheControl(pathname) {
	return FINGERPRINTED.test(pathname) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
