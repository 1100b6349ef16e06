import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { TimeWindow } from '../../../src/lib/domain/types';
import { eventsInWindow } from '../../../src/lib/domain/queries';
import { routeCollection, routeCurves } from '../../../src/lib/map/geojson';
import { FONT_BOLD, FONT_REGULAR, LAYERS, arrowImage, buildStyle } from '../../../src/lib/map/style';
import { EVENTS, PLACES } from './fixtures';
import { STYLE, routesDrawn } from './route-filter';

const fonts = {
	latin400: '/_app/a.woff2',
	cyrillic400: '/_app/b.woff2',
	cyrillicExt400: '/_app/c.woff2',
	latin700: '/_app/d.woff2',
	cyrillic700: '/_app/e.woff2',
	cyrillicExt700: '/_app/f.woff2'
};
const style = buildStyle('http://127.0.0.1:4173', fonts);

function covers(ranges: string[], cp: number): boolean {
	return ranges.some((r) => {
		const [a, b] = r
			.replace('U+', '')
			.split('-')
			.map((h) => parseInt(h, 16));
		return cp >= a && cp <= (b ?? a);
	});
}

describe('map style', () => {
	const kazakh = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
	it.each([FONT_REGULAR, FONT_BOLD])('%s covers every Kazakh letter, Russian and Latin', (font) => {
		const faces = style['font-faces']![font] as { url: string; 'unicode-range'?: string[] }[];
		for (const ch of kazakh + 'ЖжЁёЩщAz') {
			expect(
				faces.some((f) => covers(f['unicode-range'] ?? [], ch.codePointAt(0)!)),
				ch
			).toBe(true);
		}
	});

	it('keeps every resource on the site (no glyphs URL, no remote font or data)', () => {
		expect(style.glyphs).toBeUndefined();
		const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(5);
		for (const u of urls) expect(new URL(u).host).toBe('127.0.0.1:4173');
	});

	it('credits Natural Earth', () => {
		expect(JSON.stringify(style.sources)).toContain('Natural Earth');
	});
});

describe('arrowImage', () => {
	it('is an arrowhead pointing right: opaque at the left middle, transparent at the corners', () => {
		const img = arrowImage(24);
		const alpha = (x: number, y: number) => img.data[(y * 24 + x) * 4 + 3];
		expect(img.data).toHaveLength(24 * 24 * 4);
		expect(alpha(5, 12)).toBe(255);
		expect(alpha(19, 12)).toBe(255);
		expect(alpha(0, 0)).toBe(0);
		expect(alpha(20, 3)).toBe(0);
		expect(alpha(5, 2)).toBe(0);
	});
});

describe('the window and selection filters', () => {
	const curves = routeCurves(EVENTS, new Map(PLACES.map((p) => [p.id, p])));
	// Every route a span of its own, edges included: one that ends where another starts, a point in time, a long one.
	const spans: [number, number][] = [
		[1694, 1695],
		[1695, 1695.5],
		[1731.8, 1731.8001],
		[-200, 1900],
		[1757, 1758]
	];
	const events = spans.map(([start, stop], i) => ({ ...EVENTS[i % 2 === 0 ? 0 : 2], id: `e${i}`, start, stop }));
	const routes = routeCollection(
		events,
		new Map(events.map((e, i) => [e.id, curves.get(i % 2 === 0 ? '1694-embassy' : '1757-embassy')!]))
	);

	it('the style is valid MapLibre style, global state and all', () => {
		expect(validateStyleMin(STYLE)).toEqual([]);
	});

	const windows: (TimeWindow | null)[] = [
		null,
		{ from: 1694, to: 1695 },
		{ from: 1695, to: 1700 },
		{ from: 1690, to: 1694 },
		{ from: 1731.8, to: 1731.9 },
		{ from: 1731.80005, to: 1731.80006 },
		{ from: -1000, to: -200 },
		{ from: 1900, to: 2000 }
	];
	// And windows at random, from a fixed seed.
	let seed = 7;
	const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 800 + 1400;
	for (let i = 0; i < 60; i++) {
		const [a, b] = [rand(), rand()].sort((x, y) => x - y);
		windows.push({ from: a, to: b });
	}

	it.each(windows.map((w) => [w ? `${w.from}–${w.to}` : 'all time', w] as const))(
		'%s: the map draws the routes eventsInWindow keeps',
		(_, window) => {
			const expected = eventsInWindow(events, window).map((e) => e.id);
			expect(routesDrawn(routes, window, null, LAYERS.routes)).toEqual(expected);
			expect(routesDrawn(routes, window, null, LAYERS.routeSelected)).toEqual([]);
			expect(routesDrawn(routes, window, null, 'route-arrows')).toEqual(expected);
		}
	);

	it('the selected route is drawn on top wherever the window is, and not twice', () => {
		const window = { from: 1850, to: 2000 };
		expect(routesDrawn(routes, window, 'e0', LAYERS.routeSelected)).toEqual(['e0']);
		expect(routesDrawn(routes, window, 'e0', LAYERS.routes)).toEqual(['e3']);
		expect(routesDrawn(routes, window, 'e3', LAYERS.routes)).toEqual([]);
		expect(routesDrawn(routes, window, 'e3', LAYERS.routeSelected)).toEqual(['e3']);
		expect(routesDrawn(routes, window, 'e0', 'route-arrows')).toEqual(['e0', 'e3']);
	});
});
