/** Starts the site's own static server on a free port for the browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../../scripts/chromium.js';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
	const dir = path.resolve(process.env.ATLAS_BUILD_DIR ?? 'build');
	if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run "npm run build" first.`);
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
