/**
 * What the map has drawn, from the features MapLibre reports on screen, pure. A feature may come
 * back once per tile it crosses, so features are counted by id; a cluster counts its places.
 */

/** What the map has drawn once it is idle (tiles loaded, nothing moving). */
export interface Drawn {
	/** Places on screen, each place inside a cluster counted. */
	places: number;
	/** Paths on screen: routes and journeys. */
	routes: number;
	/** Journeys (embassies and letters) on screen. */
	journeys: number;
	/** Journeys on screen with a documented (solid) part, and with an undocumented (dashed) part. */
	documented: number;
	undocumented: number;
	/** 1 when the selected event's journey is on screen, drawn on its own layers on top (else 0). */
	selectedJourney: number;
	/** Places of the selected event on screen (inside clusters too). */
	selected: number;
}

/** A rendered feature as MapLibre's queryRenderedFeatures gives it (only its properties matter here). */
export interface RenderedFeature {
	properties?: Record<string, unknown> | null;
	layer?: { id: string };
}

/** The prefix of the selected journey's layers (journey-style.ts). */
const SELECTED_JOURNEY = 'journey-selected';

const ids = (features: RenderedFeature[]) =>
	new Set(features.map((f) => f.properties?.id).filter((id) => id !== undefined));

/** Counts places (points and clusters, see style.ts), routes and journeys (their lines, journey-style.ts). */
export function countDrawn(
	places: RenderedFeature[],
	routes: RenderedFeature[],
	journeys: RenderedFeature[] = []
): Drawn {
	const seen = new Set<string>();
	const journeyIds = ids(journeys);
	const drawn: Drawn = {
		places: 0,
		routes: ids(routes).size + journeyIds.size,
		journeys: journeyIds.size,
		documented: ids(journeys.filter((f) => f.properties?.documented === 1)).size,
		undocumented: ids(journeys.filter((f) => f.properties?.documented === 0)).size,
		selectedJourney: Math.min(1, ids(journeys.filter((f) => f.layer?.id.startsWith(SELECTED_JOURNEY))).size),
		selected: 0
	};
	for (const { properties: p } of places) {
		if (!p) continue;
		const cluster = p.cluster_id !== undefined;
		const key = cluster ? `cluster:${p.cluster_id}` : `place:${p.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		drawn.places += cluster ? Number(p.point_count) : 1;
		drawn.selected += cluster ? Number(p.selectedPlaces ?? 0) : p.selected === 1 ? 1 : 0;
	}
	return drawn;
}
