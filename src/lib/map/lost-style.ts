/**
 * Lets a style MapLibre threw away on a WebGL context loss be collected.
 *
 * On a loss MapLibre 6 destroys its style (`Style#destroy`) and builds a new one when the
 * context comes back, but `destroy` — unlike `Style#_remove`, used by `map.remove()` — leaves the
 * dead style registered with MapLibre's page-wide RTL text plugin manager (its
 * `_rtlPluginLoaded` listener). The plugin manager lives as long as the page, so the dead style
 * does too, and with it the tiles whose unloading still waits on its removed workers: about
 * 0.8 MB of heap per loss on the kiosk (heap snapshots of `npm run soak`), which a kiosk that
 * loses its GPU now and then over weeks would never get back. `_remove(false)` on the dead style
 * unregisters it through MapLibre's own code (the rest of `_remove` finds nothing left to do).
 */

/** The part of MapLibre's Style this needs. */
export interface RemovableStyle {
	_remove(mapRemoved?: boolean): void;
}

/** The part of MapLibre's Map this needs. */
export interface LostStyleMap {
	readonly style: RemovableStyle | null | undefined;
	on(type: 'webglcontextlost' | 'webglcontextrestored', listener: () => void): unknown;
}

/** Watches a map's context losses and releases each style they destroy. */
export function releaseLostStyles(map: LostStyleMap): void {
	let live = map.style ?? null;
	map.on('webglcontextlost', () => {
		const dead = live;
		live = map.style ?? null;
		// A worker restart fires the event with the style still in place: MapLibre replaces that one itself.
		if (!dead || dead === map.style) return;
		try {
			dead._remove(false);
		} catch (error) {
			console.warn('map: could not release the style lost with the WebGL context', error);
		}
	});
	// MapLibre has built the new style when it says the context is back.
	map.on('webglcontextrestored', () => (live = map.style ?? null));
}
