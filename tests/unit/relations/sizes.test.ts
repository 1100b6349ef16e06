import { describe, expect, test } from 'vitest';
import { KIOSK_TARGET, relationSizes } from '$lib/relations/sizes';

describe('sizes of the relations view', () => {
	test.each([
		['a kiosk row is a 56 px target', 1920, 'kiosk', KIOSK_TARGET],
		['a phone row is a 44 px target', 390, 'explore', 44],
		['a projector shows the whole column', 1280, 'present', 28],
		['a laptop row', 1280, 'explore', 30]
	] as const)('%s', (_, width, mode, row) => {
		expect(relationSizes(width, mode).rowHeight).toBe(row);
	});
	test('the names column stays between 130 px and a third of a wide screen', () => {
		expect(relationSizes(390, 'explore').labelWidth).toBe(172);
		expect(relationSizes(300, 'explore').labelWidth).toBe(132);
		expect(relationSizes(1920, 'explore').labelWidth).toBe(280);
		expect(relationSizes(1920, 'kiosk').labelWidth).toBe(360);
	});
	test.each([
		[1280, 'explore'],
		[390, 'explore'],
		[1920, 'kiosk']
	] as const)('at %i px (%s) nested lines and their targets never overlap', (width, mode) => {
		const s = relationSizes(width, mode);
		expect(s.laneGap).toBeGreaterThanOrEqual(s.stroke[1] + 1);
		expect(s.hitWidth).toBeLessThanOrEqual(s.laneGap);
	});
});
