/**
 * The MapView lets go of the style each WebGL context loss destroys (lost-style.ts), against a
 * stand-in for MapLibre that does what MapLibre 6 does on a loss: the dead style stays registered
 * with the page-wide RTL text plugin manager unless something calls its `_remove`.
 */
import { describe, expect, test, vi } from 'vitest';

const plugin = vi.hoisted(() => new Set<object>());

vi.mock('maplibre-gl', () => {
	class FakeStyle {
		constructor() {
			plugin.add(this);
		}
		destroy() {}
		_remove() {
			plugin.delete(this);
		}
	}
	class FakeMap {
		style: FakeStyle | null = new FakeStyle();
		touchZoomRotate = { disableRotation() {} };
		keyboard = { disableRotation() {} };
		#listeners = new Map<string, ((...args: unknown[]) => void)[]>();
		// MapLibre's on(type, listener) and on(type, layer, listener): the listener comes last.
		on(type: string, ...args: unknown[]) {
			const listener = args[args.length - 1] as (...a: unknown[]) => void;
			this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
			return this;
		}
		once(type: string, listener: (...a: unknown[]) => void) {
			return this.on(type, listener);
		}
		fire(type: string) {
			for (const listener of this.#listeners.get(type) ?? []) listener({});
		}
		getLayer() {
			return undefined;
		}
		getCenter() {
			return { lng: 70, lat: 45 };
		}
		getZoom() {
			return 3;
		}
		remove() {
			this.style?._remove();
		}
		loseContext() {
			this.style!.destroy();
			this.style = null;
			this.fire('webglcontextlost');
		}
		restoreContext() {
			this.style = new FakeStyle();
			this.fire('webglcontextrestored');
		}
	}
	return { Map: FakeMap, setWorkerUrl() {} };
});

const { MapView } = await import('$lib/map/maplibre-view');

describe('MapView after WebGL context losses', () => {
	test('holds on to no style but the live one', () => {
		const statuses: string[] = [];
		const view = new MapView({
			container: document.createElement('div'),
			view: null,
			strings: {},
			cooperative: false,
			reducedMotion: () => true,
			onView: () => {},
			onPlace: () => {},
			onStatus: (s) => statuses.push(s)
		});
		const map = view.map as unknown as { style: object; loseContext(): void; restoreContext(): void };
		for (let i = 0; i < 3; i++) {
			map.loseContext();
			map.restoreContext();
		}
		expect(statuses).toEqual(['lost', 'ready', 'lost', 'ready', 'lost', 'ready']);
		expect([...plugin]).toEqual([map.style]);
		view.destroy();
		expect(plugin.size).toBe(0);
	});
});
