import { describe, expect, test } from 'vitest';
import { pageOf } from '$lib/modes/paging';

describe('pageOf', () => {
	test.each([
		// top, view, full → count, page, first, last
		[0, 400, 300, 1, 1, true, true],
		[0, 400, 401, 1, 1, true, true],
		[0, 400, 700, 2, 1, true, false],
		[300, 400, 700, 2, 2, false, true],
		[0, 400, 1100, 3, 1, true, false],
		[352, 400, 1100, 3, 2, false, false],
		[700, 400, 1100, 3, 3, false, true],
		[0, 400, 1200, 4, 1, true, false],
		[0, 0, 500, 1, 1, true, true]
	])('scrolled %i in a box of %i px over %i px: page %i/%i', (top, view, full, count, page, first, last) => {
		expect(pageOf(top, view, full)).toMatchObject({ count, page, first, last });
	});

	test('a turn keeps a line of the page before, and the pages cover the whole text', () => {
		const { step, count } = pageOf(0, 400, 1200);
		expect(step).toBeLessThan(400);
		expect(step).toBeGreaterThan(300);
		expect((count - 1) * step + 400).toBeGreaterThanOrEqual(1200);
	});
});
