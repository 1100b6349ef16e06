import { describe, expect, test } from 'vitest';
import { journeysOf, seatAt, type Journey, type Unmapped } from '$lib/map/journeys';
import { arrivalBearing, journeyFeatures } from '$lib/map/journey-features';
import { ev, polity } from '../relations/fixtures';
import { PLACES } from './fixtures';

const y = (year: number) => ({ year, precision: 'year' as const });
const POLITIES = [
	polity('kazakh', 1465, [
		{ place: 'turkistan', from: y(1598), to: y(1723) },
		{ place: 'orenburg', from: y(1743) }
	]),
	polity('muscovy', 1263, [{ place: 'moscow' }]),
	polity('qing', 1636, [{ place: 'beijing', from: y(1644) }]),
	polity('dzungar', 1635)
];

function one(event: Parameters<typeof journeysOf>[0][number], others: Parameters<typeof journeysOf>[0] = []) {
	const { journeys, unmapped } = journeysOf([...others, event], POLITIES);
	return [...journeys, ...unmapped].find((j) => j.event === event.id) as Journey & Unmapped;
}

describe('seats', () => {
	test.each([
		[1600, 'turkistan'],
		[1723.5, 'turkistan'],
		[1730, undefined],
		[1750, 'orenburg'],
		[1500, undefined]
	])('the khanate’s seat in %s is %s', (at, place) => {
		expect(seatAt(POLITIES[0].seats, at)).toBe(place);
	});
	test('the later-begun of two overlapping seats wins', () => {
		expect(seatAt([{ place: 'a' }, { place: 'b', from: y(1700) }], 1750)).toBe('b');
	});
});

describe('an embassy or a letter as a journey', () => {
	test.each([
		[
			'a documented route is drawn stage by stage, all documented',
			ev('e', 'embassy', 1694, { from: 'muscovy', to: 'kazakh', route: ['moscow', 'orenburg', 'turkistan'] }),
			{
				stops: ['moscow', 'orenburg', 'turkistan'],
				legs: [
					{ from: 'moscow', to: 'orenburg', documented: true },
					{ from: 'orenburg', to: 'turkistan', documented: true }
				],
				originBy: 'route',
				destinationBy: 'route'
			}
		],
		[
			'origin and destination without a route: one undocumented leg',
			ev('e', 'letter', 1600, { from: 'kazakh', to: 'muscovy', origin: 'ghulja', destination: 'orenburg' }),
			{
				legs: [{ from: 'ghulja', to: 'orenburg', documented: false }],
				originBy: 'origin',
				destinationBy: 'destination'
			}
		],
		[
			'no places at all: from the sender’s seat to the receiver’s, at that date',
			ev('e', 'embassy', 1600, { from: 'kazakh', to: 'muscovy' }),
			{
				stops: ['turkistan', 'moscow'],
				legs: [{ from: 'turkistan', to: 'moscow', documented: false }],
				originBy: 'seat',
				destinationBy: 'seat'
			}
		],
		[
			'an origin before the documented stages adds an undocumented leg to the first stage',
			ev('e', 'embassy', 1757, { from: 'kazakh', to: 'qing', origin: 'turkistan', route: ['ghulja', 'beijing'] }),
			{
				stops: ['turkistan', 'ghulja', 'beijing'],
				legs: [
					{ from: 'turkistan', to: 'ghulja', documented: false },
					{ from: 'ghulja', to: 'beijing', documented: true }
				],
				originBy: 'origin',
				destinationBy: 'route'
			}
		],
		[
			'an origin that is the first stage adds nothing',
			ev('e', 'embassy', 1757, { from: 'kazakh', to: 'qing', origin: 'ghulja', route: ['ghulja', 'beijing'] }),
			{ legs: [{ from: 'ghulja', to: 'beijing', documented: true }] }
		]
	])('%s', (_, event, expected) => {
		expect(one(event)).toMatchObject(expected);
	});

	test('a return embassy without a route retraces the journey it answers, backwards and undocumented', () => {
		const outward = ev('out', 'embassy', 1594, {
			from: 'kazakh',
			to: 'muscovy',
			route: ['turkistan', 'orenburg', 'moscow']
		});
		const back = ev('back', 'embassy', 1595, { from: 'muscovy', to: 'kazakh', answers: 'out' });
		expect(one(back, [outward])).toMatchObject({
			stops: ['moscow', 'orenburg', 'turkistan'],
			legs: [
				{ from: 'moscow', to: 'orenburg', documented: false },
				{ from: 'orenburg', to: 'turkistan', documented: false }
			],
			originBy: 'answers',
			destinationBy: 'answers',
			answers: 'out'
		});
	});

	test('a reply with its own places keeps them and still names what it answers', () => {
		const outward = ev('out', 'embassy', 1594, { from: 'kazakh', to: 'muscovy', route: ['turkistan', 'moscow'] });
		const back = ev('back', 'letter', 1595, {
			from: 'muscovy',
			to: 'kazakh',
			route: ['moscow', 'orenburg'],
			answers: 'out'
		});
		expect(one(back, [outward])).toMatchObject({ stops: ['moscow', 'orenburg'], answers: 'out' });
	});

	test.each([
		[
			'the sender has no seat then',
			ev('e', 'embassy', 1750, { from: 'dzungar', to: 'kazakh' }),
			'no-origin',
			['dzungar']
		],
		[
			'the receiver has no seat then',
			ev('e', 'embassy', 1740, { from: 'muscovy', to: 'kazakh' }),
			'no-destination',
			['kazakh']
		],
		['neither has', ev('e', 'letter', 1500, { from: 'kazakh', to: 'dzungar' }), 'no-ends', ['kazakh', 'dzungar']],
		[
			'it starts and ends in one place',
			ev('e', 'embassy', 1750, { from: 'kazakh', to: 'muscovy', destination: 'orenburg' }),
			'same-place',
			[]
		],
		['it has no direction', ev('e', 'embassy', 1750, { from: 'kazakh' }), 'no-ends', []]
	])('no journey when %s', (_, event, reason, needsSeat) => {
		expect(one(event)).toEqual({ event: 'e', reason, needsSeat });
	});

	test('answers that loop do not hang, and only embassies and letters count', () => {
		const a = ev('a', 'embassy', 1600, { from: 'kazakh', to: 'dzungar', answers: 'b' });
		const b = ev('b', 'embassy', 1601, { from: 'dzungar', to: 'kazakh', answers: 'a' });
		const treaty = ev('t', 'treaty', 1600, { parties: ['kazakh', 'muscovy'] });
		const result = journeysOf([a, b, treaty], POLITIES);
		expect(result.total).toBe(2);
		expect(result.unmapped.map((u) => u.event).sort()).toEqual(['a', 'b']);
	});
});

