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
const { model, problems } = await inspectContent(dir, process.cwd());
if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(contentReport(model));
