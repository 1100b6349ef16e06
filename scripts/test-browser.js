#!/usr/bin/env node
/**
 * `npm run test:browser`: checks Chromium, builds when the build's stamp does not match its
 * inputs, then runs the two projects of tests/e2e/vitest.config.ts side by side: `interactive`
 * (streamed; a few files at once, the longest first) and, niced so the interactive tests keep
 * the CPU when they need it, `sweep` (printed when it ends). Exits non-zero if either fails.
 * Extra arguments (file filters, -t) go to both.
 *
 * The failures come once more at the very end, each with the first lines of its error: a CI
 * log is often read from its tail, and the sweep's long output is printed after the
 * interactive tests' own report of what failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
const reports = mkdtempSync(path.join(tmpdir(), 'atlas-browser-tests-'));
/** @param {string} project */
const report = (project) => path.join(reports, `${project}.json`);
/** @param {string} project */
const vitest = (project) => [
	'vitest',
	'run',
	'--config',
	'tests/e2e/vitest.config.ts',
	'--project',
	project,
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report(project)}`,
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

/**
 * What failed in one project, a few lines each, from Vitest's JSON report.
 * @param {string} project
 * @returns {string[]}
 */
function failures(project) {
	let results;
	try {
		results = JSON.parse(readFileSync(report(project), 'utf8')).testResults;
	} catch {
		return [`${project}: no report was written (see its output above)`];
	}
	const firstLines = (/** @type {string} */ text) =>
		text
			.split('\n')
			.filter((line) => !/node_modules|node:internal|at new Promise/.test(line))
			.slice(0, 6)
			.map((line) => `    ${line}`);
	const lines = [];
	for (const file of results) {
		const name = path.relative(process.cwd(), file.name);
		const failed = file.assertionResults.filter((/** @type {{ status: string }} */ t) => t.status === 'failed');
		for (const test of failed)
			lines.push(`× ${project} ${name} › ${test.fullName}`, ...firstLines(test.failureMessages.join('\n')));
		if (file.status === 'failed' && !failed.length)
			lines.push(`× ${project} ${name}`, ...firstLines(file.message || 'failed'));
	}
	return lines;
}

if (interactiveCode || sweepCode) {
	const lines = [...(interactiveCode ? failures('interactive') : []), ...(sweepCode ? failures('sweep') : [])];
	process.stdout.write(`\n── what failed (each in full above) ──\n${lines.join('\n')}\n`);
}
rmSync(reports, { recursive: true, force: true });
process.exit(interactiveCode || sweepCode);
