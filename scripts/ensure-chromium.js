#!/usr/bin/env node
/**
 * The browser tests need Debian's Chromium. Finds it; where it is missing and we are root,
 * installs it with apt-get; otherwise stops with a message saying what to install.
 * Never lets the browser tests be skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function works() {
	if (!existsSync(CHROMIUM)) return false;
	return spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' }).status === 0;
}

if (!works()) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!root) {
		console.error(
			`Chromium was not found at ${CHROMIUM}. The browser tests need it:\n` +
				'  sudo apt-get update && sudo apt-get install -y chromium\n' +
				'(or set CHROMIUM_PATH to a Chromium binary).'
		);
		process.exit(1);
	}
	console.log('Installing Debian chromium for the browser tests (apt-get)…');
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (!works()) {
		console.error(`apt-get finished but ${CHROMIUM} does not run.`);
		process.exit(1);
	}
}
console.log(
	`Chromium: ${execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' }).trim()}`
);
