import { describe, expect, it } from 'vitest';
import { FONT_BOLD, FONT_REGULAR, arrowImage, buildStyle } from '../../../src/lib/map/style';

const fonts = {
	latin400: '/_app/a.woff2',
	cyrillic400: '/_app/b.woff2',
	cyrillicExt400: '/_app/c.woff2',
	latin700: '/_app/d.woff2',
	cyrillic700: '/_app/e.woff2',
	cyrillicExt700: '/_app/f.woff2'
};
const style = buildStyle('http://127.0.0.1:4173', fonts);

function covers(ranges: string[], cp: number): boolean {
	return ranges.some((r) => {
		const [a, b] = r
			.replace('U+', '')
			.split('-')
			.map((h) => parseInt(h, 16));
		return cp >= a && cp <= (b ?? a);
	});
}

describe('map style', () => {
	const kazakh = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
	it.each([FONT_REGULAR, FONT_BOLD])('%s covers every Kazakh letter, Russian and Latin', (font) => {
		const faces = style['font-faces']![font] as { url: string; 'unicode-range'?: string[] }[];
		for (const ch of kazakh + 'ЖжЁёЩщAz') {
			expect(
				faces.some((f) => covers(f['unicode-range'] ?? [], ch.codePointAt(0)!)),
				ch
			).toBe(true);
		}
	});

	it('keeps every resource on the site (no glyphs URL, no remote font or data)', () => {
		expect(style.glyphs).toBeUndefined();
		const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(5);
		for (const u of urls) expect(new URL(u).host).toBe('127.0.0.1:4173');
	});

	it('credits Natural Earth', () => {
		expect(JSON.stringify(style.sources)).toContain('Natural Earth');
	});
});

describe('arrowImage', () => {
	it('is an arrowhead pointing right: opaque at the left middle, transparent at the corners', () => {
		const img = arrowImage(24);
		const alpha = (x: number, y: number) => img.data[(y * 24 + x) * 4 + 3];
		expect(img.data).toHaveLength(24 * 24 * 4);
		expect(alpha(5, 12)).toBe(255);
		expect(alpha(19, 12)).toBe(255);
		expect(alpha(0, 0)).toBe(0);
		expect(alpha(20, 3)).toBe(0);
		expect(alpha(5, 2)).toBe(0);
	});
});
