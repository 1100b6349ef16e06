/**
 * The stamp of a build's inputs: a hash of every file and setting that can change what
 * `vite build` writes (sources, routes, static files, the content, the lockfile, the configs,
 * the public environment: PUBLIC_* variables and .env files). `npm run build` writes it into the build as `.build-inputs`;
 * `npm test` rebuilds unless it matches, and the browser tests refuse a build whose stamp
 * does not match the inputs as they are now, so a stale build is never tested.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const STAMP_FILE = '.build-inputs';

/** Folders read whole, less what the build generates into them (made again from other inputs). */
const TREES = ['src', 'routes', 'static'];
const GENERATED = ['src/lib/paraglide', 'static/basemap'];
const FILES = [
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'scripts/build.js',
	'scripts/build-inputs.js',
	'scripts/prepare-basemap.ts',
	'.env',
	'.env.local',
	'.env.production',
	'.env.production.local'
];

export function buildDir() {
	return path.resolve(root, process.env.ATLAS_BUILD_DIR ?? 'build');
}

export function contentDir() {
	return path.resolve(root, process.env.ATLAS_CONTENT_DIR ?? 'content');
}

/**
 * @param {string} dir
 * @param {string[]} skip
 * @param {string[]} out
 * @returns {string[]}
 */
function walk(dir, skip, out) {
	if (!existsSync(dir)) return out;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const abs = path.join(dir, entry.name);
		if (skip.includes(abs)) continue;
		if (entry.isDirectory()) walk(abs, skip, out);
		else if (entry.isFile()) out.push(abs);
	}
	return out;
}

/** The hash of the inputs as they are now. */
export function inputsStamp() {
	const skip = GENERATED.map((g) => path.join(root, g));
	const files = [
		...TREES.flatMap((t) => walk(path.join(root, t), skip, [])),
		...FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f))
	].sort();
	const content = contentDir();
	const contentFiles = walk(content, [], []).sort();
	const hash = createHash('sha256');
	const env = Object.entries(process.env)
		.filter(([key]) => key.startsWith('PUBLIC_'))
		.sort(([a], [b]) => (a < b ? -1 : 1));
	hash.update(JSON.stringify({ node: process.version, content, env }));
	for (const file of files) hash.update(`\0${path.relative(root, file)}\0`).update(readFileSync(file));
	for (const file of contentFiles)
		hash.update(`\0content:${path.relative(content, file)}\0`).update(readFileSync(file));
	return hash.digest('hex');
}

/** The stamp a finished build carries, or null (no build, or one made without the stamp). */
export function builtStamp(dir = buildDir()) {
	const file = path.join(dir, STAMP_FILE);
	return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8').trim() : null;
}

/** @param {string} stamp */
export function writeStamp(stamp, dir = buildDir()) {
	writeFileSync(path.join(dir, STAMP_FILE), stamp + '\n');
}

/** Why the build in `dir` cannot be tested as it is, or null when it matches its inputs. */
export function staleReason(dir = buildDir()) {
	if (!existsSync(path.join(dir, 'index.html'))) return `there is no built site in ${dir}`;
	const built = builtStamp(dir);
	if (!built) return `${dir} has no stamp of its inputs (${STAMP_FILE}), so it may be stale`;
	if (built !== inputsStamp())
		return `its inputs (sources, content, configs or lockfile) changed since ${dir} was built`;
	return null;
}