describe('journeys as GeoJSON', () => {
	const placesById = new Map(PLACES.map((p) => [p.id, p]));
	const journey = one(
		ev('e', 'embassy', 1757, { from: 'kazakh', to: 'qing', origin: 'turkistan', route: ['ghulja', 'beijing'] })
	);
	const { lines, arrows } = journeyFeatures([journey], placesById);

	test('one line per run of documented or undocumented legs, joined end to start', () => {
		expect(lines.features.map((f) => f.properties.documented)).toEqual([0, 1]);
		const [dashed, solid] = lines.features.map((f) => f.geometry.coordinates);
		expect(dashed[0]).toEqual([68.25, 43.3]);
		expect(dashed.at(-1)).toEqual(solid[0]);
		expect(solid.at(-1)).toEqual([116.4, 39.9]);
		expect(lines.features[0].properties).toMatchObject({
			id: 'e',
			kind: 'embassy',
			answers: null,
			start: 1757,
			stop: 1758
		});
	});

	test('an arrow at the destination, turned the way the journey arrives', () => {
		expect(arrows.features).toHaveLength(1);
		expect(arrows.features[0].geometry.coordinates).toEqual([116.4, 39.9]);
		// Ghulja → Beijing runs east; the curve bows left (north), so it arrives heading south of east.
		expect(arrows.features[0].properties.bearing).toBeGreaterThan(90);
		expect(arrows.features[0].properties.bearing).toBeLessThan(150);
	});

	test.each([
		[
			[
				[0, 0],
				[0, 10]
			],
			0
		],
		[
			[
				[0, 0],
				[10, 0]
			],
			90
		],
		[
			[
				[0, 10],
				[0, 0]
			],
			180
		],
		[
			[
				[10, 0],
				[0, 0]
			],
			270
		]
	] as [[number, number][], number][])('bearing of %j is %d', (line, bearing) => {
		expect(arrivalBearing(line)).toBeCloseTo(bearing, 5);
	});

	test('a return journey bows to the other side of the one it retraces', () => {
		const out = one(ev('out', 'embassy', 1694, { from: 'muscovy', to: 'kazakh', route: ['moscow', 'turkistan'] }));
		const back = journeysOf(
			[
				ev('out', 'embassy', 1694, { from: 'muscovy', to: 'kazakh', route: ['moscow', 'turkistan'] }),
				ev('back', 'embassy', 1695, { from: 'kazakh', to: 'muscovy', answers: 'out' })
			],
			POLITIES
		).journeys[1];
		const mid = (j: Journey) => {
			const c = journeyFeatures([j], placesById).lines.features[0].geometry.coordinates;
			return c[Math.floor(c.length / 2)];
		};
		// Moscow → Turkistan runs south-east and bows left (east); the way back bows west of it.
		expect(mid(out)[0]).toBeGreaterThan(mid(back)[0]);
	});
});
