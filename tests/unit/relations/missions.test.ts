import { describe, expect, test } from 'vitest';
import { missionFlow, missionOf, missionsOf } from '$lib/relations/missions';
import { ev } from './fixtures';

const torekulov = [
	ev('1928-appointment', 'appointment', 1928, { parties: ['ussr', 'saudi'] }),
	ev('1930-talks', 'embassy', 1930, {
		from: 'ussr',
		to: 'saudi',
		sender: 'chicherin',
		envoys: ['torekulov'],
		receiver: 'faisal'
	}),
	ev('1932-visit', 'embassy', 1932, { from: 'saudi', to: 'ussr', sender: 'ibn-saud', envoys: ['faisal'] }),
	ev('1933-letter', 'letter', 1933, { from: 'ussr', to: 'saudi', sender: 'chicherin', receiver: 'ibn-saud' }),
	ev('1935-talks', 'embassy', 1935, {
		from: 'ussr',
		to: 'saudi',
		sender: 'chicherin',
		envoys: ['torekulov', 'khakimov'],
		receiver: 'faisal'
	})
];

describe('missions', () => {
	test.each([
		[
			'an embassy with everyone named',
			torekulov[1],
			{ sender: 'person:chicherin', envoys: ['torekulov'], receiver: 'person:faisal', stated: true }
		],
		[
			'an unnamed receiver is the receiving polity',
			torekulov[2],
			{ sender: 'person:ibn-saud', receiver: 'polity:ussr', stated: true }
		],
		[
			'nobody named: both polities',
			ev('x', 'embassy', 1600, { from: 'a', to: 'b' }),
			{ sender: 'polity:a', envoys: [], receiver: 'polity:b', stated: false }
		]
	])('%s', (_, event, expected) => {
		expect(missionOf(event)).toMatchObject(expected);
	});

	test('only embassies and letters with both ends are missions', () => {
		expect(missionOf(torekulov[0])).toBeNull();
		expect(missionOf(ev('x', 'embassy', 1600, { from: 'a' }))).toBeNull();
		expect(missionsOf(torekulov)).toHaveLength(4);
	});
});

describe('who sent whom to whom', () => {
	const flow = missionFlow(missionsOf(torekulov), null);
	const link = (s: string, t: string) => flow.links.find((l) => l.source === s && l.target === t);

	test('senders, envoys and receivers stand in their columns, in the order they first appear', () => {
		const col = (c: string) =>
			flow.nodes
				.filter((n) => n.column === c)
				.sort((a, b) => a.row - b.row)
				.map((n) => n.party);
		expect(col('sender')).toEqual(['person:chicherin', 'person:ibn-saud']);
		expect(col('envoy')).toEqual(['person:torekulov', 'person:faisal', 'person:khakimov']);
		expect(col('receiver')).toEqual(['person:faisal', 'polity:ussr', 'person:ibn-saud']);
		expect(flow.rows).toBe(3);
	});

	test('a sender reaches the receiver through each envoy; a letter goes straight', () => {
		expect(link('sender:person:chicherin', 'envoy:person:torekulov')).toMatchObject({
			count: 2,
			events: ['1930-talks', '1935-talks']
		});
		expect(link('envoy:person:torekulov', 'receiver:person:faisal')?.count).toBe(2);
		expect(link('envoy:person:khakimov', 'receiver:person:faisal')?.count).toBe(1);
		expect(link('sender:person:chicherin', 'receiver:person:ibn-saud')).toMatchObject({
			count: 1,
			events: ['1933-letter']
		});
		expect(flow.nodes.find((n) => n.id === 'sender:person:chicherin')?.count).toBe(3);
	});

	test('the window keeps only its missions', () => {
		const early = missionFlow(missionsOf(torekulov), { from: 1929, to: 1931 });
		expect(early.links.map((l) => `${l.source}>${l.target}`)).toEqual([
			'sender:person:chicherin>envoy:person:torekulov',
			'envoy:person:torekulov>receiver:person:faisal'
		]);
	});
});
