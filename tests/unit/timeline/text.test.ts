import { afterEach, describe, expect, test } from 'vitest';
import { calibrateTextWidth, textWidth } from '$lib/timeline/text';

/** A document whose every element measures `width` px wide, and which says what it was asked. */
function fakeDocument(width: number) {
	const appended: { style: { cssText: string }; removed: boolean }[] = [];
	const doc = {
		createElement: () => {
			const el = {
				style: { cssText: '' },
				textContent: '',
				removed: false,
				getBoundingClientRect: () => ({ width }),
				remove: () => (el.removed = true)
			};
			return el;
		},
		body: { append: (el: (typeof appended)[number]) => appended.push(el) }
	};
	return { doc: doc as unknown as Document, appended };
}

const noto = textWidth('Абылай хан', 16);
afterEach(() => calibrateTextWidth(fakeDocument(0).doc, 'x'));

describe('text widths follow the font the page shows', () => {
	test('a wider stand-in font widens every estimate by as much', () => {
		const { doc, appended } = fakeDocument(10_000);
		const factor = calibrateTextWidth(doc, "'Noto Sans', system-ui, sans-serif");
		expect(factor).toBeGreaterThan(1);
		expect(textWidth('Абылай хан', 16)).toBeGreaterThan(noto);
		// Measured in the page's own font, then taken out again.
		expect(appended[0].style.cssText).toContain("'Noto Sans', system-ui, sans-serif");
		expect(appended[0].removed).toBe(true);
	});

	test('never narrower than the estimates, and at most 30 % wider', () => {
		expect(calibrateTextWidth(fakeDocument(1).doc, 'x')).toBe(1);
		expect(textWidth('Абылай хан', 16)).toBe(noto);
		expect(calibrateTextWidth(fakeDocument(1e9).doc, 'x')).toBe(1.3);
	});

	test('nothing measured (no layout, as under jsdom): the estimates stay', () => {
		expect(calibrateTextWidth(fakeDocument(0).doc, 'x')).toBe(1);
		expect(textWidth('Абылай хан', 16)).toBe(noto);
	});
});
