#!/usr/bin/env node
/**
 * Adds or updates UI strings in all three catalogues at once, so no language is forgotten:
 *   node scripts/add-messages.mjs '{"key": ["kk text", "ru text", "en text"]}'
 */
import { readFileSync, writeFileSync } from 'node:fs';

const entries = JSON.parse(process.argv[2] ?? '{}');
['kk', 'ru', 'en'].forEach((locale, i) => {
	const file = new URL(`../src/lib/i18n/messages/${locale}.json`, import.meta.url);
	const catalogue = JSON.parse(readFileSync(file, 'utf8'));
	for (const [key, texts] of Object.entries(entries)) {
		if (!Array.isArray(texts) || texts.length !== 3) throw new Error(`${key}: give [kk, ru, en]`);
		catalogue[key] = texts[i];
	}
	writeFileSync(file, JSON.stringify(catalogue, null, '\t') + '\n');
});
console.log(`added ${Object.keys(entries).length} message(s)`);
