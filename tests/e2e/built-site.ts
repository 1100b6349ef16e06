/** Reads the built site from disk: its pages and the links between them. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function builtPages(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const abs = path.join(d, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_app') walk(abs);
			} else if (entry.name.endsWith('.html')) out.push(abs);
		}
	};
	walk(dir);
	return out.sort();
}

/** The URL path a prerendered file answers to. */
export function urlOf(dir: string, file: string): string {
	const rel = '/' + path.relative(dir, file).split(path.sep).join('/');
	return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export function hrefsIn(html: string): string[] {
	return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
