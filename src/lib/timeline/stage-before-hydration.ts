/**
 * The stage's width on the prerendered page, read as this module loads: before the page
 * hydrates, when nothing has changed the layout since the first paint, so reading it is free.
 * The timeline then hydrates at the width the reader sees instead of at PRERENDER_WIDTH, and
 * does not lay every mark out a second time once it is measured (on a phone, hundreds of ms).
 */
let width =
	typeof document === 'undefined' ? 0 : (document.querySelector<HTMLElement>('.timeline .stage')?.clientWidth ?? 0);

/** The width, once: a timeline mounted later (after a navigation) is measured as usual. */
export function takeStageWidth(): number {
	const taken = width;
	width = 0;
	return taken;
}
