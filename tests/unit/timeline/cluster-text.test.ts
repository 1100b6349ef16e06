import { afterAll, describe, expect, test } from 'vitest';
import type { EventKind } from '$lib/domain/types';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { clusterHolds } from '$lib/timeline/cluster-text';

afterAll(() => overwriteGetLocale(() => baseLocale));

const many = (kind: EventKind, n: number): EventKind[] => Array.from({ length: n }, () => kind);

describe('clusterHolds: what a count badge holds, with plurals', () => {
	test.each<['kk' | 'ru' | 'en', EventKind[], string]>([
		['en', many('embassy', 7), '7 embassies'],
		['en', many('embassy', 1), '1 embassy'],
		['en', [...many('letter', 2), ...many('embassy', 7), 'treaty'], '7 embassies, 2 letters and 1 treaty'],
		['en', [...many('congress', 2), ...many('law', 2)], '2 laws and 2 assemblies'],
		['ru', many('embassy', 1), '1 посольство'],
		['ru', many('embassy', 3), '3 посольства'],
		['ru', many('embassy', 7), '7 посольств'],
		['ru', many('embassy', 21), '21 посольство'],
		['ru', [...many('letter', 5), ...many('treaty', 2)], '5 писем и 2 договора'],
		['kk', many('embassy', 7), '7 елшілік'],
		['kk', [...many('embassy', 3), 'letter'], '3 елшілік және 1 хат']
	])('%s %j → %s', (locale, kinds, text) => {
		overwriteGetLocale(() => locale);
		expect(clusterHolds(kinds)).toBe(text);
	});
});
