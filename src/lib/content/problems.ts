import type { ContentProblem } from './types';

/** Every problem found, thrown together so authors fix them all in one pass. */
export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
	}
}

export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file}: ${p.field}: expected ${p.expected}; found ${p.found}`);
	return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** How a found value is shown in a message: short, and unambiguous about type. */
export function showValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
