/**
 * Markdown bodies: refused when they could run script, otherwise rendered with mdsvex to
 * static HTML. Content is text, never code: the rendered HTML is shown as-is, so a literal
 * "{" in prose stays a brace and Svelte never sees the body.
 */
import { compile } from 'mdsvex';

export interface BodyProblem {
	expected: string;
	found: string;
}

const SVELTE_BLOCK = /\{\s*[#:/@]\s*[a-z]/i;
const RAW_BLOCKS = /<\s*\/?\s*(script|style|iframe|object|embed|svelte:[a-z]+)\b/i;
const COMPONENT = /<\s*[A-Z][A-Za-z0-9]*[\s/>]/;
const EVENT_HANDLER = /<[^>]*\s(on[a-z]+)\s*=/i;
const BAD_SCHEME = /^(?:javascript|vbscript|data):/i;

/** Finds everything in a raw body that could run script. */
export function findUnsafe(markdown: string): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const prose = stripCode(markdown);
	const push = (found: string) =>
		problems.push({ expected: 'Markdown text without script, styles, event handlers or Svelte syntax', found });
	const block = RAW_BLOCKS.exec(prose);
	if (block) push(`a <${block[1].toLowerCase()}> block`);
	const handler = EVENT_HANDLER.exec(prose);
	if (handler) push(`an event-handler attribute "${handler[1]}="`);
	const svelte = SVELTE_BLOCK.exec(prose);
	if (svelte) push(`Svelte syntax "${svelte[0]}"`);
	const component = COMPONENT.exec(prose);
	if (component) push(`a component tag "${component[0].trim()}"`);
	for (const url of linkTargets(prose)) {
		// Browsers ignore whitespace and control characters inside a scheme, so must we.
		// eslint-disable-next-line no-control-regex
		if (BAD_SCHEME.test(decodeEntities(url).replace(/[\s\u0000-\u001f]/g, ''))) {
			push(`a link to "${url.slice(0, 40)}" (javascript: and data: links are not allowed)`);
		}
	}
	return problems;
}

/** Code spans and fences are shown, not run, so they may hold anything. */
export function stripCode(markdown: string): string {
	return markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Targets of Markdown links, reference definitions, autolinks and HTML attributes. */
export function linkTargets(prose: string): string[] {
	const targets: string[] = [];
	const patterns = [
		/\]\(\s*<?([^)\s>]+)/g,
		/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
		/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi,
		/\b(?:href|src|action|formaction|xlink:href|srcset|poster)\s*=\s*["']?([^"'\s>]+)/gi
	];
	for (const pattern of patterns) for (const m of prose.matchAll(pattern)) targets.push(m[1]);
	return targets;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&tab;|&newline;/gi, '');
}

/** Renders a body already checked by findUnsafe. */
export async function renderBody(markdown: string): Promise<string> {
	if (!markdown.trim()) return '';
	const result = await compile(markdown, { smartypants: false });
	if (!result) return '';
	// mdsvex wraps highlighted code in a Svelte {@html} tag; as plain HTML we want its inside.
	return result.code
		.replace(/\{@html `([\s\S]*?)`\}/g, (_, inner: string) => inner.replace(/\\`/g, '`'))
		.replace(/ rel="nofollow"/g, ' rel="nofollow noopener"')
		.trim();
}
