import { describe, expect, test } from 'vitest';
import { parseHistDate } from '$lib/domain/dates';
import type { Person, Role } from '$lib/domain/types';
import { laneOf, layoutLanes, packRows, packingScale, personSpan } from '$lib/timeline/lanes';

const person = (id: string, role: Role, extra: Partial<Person> = {}): Person => ({
	id,
	role,
	circa: false,
	events: [],
	sources: [{ work: 'w', locators: [{ label: 'page', value: '1' }] }],
	further: [],
	texts: { kk: { title: id, html: '', file: '' } },
	...extra
});
const d = (v: string | number) => parseHistDate(v);

describe('laneOf', () => {
	test.each([
		['khan', 'rulers'],
		['sultan', 'rulers'],
		['biy', 'biys'],
		['batyr', 'batyrs'],
		['zhyrau', 'batyrs'],
		['alash', 'alash'],
		['diplomat', 'diplomats'],
		['foreign', 'foreign']
	] as const)('%s → %s', (role, lane) => expect(laneOf(role)).toBe(lane));
});

describe('personSpan', () => {
	test('lifespan and reign, with exact ends', () => {
		const s = personSpan(
			person('a', 'khan', { born: d(1680), died: d('1748-08-17'), reign: [d(1710), d('1748-08-17')] })
		)!;
		expect(s.life![0]).toBe(1680);
		// 1748 is a leap year; the bar runs to the end of 17 August (day 230 of 366).
		expect(s.life![1]).toBeCloseTo(1748 + 230 / 366, 6);
		expect(s.reign![0]).toBe(1710);
		expect(s.softStart || s.softEnd).toBe(false);
	});
	test('circa feathers both ends', () => {
		const s = personSpan(person('a', 'biy', { born: d(1659), died: d(1756), circa: true }))!;
		expect([s.softStart, s.softEnd]).toEqual([true, true]);
	});
	test('an unknown death gives a feathered end, never shorter than the reign', () => {
		const s = personSpan(person('a', 'khan', { born: d(1700), reign: [d(1720), d(1760)] }))!;
		expect(s.life).toEqual([1700, 1761]);
		expect(s.softEnd).toBe(true);
		expect(s.softStart).toBe(false);
	});
	test('an unknown death reaches the last event the person took part in', () => {
		const s = personSpan(person('tole', 'biy', { born: d(1663), circa: true }), [{ start: 1748, stop: 1749 }])!;
		expect(s.life).toEqual([1663, 1749]);
		expect(s.softEnd).toBe(true);
	});
	test('BCE birth is placed on the astronomical axis', () => {
		const s = personSpan(person('a', 'foreign', { born: d(-234), died: d(-174) }))!;
		expect(s.start).toBe(-233);
		// 174 BCE is astronomical -173; the bar runs to the end of that year.
		expect(s.stop).toBe(-172);
	});
	test('no dates: the years of their events, marked attested', () => {
		const s = personSpan(person('a', 'diplomat'), [
			{ start: 1730, stop: 1731 },
			{ start: 1734.5, stop: 1734.6 }
		])!;
		expect([s.start, s.stop, s.attested]).toEqual([1730, 1734.6, true]);
		expect(personSpan(person('b', 'diplomat'))).toBeNull();
	});
});

describe('packRows', () => {
	test.each([
		[
			'no overlap → one row',
			[
				[0, 10],
				[20, 30],
				[40, 50]
			],
			[0, 0, 0],
			1
		],
		[
			'overlap → second row',
			[
				[0, 10],
				[5, 30],
				[40, 50]
			],
			[0, 1, 0],
			2
		],
		[
			'gap respected',
			[
				[0, 10],
				[12, 20]
			],
			[0, 1],
			2
		],
		[
			'first free row reused',
			[
				[0, 100],
				[0, 10],
				[20, 30],
				[0, 5]
			],
			[0, 1, 1, 2],
			3
		]
	])('%s', (_name, extents, rows, count) => {
		const out = packRows(
			extents.map(([x0, x1]) => ({ x0, x1 })),
			6
		);
		expect(out.rows).toEqual(rows);
		expect(out.count).toBe(count);
	});
	test('no two items in a row overlap (random input)', () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const items = Array.from({ length: 200 }, () => {
			const x0 = rnd() * 1000;
			return { x0, x1: x0 + rnd() * 80 };
		}).sort((a, b) => a.x0 - b.x0);
		const { rows } = packRows(items, 4);
		for (let i = 0; i < items.length; i++)
			for (let j = i + 1; j < items.length; j++)
				if (rows[i] === rows[j]) expect(items[i].x1 + 4 <= items[j].x0 || items[j].x1 + 4 <= items[i].x0).toBe(true);
	});
});

