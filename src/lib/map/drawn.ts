/**
 * What the map has drawn, from the features MapLibre reports on screen, pure. A feature may come
 * back once per tile it crosses, so features are counted by id; a cluster counts its places.
 */

/** What the map has drawn once it is idle (tiles loaded, nothing moving). */
export interface Drawn {
	/** Places on screen, each place inside a cluster counted. */
	places: number;
	/** Routes on screen. */
	routes: number;
	/** Places of the selected event on screen (inside clusters too). */
	selected: number;
}

/** A rendered feature as MapLibre's queryRenderedFeatures gives it (only its properties matter here). */
export interface RenderedFeature {
	properties?: Record<string, unknown> | null;
}

/** Counts places (points and clusters, see style.ts) and routes. */
export function countDrawn(places: RenderedFeature[], routes: RenderedFeature[]): Drawn {
	const seen = new Set<string>();
	const drawn: Drawn = { places: 0, routes: 0, selected: 0 };
	for (const { properties: p } of places) {
		if (!p) continue;
		const cluster = p.cluster_id !== undefined;
		const key = cluster ? `cluster:${p.cluster_id}` : `place:${p.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		drawn.places += cluster ? Number(p.point_count) : 1;
		drawn.selected += cluster ? Number(p.selectedPlaces ?? 0) : p.selected === 1 ? 1 : 0;
	}
	drawn.routes = new Set(routes.map((f) => f.properties?.id).filter((id) => id !== undefined)).size;
	return drawn;
}
