/** jsdom has no layout: components that bind sizes need a ResizeObserver, here one that never reports. */
export function stubResizeObserver() {
	globalThis.ResizeObserver ??= class {
		observe() {}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
}
