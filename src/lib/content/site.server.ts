/**
 * The site's content, loaded once per build. ATLAS_CONTENT_DIR points the build at another
 * folder (benchmarks build synthetic content this way).
 */
import path from 'node:path';
import { loadContent } from './load';
import type { ContentModel } from './types';

let cached: Promise<ContentModel> | undefined;

export function contentDir(): string {
	return path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
}

export function getContent(): Promise<ContentModel> {
	const dir = contentDir();
	// Paths in messages are relative to the project (or to an outside tree's parent folder).
	cached ??= loadContent(dir, dir.startsWith(process.cwd() + path.sep) ? process.cwd() : path.dirname(dir));
	return cached;
}
