import { describe, expect, test } from 'vitest';
import { actsOf } from '$lib/relations/acts';
import { arcDiagram, arcLanes, polityOrder, type ArcOptions } from '$lib/relations/arc-layout';
import { networkOf } from '$lib/relations/network';
import { EVENTS, POLITIES } from './fixtures';

const acts = actsOf(EVENTS);
const order = polityOrder(POLITIES, acts);
const all = networkOf(acts, null).relations;
const lanes = arcLanes(all, order);
const OPTS: ArcOptions = { rowHeight: 30, width: 400, inset: 8, laneGap: 6, stroke: [1.5, 8] };

describe('the column of polities', () => {
	test('polities with acts, in the order they were founded; one without acts is left out', () => {
		expect(order).toEqual(['muscovy', 'kazakh', 'bukhara', 'dzungar', 'qing', 'empire']);
	});
});

describe('lanes', () => {
	test.each([
		['the embassy down the column (to a later polity) sits inside', 'muscovy|kazakh|embassy', 0],
		['the one coming back up outside it', 'kazakh|muscovy|embassy', 1],
		['the treaty of the same pair nests outside both', 'kazakh|muscovy|treaty', 2],
		['a pair with one relation has lane 0', 'dzungar|kazakh|conflict', 0],
		['embassy before letter', 'kazakh|qing|embassy', 0],
		['letter after embassy', 'kazakh|qing|letter', 1]
	])('%s', (_, key, lane) => {
		expect(lanes.get(key)).toBe(lane);
	});
});

describe('arcs', () => {
	const diagram = arcDiagram(order, all, lanes, OPTS);
	const arc = (key: string) => diagram.arcs.find((a) => a.key === key)!;

	test('nodes stand one row apart, centred in their rows', () => {
		expect(diagram.height).toBe(180);
		expect(diagram.nodes.map((n) => n.y)).toEqual([15, 45, 75, 105, 135, 165]);
	});

	test('an embassy runs from the sender down or up to the receiver and ends in an arrow there', () => {
		// kazakh (row 1, y 45) → qing (row 4, y 135): drawn clockwise from the upper end.
		expect(arc('kazakh|qing|embassy').d).toMatch(/^M8,45A[\d.]+,45 0 0 1 8,135$/);
		expect(arc('kazakh|qing|embassy').arrow).toMatch(/^M8,135L/);
		// kazakh (y 45) → muscovy (y 15) goes up the column, counter-clockwise: still bulging right.
		expect(arc('kazakh|muscovy|embassy').d).toMatch(/^M8,45A[\d.]+,15 0 0 0 8,15$/);
		expect(arc('kazakh|muscovy|embassy').arrow).toMatch(/^M8,15L/);
		expect(arc('muscovy|kazakh|embassy').d).toMatch(/^M8,15A[\d.]+,15 0 0 1 8,45$/);
	});

	test('an undirected relation has no arrow', () => {
		expect(arc('kazakh|muscovy|treaty').arrow).toBeNull();
		expect(arc('dzungar|kazakh|conflict').arrow).toBeNull();
	});

	test('nested lanes reach further right; longer spans reach further than shorter ones', () => {
		const x = (key: string) => arc(key).apex[0];
		expect(x('kazakh|muscovy|treaty')).toBeGreaterThan(x('kazakh|muscovy|embassy'));
		expect(x('kazakh|muscovy|embassy')).toBeGreaterThan(x('muscovy|kazakh|embassy'));
		expect(x('kazakh|muscovy|treaty') - x('kazakh|muscovy|embassy')).toBe(OPTS.laneGap);
		expect(x('kazakh|qing|embassy')).toBeGreaterThan(x('dzungar|kazakh|conflict'));
	});

	test('every arc stays inside the width', () => {
		for (const a of diagram.arcs) expect(a.apex[0] + a.width / 2).toBeLessThanOrEqual(OPTS.width);
		const narrow = arcDiagram(order, all, lanes, { ...OPTS, width: 120 });
		for (const a of narrow.arcs) expect(a.apex[0]).toBeLessThanOrEqual(120);
	});

	test('more acts draw a wider arc; one act the thinnest', () => {
		expect(arc('kazakh|qing|embassy').width).toBeGreaterThan(arc('kazakh|qing|letter').width);
		expect(arc('kazakh|qing|letter').width).toBe(1.5);
	});

	test('an arc keeps its place when the window leaves it alone in its pair', () => {
		const later = networkOf(acts, { from: 1765, to: 1775 }).relations;
		const moved = arcDiagram(order, later, lanes, OPTS).arcs.find((a) => a.key === 'kazakh|qing|embassy')!;
		expect(moved.d).toBe(arc('kazakh|qing|embassy').d);
	});
});
