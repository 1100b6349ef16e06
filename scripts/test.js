#!/usr/bin/env node
/**
 * `npm test`: every check CI runs. The UI strings are compiled first; then the static checks
 * (svelte-check, Prettier and ESLint, unit and component tests) run one after another while,
 * beside them, Chromium is checked and the site is built when its stamp does not match its
 * inputs (the build checks the content); then the browser tests (scripts/test-browser.js) test
 * that build.
 */
import { spawn } from 'node:child_process';

/**
 * Runs each command in turn, its output to the terminal or into `output`.
 * @param {string[][]} commands
 * @param {Buffer[]} [output]
 * @returns {Promise<number>} the first non-zero exit code, or 0
 */
async function lane(commands, output) {
	for (const [command, ...args] of commands) {
		const child = spawn(command, args, { stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		if (output) {
			child.stdout.on('data', (chunk) => output.push(chunk));
			child.stderr.on('data', (chunk) => output.push(chunk));
		}
		const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
		if (code) return code;
	}
	return 0;
}

/** @type {Buffer[]} */
const buildOutput = [];
/** @param {string} script */
const npm = (script) => ['npm', 'run', '-s', script];
const i18n = await lane([npm('i18n')]);
if (i18n) process.exit(i18n);
const [checks, build] = await Promise.all([
	lane([npm('check'), npm('lint'), npm('test:unit')]),
	lane(
		[
			['node', 'scripts/ensure-chromium.js'],
			['node', 'scripts/build.js', '--if-stale', '--skip-i18n']
		],
		buildOutput
	)
]);
process.stdout.write(`\n── Chromium and the build, run beside the checks above ──\n${Buffer.concat(buildOutput)}\n`);
if (checks || build) process.exit(checks || build);
process.exit(await lane([npm('test:browser')]));
