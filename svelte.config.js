import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/site-headers.js';

const buildDir = process.env.ATLAS_BUILD_DIR ?? 'build';
/** Benchmarks measure a few pages of a large synthetic corpus: `ATLAS_PRERENDER_ONLY=/kk/,/en/` prerenders just those. */
const prerenderOnly = process.env.ATLAS_PRERENDER_ONLY?.split(',').filter(Boolean);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Content bodies are Markdown compiled by mdsvex in src/lib/content/body.ts, not pages.
	preprocess: vitePreprocess(),
	// Scoped class names as `s-1dznqgd`, not `svelte-1dznqgd`: the prerendered explorer repeats one
	// on almost every element (a thousand times, 5 KB of HTML).
	compilerOptions: { cssHash: ({ hash, css }) => `s-${hash(css)}` },
	kit: {
		// ATLAS_BUILD_DIR / ATLAS_KIT_DIR let benchmarks and parallel work build elsewhere.
		// precompress: a .br and a .gz beside every text file, which scripts/serve.js (and the host
		// configurations in deploy/) send to browsers that accept them.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true, precompress: true }),
		outDir: process.env.ATLAS_KIT_DIR ?? '.svelte-kit',
		files: { routes: 'routes' },
		prerender: {
			entries: prerenderOnly ?? ['*', '/404/', '/kk/404/', '/ru/404/', '/en/404/'],
			crawl: !prerenderOnly,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// An empty collection (no tours yet) leaves its page route unvisited; that is not an error.
			handleUnseenRoutes: 'warn'
		},
		// Everything comes from the site itself; the only inline scripts are SvelteKit's own,
		// which it hashes into this policy page by page.
		csp: {
			mode: 'hash',
			directives: CSP_DIRECTIVES
		},
		alias: { $content: 'src/lib/content' },
		// Small stylesheets go inline in the page: each saves a render-blocking request before the
		// first paint (on a phone's network, a round trip each), for a few hundred bytes of HTML.
		inlineStyleThreshold: 9000
	}
};

export default config;
