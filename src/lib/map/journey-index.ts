/**
 * The journeys of a model as the map holds them, pure: worked out once per model (journeys.ts
 * and their GeoJSON, journey-features.ts), then picked per set of filtered events, so a new time
 * window or selection costs no geometry (the map's filters pick among them, style.ts).
 */
import type { EventEntry, Place, Polity } from '$lib/domain/types';
import {
	journeyFeatures,
	type JourneyArrowProps,
	type JourneyArrows,
	type JourneyLineProps,
	type JourneyLines
} from './journey-features';
import { journeysOf, type Journey, type Unmapped } from './journeys';

/** How much of a journey's path the sources document. */
export type Documented = 'all' | 'part' | 'none';

export interface JourneyIndex {
	byEvent: ReadonlyMap<string, Journey>;
	/** Embassies and letters whose ends cannot be found (the content report names what is missing). */
	unmapped: ReadonlyMap<string, Unmapped>;
	lines: ReadonlyMap<string, GeoJSON.Feature<GeoJSON.LineString, JourneyLineProps>[]>;
	arrows: ReadonlyMap<string, GeoJSON.Feature<GeoJSON.Point, JourneyArrowProps>>;
}

export interface JourneyCollections {
	lines: JourneyLines;
	arrows: JourneyArrows;
}

export function journeyIndex(
	events: readonly EventEntry[],
	polities: readonly Pick<Polity, 'id' | 'seats'>[],
	placesById: ReadonlyMap<string, Pick<Place, 'lon' | 'lat'>>
): JourneyIndex {
	const { journeys, unmapped } = journeysOf(events, polities);
	const { lines, arrows } = journeyFeatures(journeys, placesById);
	const linesBy = new Map<string, GeoJSON.Feature<GeoJSON.LineString, JourneyLineProps>[]>();
	for (const f of lines.features) linesBy.set(f.properties.id, [...(linesBy.get(f.properties.id) ?? []), f]);
	return {
		// A journey whose places have no coordinates draws nothing: it counts as unmapped for the map.
		byEvent: new Map(journeys.filter((j) => linesBy.has(j.event)).map((j) => [j.event, j])),
		unmapped: new Map(unmapped.map((u) => [u.event, u])),
		lines: linesBy,
		arrows: new Map(arrows.features.map((f) => [f.properties.id, f]))
	};
}

/** The journeys of some events, for the map to hold. */
export function journeyCollections(events: readonly EventEntry[], index: JourneyIndex): JourneyCollections {
	const lines: JourneyLines['features'] = [];
	const arrows: JourneyArrows['features'] = [];
	for (const e of events) {
		const l = index.lines.get(e.id);
		if (!l) continue;
		lines.push(...l);
		const a = index.arrows.get(e.id);
		if (a) arrows.push(a);
	}
	return {
		lines: { type: 'FeatureCollection', features: lines },
		arrows: { type: 'FeatureCollection', features: arrows }
	};
}

/** Whether the sources document a journey's whole path, part of it, or none (then it is drawn dashed). */
export function documented(journey: Pick<Journey, 'legs'>): Documented {
	const n = journey.legs.filter((l) => l.documented).length;
	return n === journey.legs.length ? 'all' : n === 0 ? 'none' : 'part';
}
