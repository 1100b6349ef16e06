/**
 * Journeys (journeys.ts) as GeoJSON for the map, pure: one line per run of documented or
 * undocumented legs (the map draws the first solid and the second dashed), each leg a curve
 * bowed to the left of travel (curves.ts), so a reply that retraces a journey bows to the other
 * side of it; and one arrowhead point per journey at its destination, turned to the direction
 * of arrival. Built once per model: the map's filters pick the window and the selection (style.ts).
 */
import { KIND_STYLE } from '$lib/styles/palette';
import type { Place } from '$lib/domain/types';
import type { LonLat } from './basemap-region';
import { curveLeg, toMercator } from './curves';
import type { Journey } from './journeys';

export interface JourneyLineProps {
	/** The event's id (the map's selection and window filters read `id`, `start` and `stop`, as for routes). */
	id: string;
	kind: Journey['kind'];
	color: string;
	/** 1: stages a source documents (solid); 0: a path the sources do not give (dashed). */
	documented: 0 | 1;
	/** The journey this one answers, if any. */
	answers: string | null;
	/** The event's span in decimal years: the map shows the journey while it overlaps the window (style.ts). */
	start: number;
	stop: number;
}

export interface JourneyArrowProps {
	id: string;
	kind: Journey['kind'];
	color: string;
	/** Degrees clockwise from north on the map, for a rotated arrow symbol. */
	bearing: number;
	start: number;
	stop: number;
}

export type JourneyLines = GeoJSON.FeatureCollection<GeoJSON.LineString, JourneyLineProps>;
export type JourneyArrows = GeoJSON.FeatureCollection<GeoJSON.Point, JourneyArrowProps>;

/** Clockwise degrees from north of the last step of a line, measured on the Mercator plane. */
export function arrivalBearing(line: LonLat[]): number {
	const [px, py] = toMercator(line[line.length - 2]);
	const [qx, qy] = toMercator(line[line.length - 1]);
	// Mercator y grows southwards, so north is -y.
	const deg = (Math.atan2(qx - px, -(qy - py)) * 180) / Math.PI;
	return Math.round(((deg + 360) % 360) * 10) / 10;
}

export function journeyFeatures(
	journeys: readonly Journey[],
	placesById: ReadonlyMap<string, Pick<Place, 'lon' | 'lat'>>
): { lines: JourneyLines; arrows: JourneyArrows } {
	const lines: JourneyLines['features'] = [];
	const arrows: JourneyArrows['features'] = [];
	const at = (id: string): LonLat | undefined => {
		const p = placesById.get(id);
		return p ? [p.lon, p.lat] : undefined;
	};
	for (const j of journeys) {
		const color = KIND_STYLE[j.kind].color;
		const span = { start: j.start, stop: j.stop };
		let run: LonLat[] = [];
		let runDocumented: boolean | null = null;
		let last: LonLat[] = [];
		const flush = () => {
			if (run.length >= 2)
				lines.push({
					type: 'Feature',
					properties: {
						id: j.event,
						kind: j.kind,
						color,
						documented: runDocumented ? 1 : 0,
						answers: j.answers ?? null,
						...span
					},
					geometry: { type: 'LineString', coordinates: run }
				});
			run = [];
		};
		for (const leg of j.legs) {
			const a = at(leg.from);
			const b = at(leg.to);
			if (!a || !b) continue;
			const curve = curveLeg(a, b);
			if (curve.length < 2) continue;
			if (runDocumented !== leg.documented) {
				flush();
				runDocumented = leg.documented;
			}
			run.push(...(run.length ? curve.slice(1) : curve));
			last = curve;
		}
		flush();
		if (last.length >= 2) {
			arrows.push({
				type: 'Feature',
				properties: { id: j.event, kind: j.kind, color, bearing: arrivalBearing(last), ...span },
				geometry: { type: 'Point', coordinates: last[last.length - 1] }
			});
		}
	}
	return {
		lines: { type: 'FeatureCollection', features: lines },
		arrows: { type: 'FeatureCollection', features: arrows }
	};
}
