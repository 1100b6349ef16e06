#!/usr/bin/env node
/**
 * `npm run test:browser`: checks Chromium, builds when the build's stamp does not match its
 * inputs, then runs the two projects of tests/e2e/vitest.config.ts side by side: `interactive`
 * (streamed; a few files at once, the longest first) and, niced so the interactive tests keep
 * the CPU when they need it, `sweep` (printed when it ends). Exits non-zero if either fails.
 * Extra arguments (file filters, -t) go to both.
 */
import { spawn, spawnSync } from 'node:child_process';

/**
 * @param {string} command
 * @param {string[]} args
 */
function must(command, args) {
	const { status } = spawnSync(command, args, { stdio: 'inherit' });
	if (status !== 0) process.exit(status || 1);
}

must('npm', ['run', '-s', 'test:browser:prepare']);

const extra = process.argv.slice(2);
const vitest = (project) => [
	'vitest',
	'run',
	'--config',
	'tests/e2e/vitest.config.ts',
	'--project',
	project,
	...(extra.length ? ['--passWithNoTests', ...extra] : [])
];

const finished = (child) =>
	new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

const interactive = spawn('npx', vitest('interactive'), { stdio: 'inherit' });
const sweep = spawn('nice', ['-n', '10', 'npx', ...vitest('sweep')], { stdio: ['ignore', 'pipe', 'pipe'] });
let sweepOutput = '';
sweep.stdout.on('data', (chunk) => (sweepOutput += chunk));
sweep.stderr.on('data', (chunk) => (sweepOutput += chunk));

const [sweepCode, interactiveCode] = await Promise.all([
	finished(sweep).then((code) => {
		process.stdout.write(`\n── sweep (axe on every page), run beside the interactive tests ──\n${sweepOutput}\n`);
		return code;
	}),
	finished(interactive)
]);
process.exit(interactiveCode || sweepCode);
