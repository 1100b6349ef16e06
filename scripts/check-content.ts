/**
 * `npm run check:content`: validates content/ exactly as the build does, then prints a report
 * (counts, language coverage per field, routes, files citing only the dissertation).
 * Exit 1 with every problem listed when anything is wrong.
 */
import path from 'node:path';
import { inspectContent } from '../src/lib/content/load';
import { formatProblems } from '../src/lib/content/problems';
import { contentReport } from './content-report';

const dir = path.resolve(process.argv[2] ?? process.env.ATLAS_CONTENT_DIR ?? 'content');
// Paths are shown relative to the project, or to the folder holding an outside content tree.
const base = dir.startsWith(process.cwd() + path.sep) ? process.cwd() : path.dirname(dir);
const { model, problems } = await inspectContent(dir, base);
if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(contentReport(model));
