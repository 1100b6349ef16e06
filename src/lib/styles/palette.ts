/**
 * One palette for every renderer: the event kinds' colours and shapes (the timeline, the map
 * and the lists, so a reader learns one legend), the lanes' colours, and the timeline's inks
 * and dimming alphas. The canvas painters read these constants; the SVG's CSS reads the same
 * values as custom properties (PALETTE_CSS, set once on the timeline), so the hand-over between
 * canvas and SVG never changes a colour.
 *
 * Kind colours come from the Okabe–Ito palette (safe for colour-blind readers); shape is a
 * second channel so colour is never the only cue. Lane colours are muted and distinct from the
 * kinds, so people never read as events.
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

export interface LaneColor {
	/** The thin lifespan bar. */
	life: string;
	/** The thick reign bar. */
	reign: string;
}

/** Keyed by the timeline's lane ids (i18n/labels LaneId). */
export const LANE_COLORS: Record<string, LaneColor> = {
	rulers: { life: '#9aa9b6', reign: '#2f5d7c' },
	biys: { life: '#a9b79a', reign: '#4d6b33' },
	batyrs: { life: '#c1a896', reign: '#7c4a2f' },
	alash: { life: '#a99ab6', reign: '#5a3f7c' },
	diplomats: { life: '#96b4b4', reign: '#2f6b6b' },
	foreign: { life: '#b4aaa0', reign: '#5e554c' }
};

/** The timeline's inks. */
export const INK = {
	axisBg: '#f3efe6',
	grid: '#d8d2c6',
	gridMajor: '#b9b1a2',
	minor: '#9c9487',
	axisLabel: '#2c2c33',
	bandLabel: '#6b6558',
	laneBg: '#fffdf8',
	laneBgAlt: '#f6f2e9',
	laneGrid: '#e4ded2',
	laneLabel: '#5b564b',
	text: '#1b1b1f',
	badge: '#33333d',
	white: '#ffffff'
} as const;

/** Opacities: what a selection dims, and how approximate or background things fade. */
export const ALPHA = {
	/** Marks, spans and count badges not linked to the selection. */
	dimMark: 0.28,
	dimSpan: 0.08,
	/** Person bars not linked to the selection. */
	dimPerson: 0.3,
	/** A mark whose date is approximate (dashed too). */
	circaMark: 0.75,
	/** A single date's span at a zoom that shows its year or month, a range's bar, an approximate one. */
	span: 0.16,
	spanRanged: 0.55,
	spanCirca: 0.1,
	era: 0.55,
	eraCirca: 0.35,
	/** A polity that is a party to the selected event, and its tint over the lanes. */
	eraParty: 0.95,
	eraTint: 0.14,
	/** A person known only from the events they took part in (dashed). */
	attested: 0.7,
	guide: 0.7
} as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The palette as CSS custom properties, for a `style` attribute: `--tl-ink-lane-bg`,
 * `--tl-alpha-dim-mark`, `--tl-lane-rulers-reign`, `--tl-kind-embassy`.
 */
export const PALETTE_CSS = [
	...Object.entries(INK).map(([k, v]) => `--tl-ink-${kebab(k)}: ${v}`),
	...Object.entries(ALPHA).map(([k, v]) => `--tl-alpha-${kebab(k)}: ${v}`),
	...Object.entries(LANE_COLORS).flatMap(([k, c]) => [
		`--tl-lane-${k}-life: ${c.life}`,
		`--tl-lane-${k}-reign: ${c.reign}`
	]),
	...Object.entries(KIND_STYLE).map(([k, s]) => `--tl-kind-${k}: ${s.color}`)
].join('; ');

/** What the canvas takes from the page's stylesheet: the font and the accent colours. */
export interface Theme {
	font: string;
	focus: string;
	panel: string;
}

/** The page's font and accent colours, read from CSS so the canvas follows the stylesheet. */
export function readTheme(el: Element): Theme {
	const css = getComputedStyle(el);
	return {
		font: css.getPropertyValue('--font').trim() || css.fontFamily || 'sans-serif',
		focus: css.getPropertyValue('--focus').trim() || '#c2410c',
		panel: css.getPropertyValue('--panel').trim() || '#ffffff'
	};
}
