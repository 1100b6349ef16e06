/**
 * Text width without a DOM: layout runs in pure functions (and under jsdom in tests), so it
 * estimates instead of measuring. Factors are Noto Sans averages; estimates err wide so a
 * label judged to fit really does.
 */

const NARROW = /[ .,:;'’!|ilIjtf()[\]-]/;
const WIDE = /[MWmwЖШЩЮМҚӘФЫДжшщюмқәфыд]/;

/**
 * How much wider the font the page really shows is than these estimates (never below 1). Noto
 * Sans is shown only if it is ready at first layout (styles/fonts.css); otherwise the system's
 * sans-serif stands in, and it may be wider (DejaVu Sans on a Linux kiosk).
 */
let factor = 1;

/** Estimated rendered width in px of `text` at `fontPx` in Noto Sans (regular weight). */
export function textWidth(text: string, fontPx: number, bold = false): number {
	return Math.ceil(estimate(text) * fontPx * (bold ? 1.06 : 1) * factor);
}

function estimate(text: string): number {
	let units = 0;
	for (const ch of text) units += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.82 : 0.6;
	return units;
}

/** Latin, Russian and Kazakh letters as the timeline's names mix them. */
const SAMPLE = 'Abulkhair Khan Абылай хан Қазақ хандығы Tauke Әбілқайыр Назир Төреқұлов Хакназар-хан';

/** Width in px of `text` drawn in a CSS `font`, as the browser measures it. */
export type MeasureText = (font: string, text: string) => number;

/**
 * Sets the estimates to the font the page shows: a sample is measured once at 100 px and
 * semibold, as the timeline's names are drawn. Estimates only ever widen, up to 30 %.
 */
export function calibrateTextWidth(measure: MeasureText, fontFamily: string): number {
	const measured = measure(`600 100px ${fontFamily}`, SAMPLE);
	// 5 % to spare: one sample cannot stand for every name's mix of letters.
	factor = measured > 0 ? Math.min(1.3, Math.max(1, (1.05 * measured) / (estimate(SAMPLE) * 100))) : 1;
	return factor;
}
