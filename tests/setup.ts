import '@testing-library/jest-dom/vitest';

// jsdom has no 2D canvas and logs "Not implemented" for each attempt; the components already
// cope with a missing context (the painter itself is tested with a recording context).
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

// jsdom has no matchMedia; svelte/motion's prefersReducedMotion asks it when imported. Tests
// run as a reader who prefers reduced motion: views jump instead of gliding.
if (typeof window !== 'undefined')
	window.matchMedia ??= ((q: string) => ({
		matches: q.includes('reduce'),
		media: q,
		addEventListener() {},
		removeEventListener() {}
	})) as unknown as typeof window.matchMedia;
