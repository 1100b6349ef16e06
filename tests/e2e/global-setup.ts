/** Checks that the build is up to date, then starts the site's own static server on a free port for the browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { buildDir, staleReason } from '../../scripts/build-inputs.js';
import { freePort } from '../../scripts/chromium.js';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
	const dir = buildDir();
	// Never test a stale build: its stamp must match the sources and content as they are now.
	const stale = staleReason(dir);
	if (stale) throw new Error(`Not testing the build: ${stale}. Run "npm run build" first.`);
	const port = await freePort();
	server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve());
		server!.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	project.provide('baseUrl', `http://127.0.0.1:${port}`);
	project.provide('buildDir', dir);
}

export async function teardown() {
	server?.kill();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		buildDir: string;
	}
}
