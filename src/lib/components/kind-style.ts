/**
 * How each event kind looks, shared by the timeline, the map and the lists so a reader
 * learns one legend. Colours come from the Okabe–Ito palette (safe for colour-blind
 * readers); shape is a second channel so colour is never the only cue.
 */
import type { EventKind } from '$lib/domain/types';

export type MarkShape =
	'circle' | 'diamond' | 'square' | 'triangle' | 'star' | 'hexagon' | 'cross' | 'ring' | 'triangle-down';

export const KIND_STYLE: Record<EventKind, { color: string; shape: MarkShape }> = {
	embassy: { color: '#0072B2', shape: 'circle' },
	treaty: { color: '#009E73', shape: 'diamond' },
	alliance: { color: '#56B4E9', shape: 'hexagon' },
	letter: { color: '#CC79A7', shape: 'square' },
	marriage: { color: '#E69F00', shape: 'ring' },
	law: { color: '#8B6B00', shape: 'triangle' },
	congress: { color: '#6A3D9A', shape: 'star' },
	appointment: { color: '#3B5B6B', shape: 'triangle-down' },
	conflict: { color: '#D55E00', shape: 'cross' }
};

/** SVG path of a shape centred on 0,0 with the given radius. */
export function shapePath(shape: MarkShape, r: number): string {
	const k = (n: number) => +n.toFixed(2);
	switch (shape) {
		case 'circle':
		case 'ring':
			return `M${k(-r)},0a${k(r)},${k(r)} 0 1,0 ${k(2 * r)},0a${k(r)},${k(r)} 0 1,0 ${k(-2 * r)},0Z`;
		case 'square':
			return `M${k(-r * 0.85)},${k(-r * 0.85)}h${k(r * 1.7)}v${k(r * 1.7)}h${k(-r * 1.7)}Z`;
		case 'diamond':
			return `M0,${k(-r * 1.15)}L${k(r * 1.15)},0L0,${k(r * 1.15)}L${k(-r * 1.15)},0Z`;
		case 'triangle':
			return `M0,${k(-r * 1.15)}L${k(r * 1.1)},${k(r * 0.85)}L${k(-r * 1.1)},${k(r * 0.85)}Z`;
		case 'triangle-down':
			return `M0,${k(r * 1.15)}L${k(r * 1.1)},${k(-r * 0.85)}L${k(-r * 1.1)},${k(-r * 0.85)}Z`;
		case 'hexagon': {
			const pts = Array.from({ length: 6 }, (_, i) => {
				const a = (Math.PI / 3) * i;
				return `${k(Math.cos(a) * r * 1.05)},${k(Math.sin(a) * r * 1.05)}`;
			});
			return `M${pts.join('L')}Z`;
		}
		case 'star': {
			const pts = Array.from({ length: 10 }, (_, i) => {
				const a = (Math.PI / 5) * i - Math.PI / 2;
				const rr = i % 2 ? r * 0.55 : r * 1.25;
				return `${k(Math.cos(a) * rr)},${k(Math.sin(a) * rr)}`;
			});
			return `M${pts.join('L')}Z`;
		}
		case 'cross': {
			const a = r * 0.38;
			const b = r * 1.05;
			return `M${k(-a)},${k(-b)}h${k(2 * a)}v${k(b - a)}h${k(b - a)}v${k(2 * a)}h${k(a - b)}v${k(b - a)}h${k(-2 * a)}v${k(a - b)}h${k(a - b)}v${k(-2 * a)}h${k(b - a)}Z`;
		}
	}
}
