/**
 * Text width without a DOM: layout runs in pure functions (and under jsdom in tests), so it
 * estimates instead of measuring. Factors are Noto Sans averages; estimates err wide so a
 * label judged to fit really does.
 */

const NARROW = /[ .,:;'’!|ilIjtf()[\]-]/;
const WIDE = /[MWmwЖШЩЮМҚӘФЫДжшщюмқәфыд]/;

/** Estimated rendered width in px of `text` at `fontPx` in Noto Sans (regular weight). */
export function textWidth(text: string, fontPx: number, bold = false): number {
	let units = 0;
	for (const ch of text) units += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.82 : 0.6;
	return Math.ceil(units * fontPx * (bold ? 1.06 : 1));
}
