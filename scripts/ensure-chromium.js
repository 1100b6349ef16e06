#!/usr/bin/env node
/**
 * The browser tests need Debian's Chromium. Checks that it runs, and otherwise stops with a
 * message saying what to install; it installs nothing (CI's .ci/run does that as root).
 * Never lets the browser tests be skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.js';

const run = () => spawnSync(CHROMIUM_PATH, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' });

if (!existsSync(CHROMIUM_PATH) || run().status !== 0) {
	console.error(
		`Chromium was not found or does not run at ${CHROMIUM_PATH}. The browser tests need it:\n` +
			'  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core\n' +
			'(or set CHROMIUM_PATH to a Chromium binary).'
	);
	process.exit(1);
}
console.log(`Chromium: ${run().stdout.trim()}`);
