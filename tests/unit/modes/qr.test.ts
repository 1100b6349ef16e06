import { describe, expect, test } from 'vitest';
import { qrMatrix, qrPath, qrSafeText } from '$lib/modes/share/qr';

/** A finder pattern: 7×7 dark ring, light ring, 3×3 dark core. */
function hasFinder(dark: boolean[][], r0: number, c0: number): boolean {
	for (let r = 0; r < 7; r++)
		for (let c = 0; c < 7; c++) {
			const ring = r === 0 || r === 6 || c === 0 || c === 6;
			const core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
			if (dark[r0 + r][c0 + c] !== (ring || core)) return false;
		}
	return true;
}

describe('QR codes made on the device', () => {
	const link = 'http://127.0.0.1:4173/kk/?event=1731-abulkhair-oath&t=1700,1800&map=68.25,43.3,4.5&mode=present';

	test('a valid symbol: size 17+4v with the three finder patterns', () => {
		const { size, dark } = qrMatrix(link);
		expect((size - 17) % 4).toBe(0);
		expect(size).toBeGreaterThanOrEqual(21);
		expect(hasFinder(dark, 0, 0)).toBe(true);
		expect(hasFinder(dark, 0, size - 7)).toBe(true);
		expect(hasFinder(dark, size - 7, 0)).toBe(true);
		expect(hasFinder(dark, size - 7, size - 7)).toBe(false);
	});

	test('longer links need larger symbols; the same link gives the same code', () => {
		expect(qrMatrix(link + '&q=' + 'x'.repeat(200)).size).toBeGreaterThan(qrMatrix(link).size);
		expect(qrPath(qrMatrix(link))).toBe(qrPath(qrMatrix(link)));
	});

	test('non-ASCII text is percent-encoded before encoding, as a browser sends it', () => {
		expect(qrSafeText('/kk/?q=Абылай')).toBe('/kk/?q=%D0%90%D0%B1%D1%8B%D0%BB%D0%B0%D0%B9');
		expect(qrSafeText(link)).toBe(link);
	});

	test('the path draws exactly the dark modules, offset by the quiet zone', () => {
		const matrix = qrMatrix('hello');
		const d = qrPath(matrix, 4);
		let area = 0;
		for (const run of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
			area += Number(run[3]);
			expect(Number(run[1])).toBeGreaterThanOrEqual(4);
			expect(Number(run[2])).toBeGreaterThanOrEqual(4);
		}
		expect(area).toBe(matrix.dark.flat().filter(Boolean).length);
	});
});
