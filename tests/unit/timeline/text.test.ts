import { afterEach, describe, expect, test } from 'vitest';
import { calibrateTextWidth, textWidth } from '$lib/timeline/text';

/** A browser whose every text measures `width` px wide, and which says what font it was asked for. */
function fakeMeasure(width: number) {
	const fonts: string[] = [];
	const measure = (font: string) => {
		fonts.push(font);
		return width;
	};
	return { measure, fonts };
}

const noto = textWidth('Абылай хан', 16);
afterEach(() => calibrateTextWidth(fakeMeasure(0).measure, 'x'));

describe('text widths follow the font the page shows', () => {
	test('a wider stand-in font widens every estimate by as much', () => {
		const { measure, fonts } = fakeMeasure(10_000);
		const factor = calibrateTextWidth(measure, "'Noto Sans', system-ui, sans-serif");
		expect(factor).toBeGreaterThan(1);
		expect(textWidth('Абылай хан', 16)).toBeGreaterThan(noto);
		// Measured in the page's own font, semibold as the names are drawn.
		expect(fonts).toEqual(["600 100px 'Noto Sans', system-ui, sans-serif"]);
	});

	test('never narrower than the estimates, and at most 30 % wider', () => {
		expect(calibrateTextWidth(fakeMeasure(1).measure, 'x')).toBe(1);
		expect(textWidth('Абылай хан', 16)).toBe(noto);
		expect(calibrateTextWidth(fakeMeasure(1e9).measure, 'x')).toBe(1.3);
	});

	test('nothing measured: the estimates stay', () => {
		expect(calibrateTextWidth(fakeMeasure(0).measure, 'x')).toBe(1);
		expect(textWidth('Абылай хан', 16)).toBe(noto);
	});
});
