/**
 * The selected route appears to travel: MapLibre cannot animate a dash pattern, so the MapView
 * steps the selected route's `line-dasharray` through these, one every 90 ms.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const DASH_STEPS: number[][] = [
	[0, 4, 3],
	[0.5, 4, 2.5],
	[1, 4, 2],
	[1.5, 4, 1.5],
	[2, 4, 1],
	[2.5, 4, 0.5],
	[3, 4, 0],
	[0, 0.5, 3, 3.5],
	[0, 1, 3, 3],
	[0, 1.5, 3, 2.5],
	[0, 2, 3, 2],
	[0, 2.5, 3, 1.5],
	[0, 3, 3, 1],
	[0, 3.5, 3, 0.5]
];

/** Steps one layer's dash pattern while on, and clears it when off (or when the page is hidden, waits). */
export class DashAnimation {
	#timer: ReturnType<typeof setInterval> | null = null;
	#map: MapLibreMap;
	#layer: string;
	/** Whether the map is loaded and holds the layer. */
	#ready: () => boolean;

	constructor(map: MapLibreMap, layer: string, ready: () => boolean) {
		this.#map = map;
		this.#layer = layer;
		this.#ready = () => ready() && !!map.getLayer(layer);
	}

	sync(on: boolean) {
		if (!on) return this.stop();
		if (this.#timer) return;
		let step = 0;
		this.#timer = setInterval(() => {
			if (!this.#ready() || document.hidden) return;
			step = (step + 1) % DASH_STEPS.length;
			this.#map.setPaintProperty(this.#layer, 'line-dasharray', DASH_STEPS[step]);
		}, 90);
	}

	stop() {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		if (this.#ready()) this.#map.setPaintProperty(this.#layer, 'line-dasharray', undefined);
	}
}
