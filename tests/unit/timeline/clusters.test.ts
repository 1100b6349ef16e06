import { describe, expect, test } from 'vitest';
import type { EventEntry } from '$lib/domain/types';
import { clusterMarks, drawnMarks, renderMode, toMarks, visibleClusters, type Mark } from '$lib/timeline/clusters';

const mark = (id: string, pos: number, order = 0): Mark => ({ id, pos, start: pos, stop: pos, ranged: false, order });

describe('toMarks', () => {
	test('single dates sit at their middle, ranges at their start; order is stable', () => {
		const ev = (id: string, start: number, stop: number, end = false) =>
			({ id, start, stop, end: end ? {} : undefined }) as unknown as EventEntry;
		const marks = toMarks([ev('a', 1731, 1732), ev('b', 1700, 1720, true), ev('c', 1731, 1732)]);
		expect(marks.map((m) => [m.id, m.pos])).toEqual([
			['b', 1700],
			['a', 1731.5],
			['c', 1731.5]
		]);
	});
});

describe('clusterMarks', () => {
	const marks = [mark('a', 1700, 0), mark('b', 1701, 1), mark('c', 1702, 2), mark('d', 1750, 3), mark('e', 1751, 4)];
	test.each([
		// px per year, gap → group sizes
		[1, 20, [3, 2]],
		[10, 20, [3, 2]],
		[15, 20, [3, 2]],
		[21, 20, [1, 1, 1, 1, 1]],
		[30, 20, [1, 1, 1, 1, 1]],
		[0.1, 20, [5]]
	])('at %s px/year with a %s px gap: %j', (ppy, gap, sizes) => {
		expect(clusterMarks(marks, ppy, gap).map((c) => c.marks.length)).toEqual(sizes);
	});

	test('a chain of close marks is cut into groups at most maxWidth gaps wide, which never overlap', () => {
		const chain = Array.from({ length: 10 }, (_, i) => mark(`m${i}`, 1700 + i, i));
		const groups = clusterMarks(chain, 15, 20, 3);
		expect(groups.map((g) => g.marks.length)).toEqual([5, 5]);
		for (const g of groups) expect((g.last - g.first) * 15).toBeLessThanOrEqual(60);
	});

	test('groups keep date order inside and do not depend on panning', () => {
		const a = clusterMarks(marks, 1, 20);
		expect(a[0].marks.map((m) => m.id)).toEqual(['a', 'b', 'c']);
		expect(a[0].pos).toBeCloseTo(1701);
	});

	test('visibleClusters finds only groups overlapping the window', () => {
		const c = clusterMarks(marks, 30, 20);
		expect(visibleClusters(c, 1701.5, 1750.5).map((x) => x.marks[0].id)).toEqual(['c', 'd']);
		expect(visibleClusters(c, 1800, 1900)).toEqual([]);
	});
});

describe('render mode', () => {
	test('stacks count each mark, counts count one badge', () => {
		const c = clusterMarks([mark('a', 0), mark('b', 0), mark('c', 0), mark('d', 0), mark('e', 100)], 1, 10);
		expect(drawnMarks(c, 3)).toBe(2);
		expect(drawnMarks(c, 5)).toBe(5);
	});
	test.each([
		[10, 'svg'],
		[1500, 'svg'],
		[1501, 'canvas']
	])('%s drawn marks → %s', (n, mode) => expect(renderMode(n)).toBe(mode));
});
