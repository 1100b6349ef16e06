/**
 * Browser tests: Debian's Chromium (playwright-core) against the built site served on 127.0.0.1.
 * Two projects, which scripts/test-browser.js runs side by side: `interactive` drives the UI (and
 * builds the curator's content), a few files at once, each file in its own worker with its own
 * Chromium, one page at a time; `sweep` audits every page with axe, at a lower CPU priority, in
 * the time the interactive tests leave.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Interactive files run at once (ATLAS_BROWSER_WORKERS; 1 runs them one after another). */
const WORKERS = Number(process.env.ATLAS_BROWSER_WORKERS ?? 3);

/**
 * Seconds each file takes, run alone on the 2-core CI machine. Vitest knows durations only from
 * an earlier run on the same machine (on a fresh clone it would start the largest files first),
 * so the files start in this order, the longest first: no long file starts last and runs alone
 * while the other workers have finished. A file not listed here starts among the first.
 */
const SECONDS: Record<string, number> = {
	'axe.test.ts': 300,
	'curator.test.ts': 45,
	'layouts-tour.test.ts': 95,
	'timeline-fit.test.ts': 75,
	'layouts.test.ts': 72,
	'map.test.ts': 62,
	'map-views.test.ts': 50,
	'modes-present.test.ts': 47,
	'modes-kiosk.test.ts': 45,
	'timeline.test.ts': 42,
	'journeys.test.ts': 41,
	'modes-kiosk-idle.test.ts': 90,
	'layouts-present.test.ts': 38,
	'relations.test.ts': 36,
	'explorer-relations.test.ts': 33,
	'timeline-island.test.ts': 46,
	'first-paint.test.ts': 32,
	'pages.test.ts': 19,
	'modes-tour.test.ts': 19,
	'modes-present-phone.test.ts': 16,
	'desk.test.ts': 18,
	'modes-share.test.ts': 7,
	'modes-offline.test.ts': 5,
	'weight.test.ts': 4,
	'scholarly.test.ts': 3
};

class LongestFirst extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const seconds = (file: TestSpecification) => SECONDS[path.basename(file.moduleId)] ?? 100;
		const group = (file: TestSpecification) => file.project.config.sequence.groupOrder;
		return [...files].sort((a, b) => group(a) - group(b) || seconds(b) - seconds(a));
	}
}

export default defineConfig({
	// Some browser tests read the content model's rules straight from src (no SvelteKit plugin here).
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: {
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// expect.poll's own default is 1 s: a loaded CI host took longer than that to show a page
		// the test had just opened. A poll still fails when its condition never comes true.
		expect: { poll: { timeout: 10_000 } },
		env: { TZ: 'UTC' },
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				extends: true,
				test: { name: 'interactive', include: ['tests/e2e/**/*.test.ts'], maxWorkers: WORKERS }
			},
			{
				extends: true,
				// One file. When one process runs both projects (no --project), it comes after the interactive tests.
				test: { name: 'sweep', include: ['tests/a11y/**/*.test.ts'], maxWorkers: 1, sequence: { groupOrder: 1 } }
			}
		]
	}
});
