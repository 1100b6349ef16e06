import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => ({
	plugins: [sveltekit(), ...(mode === 'test' ? [svelteTesting()] : [])],
	server: { host: '127.0.0.1' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['tests/setup.ts'],
		env: { TZ: 'UTC' }
	}
}));
