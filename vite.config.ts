import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';
import { siteUrlCheck } from './scripts/site-url-check.js';

export default defineConfig(({ mode }) => ({
	plugins: [sveltekit(), siteUrlCheck(), ...(mode === 'test' ? [svelteTesting()] : [])],
	server: { host: '127.0.0.1' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['tests/setup.ts'],
		env: { TZ: 'UTC' }
	}
}));
