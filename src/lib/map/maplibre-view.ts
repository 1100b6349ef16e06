/**
 * The one MapLibre map of the explorer. Imported dynamically by InteractiveMap, so MapLibre
 * (about 300 KB gzip plus its worker) is fetched only on pages that show the interactive map.
 * Every MapLibre quirk lives here: the self-hosted worker, the WebGL2 requirement, context loss
 * and restore, clusters, cooperative gestures, the arrow image and the selected route's animation.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import type { TimeWindow } from '$lib/domain/types';
import { BASEMAP_FILES, REGION, type LonLat } from './basemap-region';
import { countDrawn, type Drawn } from './drawn';
import type { PlaceCollection, RouteCollection } from './geojson';
import type { JourneyCollections } from './journey-index';
import { JOURNEY_LINE_LAYERS, JOURNEY_SOURCES } from './journey-style';
import { ARROW_IMAGE, LAYERS, SOURCES, arrowImage, bordersLayer, buildStyle, mapState, STATE } from './style';
import { releaseLostStyles } from './lost-style';
import { DashAnimation } from './route-dash';
import { planSelectionMove, sameView, type View } from './view';

export type MapStatus = 'loading' | 'ready' | 'lost' | 'error';
export type { Drawn };

export interface MapViewOptions {
	container: HTMLElement;
	/** Restored view (URL `map=`); null shows the whole region. */
	view: View | null;
	/** Strings of MapLibre's own UI, in the reader's language. */
	strings: Record<string, string>;
	/** Two fingers to pan and Ctrl + wheel to zoom, so a phone page still scrolls. */
	cooperative: boolean;
	/** Read at each animation, so a change of the reader's setting applies at once. */
	reducedMotion: () => boolean;
	onView: (view: View) => void;
	onPlace: (id: string) => void;
	onStatus: (status: MapStatus, detail?: string) => void;
	onDrawn?: (drawn: Drawn) => void;
}

