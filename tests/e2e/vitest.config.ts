/** Browser tests: Debian's Chromium (playwright-core) against the built site served on 127.0.0.1. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts', 'tests/a11y/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// Two cores: one Chromium at a time keeps timings sane.
		fileParallelism: false,
		env: { TZ: 'UTC' }
	}
});
