import '@testing-library/jest-dom/vitest';

// jsdom has no 2D canvas and logs "Not implemented" for each attempt; the components already
// cope with a missing context (the painter itself is tested with a recording context).
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;
