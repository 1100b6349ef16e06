/**
 * The rules of evidence applied to what a visitor reads (title, summary, body): no notes about
 * how the text was prepared, no refused host named or linked (content/source-rules.yaml).
 */
import type { ContentProblem } from '$lib/domain/types';
import { findProcessPhrases, hostRule, type SourceRules } from './bibliography';
import { linkTargets, stripCode } from './body';

/** Visitor text must speak of history: no process notes, no refused hosts in links. */
export function checkVisitorText(
	f: { file: string; body: string },
	fields: Record<string, unknown>,
	rules: SourceRules,
	problems: ContentProblem[]
) {
	const texts: [string, string][] = [
		['title', String(fields.title ?? fields.name ?? '')],
		['summary', String(fields.summary ?? '')],
		['(body)', stripCode(f.body)]
	];
	for (const [field, text] of texts) {
		for (const phrase of findProcessPhrases(text, rules)) {
			problems.push({
				file: f.file,
				field,
				expected:
					'text about the history, attributing views to named historians and works (see content/source-rules.yaml)',
				found: `"${phrase}"`
			});
		}
	}
	// A refused host named in prose ("as shuak.kz says") is as much a citation of it as a link.
	for (const [field, text] of texts) {
		for (const rule of rules.refused) {
			if (new RegExp(`(?<![\\w-])${rule.host.replace(/\./g, '\\.')}(?![\\w-])`, 'i').test(text)) {
				problems.push({
					file: f.file,
					field,
					expected: `no mention of a refused host (${rule.host}: ${rule.why})`,
					found: `"${rule.host}"`
				});
			}
		}
	}
	for (const url of linkTargets(stripCode(f.body))) {
		const rule = hostRule(url, rules.refused);
		if (rule)
			problems.push({
				file: f.file,
				field: '(body)',
				expected: `no link to a refused host (${rule.host}: ${rule.why})`,
				found: url
			});
	}
}
