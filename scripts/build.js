#!/usr/bin/env node
/**
 * `npm run build`: compiles the UI strings, checks the content, prepares the basemap and builds
 * the static site, then stamps the build with the hash of its inputs (scripts/build-inputs.js).
 *   --if-stale   do nothing when the build's stamp matches the inputs as they are now
 *                (`npm test` after `npm start` builds once)
 *   --skip-i18n  the caller has just compiled the UI strings (npm test, whose checks read them
 *                while this builds: compiling again would rewrite them under their feet)
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { STAMP_FILE, buildDir, inputsStamp, staleReason, writeStamp } from './build-inputs.js';

const ifStale = process.argv.includes('--if-stale');
const skipI18n = process.argv.includes('--skip-i18n');
// `--mode bench`: Vite's mode, for the map benchmark's build (scripts/bench-map.mjs), the only one
// with a hook into the map. Such a build is never stamped, so no test takes it for the site.
const modeAt = process.argv.indexOf('--mode');
const mode = modeAt >= 0 ? process.argv[modeAt + 1] : undefined;
const dir = buildDir();

if (ifStale) {
	const why = staleReason(dir);
	if (!why) {
		console.log(`The build in ${path.relative(process.cwd(), dir) || dir} matches its inputs: not building again.`);
		process.exit(0);
	}
	console.log(`Building: ${why}.`);
}

// Hashed before building, so a file edited while the build runs makes the stamp stale.
const stamp = inputsStamp();
rmSync(path.join(dir, STAMP_FILE), { force: true });
for (const step of [
	...(skipI18n ? [] : [['npm', 'run', '-s', 'i18n']]),
	['npm', 'run', '-s', 'check:content'],
	['npm', 'run', '-s', 'basemap'],
	['npx', 'vite', 'build', ...(mode ? ['--mode', mode] : [])]
]) {
	const { status, signal } = spawnSync(step[0], step.slice(1), { stdio: 'inherit' });
	if (status !== 0) {
		console.error(`Build step failed: ${step.join(' ')} (${signal ?? `exit ${status}`})`);
		process.exit(status || 1);
	}
}
if (!mode) writeStamp(stamp, dir);