describe('packingScale', () => {
	test.each([
		[1, 1],
		[1.9, 1],
		[2, 2],
		[0.3, 0.25],
		[100, 64]
	])('%s px/year packs at %s', (ppy, bucket) => expect(packingScale(ppy)).toBe(bucket));
});

describe('layoutLanes', () => {
	const spans = [
		personSpan(person('k1', 'khan', { born: d(1700), died: d(1750) }))!,
		personSpan(person('k2', 'khan', { born: d(1740), died: d(1790) }))!,
		personSpan(person('f1', 'foreign', { born: d(1700), died: d(1750) }))!
	];
	test('empty lanes fold away; lanes keep their order', () => {
		const lanes = layoutLanes(spans, () => 50, { from: 1600, pxPerYear: 4 }, 20, 16);
		expect(lanes.map((l) => l.id)).toEqual(['rulers', 'foreign']);
		expect(lanes[1].y).toBe(lanes[0].y + lanes[0].height);
	});
	test('overlapping lives stack; a name that does not fit reserves room beside the bar', () => {
		const wide = layoutLanes(spans, () => 50, { from: 1600, pxPerYear: 4 }, 20, 16);
		expect(wide[0].rows).toBe(2);
		// Bars 1700–1751 and 1790 do not overlap, but at 1 px/year the first name needs 50 px after it.
		const a = personSpan(person('a', 'biy', { born: d(1700), died: d(1710) }))!;
		const b = personSpan(person('b', 'biy', { born: d(1720), died: d(1790) }))!;
		expect(layoutLanes([a, b], () => 50, { from: 1600, pxPerYear: 1 }, 20)[0].rows).toBe(2);
		expect(layoutLanes([a, b], () => 1, { from: 1600, pxPerYear: 1 }, 20)[0].rows).toBe(1);
	});
	test("a name that only fits across the reign's edge reserves room beside the bar", () => {
		// Life 1700–1760 is 60 px at 1 px/year, long enough for a 50 px name, but the reign 1720–1740 splits it into 20 px stretches.
		const ruler = personSpan(person('r', 'khan', { born: d(1700), died: d(1760), reign: [d(1720), d(1740)] }))!;
		const next = personSpan(person('n', 'khan', { born: d(1770), died: d(1800) }))!;
		expect(layoutLanes([ruler, next], () => 50, { from: 1600, pxPerYear: 1 }, 20)[0].rows).toBe(2);
		expect(layoutLanes([ruler, next], () => 12, { from: 1600, pxPerYear: 1 }, 20)[0].rows).toBe(1);
	});
	test('when names would cost too many rows, later bars give up name room but not the cap', () => {
		const many = Array.from({ length: 8 }, (_, i) =>
			personSpan(person(`p${i}`, 'biy', { born: d(1700 + i * 20), died: d(1710 + i * 20) }))!
		);
		const capped = layoutLanes(many, () => 200, { from: 1600, pxPerYear: 1 }, 20, 0, 4, 5)[0];
		expect(capped.rows).toBe(5);
		// The first five keep their name room; the rest fill rows behind them.
		expect(capped.people.map((p) => p.row)).toEqual([0, 1, 2, 3, 4, 0, 1, 2]);
		// With a higher cap the names keep their room.
		expect(layoutLanes(many, () => 200, { from: 1600, pxPerYear: 1 }, 20, 0, 4, 20)[0].rows).toBeGreaterThan(5);
	});
	test('bars never overlap, even past the cap', () => {
		const stacked = Array.from({ length: 7 }, (_, i) =>
			personSpan(person(`s${i}`, 'biy', { born: d(1700 + i), died: d(1800) }))!
		);
		const lane = layoutLanes(stacked, () => 50, { from: 1600, pxPerYear: 1 }, 20, 0, 4, 3)[0];
		expect(lane.rows).toBe(7);
		expect(new Set(lane.people.map((p) => p.row)).size).toBe(7);
	});
});
