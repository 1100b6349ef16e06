/**
 * The prerendered timeline and maps write coordinates as JavaScript prints them, to 13 or more
 * decimals (`x1="-630.0285044426382"`). A tenth of a pixel is below what a screen shows, so the
 * HTML is written with one decimal; hydration then sets the exact values it computes, which it
 * does for any attribute whose value differs from the server's.
 */

/** Attributes that hold one length. */
const LENGTH = /\s(x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|dx|dy)="(-?\d+\.\d{2,}(?:e-?\d+)?)"/g;
/** Attributes that hold a list of numbers: a path, a polygon's points, a transform. */
const NUMBER_LIST = /\s(d|points|transform)="([^"]*)"/g;
const LONG_NUMBER = /-?\d+\.\d{2,}(?:e-?\d+)?/g;

/** A number with at most `digits` decimals, with no trailing zeros and no `-0`. */
export function shortNumber(value: number, digits = 1): string {
	const rounded = Number(value.toFixed(digits));
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** An opening tag: text never holds a raw `<`, so only markup matches. */
const TAG = /<[a-zA-Z][^<>]*>/g;

/** The page with every long coordinate in an SVG attribute rounded to `digits` decimals. */
export function roundSvgCoordinates(html: string, digits = 1): string {
	return html.replace(TAG, (tag) =>
		tag
			.replace(LENGTH, (_, name: string, value: string) => ` ${name}="${shortNumber(Number(value), digits)}"`)
			.replace(
				NUMBER_LIST,
				(_, name: string, list: string) =>
					` ${name}="${list.replace(LONG_NUMBER, (n) => shortNumber(Number(n), digits))}"`
			)
	);
}
