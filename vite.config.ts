import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';
import { siteUrlCheck } from './scripts/site-url-check.js';

export default defineConfig(({ mode }) => ({
	plugins: [sveltekit(), siteUrlCheck(), ...(mode === 'test' ? [svelteTesting()] : [])],
	server: { host: '127.0.0.1' },
	// ATLAS_SOURCEMAP=1 maps a profile of the built site back to the source (see the README's benchmarks).
	build: { sourcemap: process.env.ATLAS_SOURCEMAP === '1' },
	test: {
		env: { TZ: 'UTC' },
		// Pure modules run in Node; only components get a DOM (jsdom costs seconds per file).
		// A unit test that needs a DOM says so with `// @vitest-environment jsdom`. Unit files share
		// one module cache (isolate: false, a third of the time): they test pure modules, and none
		// mocks a module or leaves a global behind.
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false }
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					environment: 'jsdom',
					setupFiles: ['tests/setup.ts']
				}
			}
		]
	}
}));
