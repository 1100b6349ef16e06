import { describe, expect, test } from 'vitest';
import { keepEqual, sameData } from '$lib/timeline/keep-equal';

describe('sameData', () => {
	test('compares plain data by value, nested', () => {
		expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'x' }] })).toBe(true);
		expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] })).toBe(false);
		expect(sameData([1, 2], [1, 2, 3])).toBe(false);
		expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameData([], {})).toBe(false);
		expect(sameData(null, {})).toBe(false);
		expect(sameData(Number.NaN, Number.NaN)).toBe(true);
	});
});

describe('keepEqual', () => {
	test('hands back the kept object while updates compute equal ones, and a new one when they differ', () => {
		const keep = keepEqual();
		const first = keep({ font: 13, rows: [1, 2] });
		expect(keep({ font: 13, rows: [1, 2] })).toBe(first);
		const changed = keep({ font: 14, rows: [1, 2] });
		expect(changed).not.toBe(first);
		expect(changed).toEqual({ font: 14, rows: [1, 2] });
		expect(keep({ font: 14, rows: [1, 2] })).toBe(changed);
	});
});
