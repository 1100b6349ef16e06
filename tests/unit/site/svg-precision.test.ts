import { describe, expect, test } from 'vitest';
import { roundSvgCoordinates, shortNumber } from '$lib/site/svg-precision';

describe('shortNumber', () => {
	test.each([
		[-630.0285044426382, '-630'],
		[57.055271465651195, '57.1'],
		[769.198666199768, '769.2'],
		[-0.04, '0'],
		[12, '12'],
		[1e-7, '0']
	])('%s → %s', (value, text) => expect(shortNumber(value)).toBe(text));
});

describe('roundSvgCoordinates', () => {
	test.each([
		[
			'<line class="minor" x1="-630.0285044426382" x2="-630.0285044426382" y1="22" y2="28">',
			'<line class="minor" x1="-630" x2="-630" y1="22" y2="28">'
		],
		[
			'<rect x="-256.32196291203206" y="16" width="769.198666199768" height="11" rx="3">',
			'<rect x="-256.3" y="16" width="769.2" height="11" rx="3">'
		],
		['<path d="M10.123456,20.98765L30.5,40.25Z"></path>', '<path d="M10.1,21L30.5,40.3Z"></path>'],
		['<g transform="translate(12.3456 7.891)">', '<g transform="translate(12.3 7.9)">'],
		['<circle cx="1.23e-7" cy="4.56" r="2.5"></circle>', '<circle cx="0" cy="4.6" r="2.5"></circle>']
	])('rounds %s', (html, rounded) => expect(roundSvgCoordinates(html)).toBe(rounded));

	test.each([
		// data attributes the tests and the kiosk read keep their precision
		'<div data-window="1415.954,2027.000" data-x="12.3456">',
		// text is never touched, even when it looks like an attribute
		'<p>The value x="12.3456" and the path d="M1.2345,2.3456" are written in the text</p>',
		'<p>Width 12.3456 km</p>',
		// short values are already short
		'<rect x="12.5" width="3">'
	])('leaves %s alone', (html) => expect(roundSvgCoordinates(html)).toBe(html));
});
