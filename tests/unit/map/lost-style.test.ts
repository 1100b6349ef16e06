import { describe, expect, it, vi } from 'vitest';
import { releaseLostStyles, type RemovableStyle } from '$lib/map/lost-style';

/**
 * MapLibre's part, as MapLibre 6 does it: a style registers itself with the page-wide RTL text
 * plugin manager when made; `_remove` unregisters it, `destroy` (a context loss) does not; the
 * map nulls its style before it fires `webglcontextlost` and builds the new one before
 * `webglcontextrestored`; a worker restart fires both around a style it replaces itself.
 */
function fakeMapLibre() {
	const plugin = new Set<FakeStyle>();
	class FakeStyle implements RemovableStyle {
		removed = 0;
		constructor() {
			plugin.add(this);
		}
		destroy() {}
		_remove() {
			this.removed++;
			plugin.delete(this);
		}
	}
	const listeners = new Map<string, (() => void)[]>();
	const fire = (type: string) => listeners.get(type)?.forEach((f) => f());
	const map = {
		style: new FakeStyle() as FakeStyle | null,
		on(type: string, listener: () => void) {
			listeners.set(type, [...(listeners.get(type) ?? []), listener]);
			return map;
		},
		loseContext() {
			map.style!.destroy();
			map.style = null;
			fire('webglcontextlost');
		},
		restoreContext() {
			map.style = new FakeStyle();
			fire('webglcontextrestored');
		},
		restartWorkers() {
			fire('webglcontextlost');
			map.style!._remove();
			map.style = new FakeStyle();
			fire('webglcontextrestored');
		}
	};
	return { map, plugin };
}

describe('releaseLostStyles', () => {
	it('lets every style a context loss destroyed go: the plugin manager holds only the live one', () => {
		const { map, plugin } = fakeMapLibre();
		releaseLostStyles(map);
		for (let i = 0; i < 5; i++) {
			map.loseContext();
			expect(plugin.size).toBe(0);
			map.restoreContext();
		}
		expect([...plugin]).toEqual([map.style]);
	});

	it('leaves a style MapLibre replaces itself (a worker restart) to MapLibre, and releases the next loss', () => {
		const { map, plugin } = fakeMapLibre();
		releaseLostStyles(map);
		const before = map.style!;
		map.restartWorkers();
		expect(before.removed).toBe(1);
		const rebuilt = map.style!;
		map.loseContext();
		map.restoreContext();
		expect(rebuilt.removed).toBe(1);
		expect([...plugin]).toEqual([map.style]);
	});

	it('a style that cannot be released is reported, and the map comes back all the same', () => {
		const { map } = fakeMapLibre();
		releaseLostStyles(map);
		map.style!._remove = () => {
			throw new Error('gone');
		};
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(() => map.loseContext()).not.toThrow();
		map.restoreContext();
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
		expect(map.style).not.toBeNull();
	});
});
