import { describe, expect, test } from 'vitest';
import { flowGeometry } from '$lib/relations/flow-layout';
import { missionFlow, missionsOf } from '$lib/relations/missions';
import { ev } from './fixtures';

const flow = missionFlow(
	missionsOf([
		ev('a', 'embassy', 1930, {
			from: 'ussr',
			to: 'saudi',
			sender: 'chicherin',
			envoys: ['torekulov'],
			receiver: 'faisal'
		}),
		ev('b', 'letter', 1933, { from: 'ussr', to: 'saudi', sender: 'chicherin', receiver: 'ibn-saud' })
	]),
	null
);

describe('the people flow’s geometry', () => {
	const g = flowGeometry(flow, 660, 40);
	test('three equal columns with room between them', () => {
		expect(g.columns.sender).toBe(0);
		expect(g.columns.envoy).toBeCloseTo(g.columnWidth + 66);
		expect(g.columns.receiver + g.columnWidth).toBeCloseTo(660);
		expect(g.height).toBe(80);
	});
	test('links run from the right edge of one name to the left edge of the next', () => {
		const toEnvoy = g.links.find((l) => l.target === 'envoy:person:torekulov')!;
		expect(toEnvoy.d.startsWith(`M${g.columnWidth},20`)).toBe(true);
		expect(toEnvoy.d.endsWith(`${g.columns.envoy},20`)).toBe(true);
		expect(toEnvoy.direct).toBe(false);
	});
	test('a letter without an envoy goes straight from sender to receiver', () => {
		const letter = g.links.find((l) => l.target === 'receiver:person:ibn-saud')!;
		expect(letter.direct).toBe(true);
		expect(letter.d.endsWith(`${g.columns.receiver},60`)).toBe(true);
	});
});
