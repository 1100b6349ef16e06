/**
 * A derived value that keeps its previous object when an update computes an equal one, so what
 * reads it is not computed again: the timeline's sizes and fit are recomputed as the page
 * measures its boxes after hydrating, and mostly come out the same (each would lay out every mark).
 */
export function keepEqual() {
	let kept: unknown;
	return <T>(next: T): T => (kept !== undefined && sameData(kept, next) ? (kept as T) : ((kept = next), next));
}

/** Plain data (numbers, strings, arrays, objects) compared by value. */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}
