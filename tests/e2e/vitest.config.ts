/**
 * Browser tests: Debian's Chromium (playwright-core) against the built site served on 127.0.0.1.
 * Two projects, which scripts/test-browser.js runs side by side: `interactive` drives the UI one
 * file at a time (its timings need the CPU), `sweep` audits every page with axe and builds the
 * curator's content, at a lower CPU priority, in the time the interactive tests spend waiting.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Some browser tests read the content model's rules straight from src (no SvelteKit plugin here).
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: {
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: true,
				test: { name: 'interactive', include: ['tests/e2e/**/*.test.ts'], exclude: ['tests/e2e/curator.test.ts'] }
			},
			{ extends: true, test: { name: 'sweep', include: ['tests/a11y/**/*.test.ts', 'tests/e2e/curator.test.ts'] } }
		]
	}
});