export class MapView {
	readonly map: MapLibreMap;
	#options: MapViewOptions;
	#places: PlaceCollection = { type: 'FeatureCollection', features: [] };
	#routes: RouteCollection = { type: 'FeatureCollection', features: [] };
	#journeys: JourneyCollections = {
		lines: { type: 'FeatureCollection', features: [] },
		arrows: { type: 'FeatureCollection', features: [] }
	};
	/** The window and the selection, as the map's global state (style.ts). */
	#state = mapState(null, null);
	#loaded = false;
	#dash: DashAnimation | null = null;
	/** False until the first move: the initial whole-region view is not written to the URL. */
	#moved = false;
	/** True while the map re-frames the region itself (after a resize): not the reader's move. */
	#framing = false;

	/** Throws (GPUInitializationError) where WebGL2 is missing: the caller shows the fallback. */
	constructor(options: MapViewOptions) {
		this.#options = options;
		setWorkerUrl(new URL(workerUrl, location.href).href);
		const fonts = { latin400, cyrillic400, cyrillicExt400, latin700, cyrillic700, cyrillicExt700 };
		const camera = options.view
			? { center: [options.view.lon, options.view.lat] as LonLat, zoom: options.view.zoom }
			: { bounds: REGION, fitBoundsOptions: { padding: 20 } };
		this.map = new MapLibreMap({
			container: options.container,
			style: buildStyle(location.origin, fonts),
			...camera,
			minZoom: 1.2,
			maxZoom: 9,
			renderWorldCopies: false,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			cooperativeGestures: options.cooperative,
			attributionControl: { compact: false },
			locale: options.strings,
			fadeDuration: options.reducedMotion() ? 0 : 300
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.keyboard.disableRotation();
		this.#dash = new DashAnimation(this.map, LAYERS.routeSelected, () => this.#loaded);
		this.#wire();
	}

	#wire() {
		const { map } = this;
		const o = this.#options;
		map.on('load', () => {
			// Marks for the benchmark (scripts/bench-map.mjs) and anyone profiling.
			performance.mark('atlas-map-load');
			map.once('idle', () => performance.mark('atlas-map-idle'));
			this.#loaded = true;
			this.#addImages();
			this.#push();
			o.onStatus('ready');
		});
		// A resize of the box is not the reader's move (MapLibre passes the ResizeObserver's entries).
		const resized = (e: object) => (e as Record<number, unknown>)[0] instanceof ResizeObserverEntry;
		map.on('movestart', (e) => this.#framing || resized(e) || (this.#moved = true));
		map.on('moveend', (e) => this.#framing || (resized(e) && !this.#moved) || o.onView(this.view()));
		// Until the reader moves it, the map keeps the whole region framed as its box settles.
		map.on('resize', () => this.#moved || this.#frameRegion());
		map.on('idle', () => {
			try {
				o.onDrawn?.(this.#drawn());
			} catch (error) {
				console.warn('map:', error);
			}
		});
		map.on('error', (e) => {
			// A missing tile or a bad feature must not take the page down: report and carry on.
			console.warn('map:', e.error?.message ?? e);
		});
		releaseLostStyles(map);
		map.on('webglcontextlost', () => {
			this.#dash?.stop();
			o.onStatus('lost');
		});
		map.on('webglcontextrestored', () => {
			// MapLibre rebuilds the style from a snapshot; our images and data go back on top.
			map.once('styledata', () => {
				this.#addImages();
				this.#push();
				this.#dash?.sync(this.#animate && !this.#options.reducedMotion());
			});
			o.onStatus('ready');
		});
		const clickPlace = (e: MapLayerMouseEvent) => {
			const id = e.features?.[0]?.properties?.id;
			if (typeof id === 'string') o.onPlace(id);
		};
		map.on('click', LAYERS.places, clickPlace);
		map.on('click', LAYERS.labels, clickPlace);
		map.on('click', LAYERS.clusters, async (e) => {
			const f = e.features?.[0];
			const clusterId = f?.properties?.cluster_id;
			if (clusterId === undefined || f?.geometry.type !== 'Point') return;
			const source = map.getSource<GeoJSONSource>(SOURCES.places);
			const zoom = await source?.getClusterExpansionZoom(clusterId);
			map.easeTo({
				center: f.geometry.coordinates as LonLat,
				zoom: (zoom ?? map.getZoom() + 2) + 0.2,
				duration: this.#duration(500)
			});
		});
		for (const layer of [LAYERS.places, LAYERS.clusters, LAYERS.labels]) {
			map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
			map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
		}
	}

	#duration(ms: number) {
		return this.#options.reducedMotion() ? 0 : ms;
	}

	#drawn(): Drawn {
		const drawn = (layers: string[]) => this.map.queryRenderedFeatures({ layers });
		return countDrawn(
			drawn([LAYERS.places, LAYERS.clusters]),
			drawn([LAYERS.routes, LAYERS.routeSelected]),
			drawn(JOURNEY_LINE_LAYERS)
		);
	}

	#addImages() {
		if (!this.map.hasImage(ARROW_IMAGE)) this.map.addImage(ARROW_IMAGE, arrowImage(32), { sdf: true, pixelRatio: 2 });
	}

	#push() {
		this.setPlaces(this.#places);
		this.setRoutes(this.#routes);
		this.setJourneys(this.#journeys);
		this.#pushState();
	}

	/** The places of the window (their counts and clusters change with it). */
	setPlaces(places: PlaceCollection) {
		this.#places = places;
		if (this.#loaded && this.map.style) this.map.getSource<GeoJSONSource>(SOURCES.places)?.setData(places);
	}

	/** Every route the map may show (new filters, or a selection they leave out); the window picks among them. */
	setRoutes(routes: RouteCollection) {
		this.#routes = routes;
		if (this.#loaded && this.map.style) this.map.getSource<GeoJSONSource>(SOURCES.routes)?.setData(routes);
		this.#dash?.sync(this.#animate && !this.#options.reducedMotion());
	}

	/** Every journey the map may show (new filters, or a selection they leave out); the window picks among them. */
	setJourneys(journeys: JourneyCollections) {
		this.#journeys = journeys;
		if (!this.#loaded || !this.map.style) return;
		this.map.getSource<GeoJSONSource>(JOURNEY_SOURCES.lines)?.setData(journeys.lines);
		this.map.getSource<GeoJSONSource>(JOURNEY_SOURCES.arrows)?.setData(journeys.arrows);
	}

	/** A new window or selection: the map's filters apply it to the routes it holds, without new data. */
	setWindow(window: TimeWindow | null, selected: string | null) {
		this.#state = mapState(window, selected);
		this.#pushState();
	}

	#pushState() {
		// MapLibre skips a value that did not change; a changed one reloads the routes' tiles (their filters read it).
		if (this.#loaded && this.map.style)
			for (const [name, value] of Object.entries(this.#state)) this.map.setGlobalStateProperty(name, value);
		this.#dash?.sync(this.#animate && !this.#options.reducedMotion());
	}

	/** Whether the selected event has a route to animate. */
	get #animate() {
		const id = this.#state[STATE.selected];
		return id !== '' && this.#routes.features.some((f) => f.properties.id === id);
	}

	view(): View {
		const c = this.map.getCenter();
		return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
	}

	/** Brings a selection into view unless it is already comfortably visible. */
	showPoints(points: LonLat[]) {
		// Never closer than zoom 4.2: a single-place event still shows its neighbours and rivers.
		const target = planSelectionMove(this.map, points, this.#padding(), 4.2);
		if (!target) return;
		this.map.flyTo({
			center: [target.lon, target.lat],
			zoom: target.zoom,
			duration: this.#duration(1200),
			essential: false
		});
	}

	/** Restores a view from the state (Back, a shared link) unless the map already shows it. */
	showView(view: View | null) {
		if (!view) return this.#moved ? this.home() : undefined;
		if (sameView(view, this.view())) return;
		this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
	}

	#frameRegion() {
		const camera = this.map.cameraForBounds(REGION, { padding: 20 });
		if (!camera) return;
		this.#framing = true;
		try {
			this.map.jumpTo(camera);
		} finally {
			this.#framing = false;
		}
	}

	home() {
		this.map.fitBounds(REGION, { padding: 20, duration: this.#duration(600) });
	}

	zoomBy(delta: number) {
		this.map.zoomTo(this.map.getZoom() + delta, { duration: this.#duration(250) });
	}

	#padding() {
		const c = this.map.getContainer();
		return Math.round(Math.min(c.clientWidth, c.clientHeight) * 0.12);
	}

	/** The faint modern borders: fetched only the first time a reader asks for them. */
	setBorders(on: boolean) {
		if (!this.#loaded) return;
		if (on && !this.map.getSource(SOURCES.borders)) {
			this.map.addSource(SOURCES.borders, {
				type: 'geojson',
				data: new URL(BASEMAP_FILES.borders, location.origin).href
			});
			this.map.addLayer(bordersLayer(), LAYERS.routes);
		}
		if (this.map.getLayer(LAYERS.borders))
			this.map.setLayoutProperty(LAYERS.borders, 'visibility', on ? 'visible' : 'none');
	}

	/** Cooperative gestures on or off (a phone held sideways may cross the width where they apply). */
	setCooperative(on: boolean) {
		const handler = this.map.cooperativeGestures;
		if (on !== handler.isEnabled()) {
			if (on) handler.enable();
			else handler.disable();
		}
	}

	destroy() {
		this.#dash?.stop();
		this.map.remove();
	}
}
