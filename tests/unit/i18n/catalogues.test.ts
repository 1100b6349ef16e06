/** Every UI string exists in all three languages, with the same placeholders. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const load = (l: string) =>
	JSON.parse(readFileSync(`src/lib/i18n/messages/${l}.json`, 'utf8')) as Record<string, unknown>;
const kk = load('kk');
const placeholders = (v: unknown) =>
	[...new Set([...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe.each(['ru', 'en'])('the %s catalogue', (locale) => {
	const other = load(locale);
	test('has exactly the keys of the Kazakh base', () => {
		expect(Object.keys(other).sort()).toEqual(Object.keys(kk).sort());
	});
	test('uses the same placeholders and leaves nothing empty', () => {
		for (const key of Object.keys(kk)) {
			if (key.startsWith('$')) continue;
			expect(placeholders(other[key]), key).toEqual(placeholders(kk[key]));
			expect(JSON.stringify(other[key]).length, key).toBeGreaterThan(2);
		}
	});
});

test('Kazakh strings are written in Kazakh, not left in English', () => {
	const latinOnly = Object.entries(kk).filter(
		([k, v]) => !k.startsWith('$') && typeof v === 'string' && /^[\x20-\x7e]+$/.test(v) && /[a-z]{4,}/i.test(v)
	);
	expect(latinOnly.map(([k]) => k)).toEqual([]);
});
