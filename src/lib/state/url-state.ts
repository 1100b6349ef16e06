/**
 * The exploration state as it appears in a shareable URL. Pure: parse and serialise only.
 *   ?event=1731-abulkhair-oath     selected event
 *   &person=abylai-khan            selected person
 *   &t=1700.00,1800.00             visible time window (decimal years, see domain/dates)
 *   &map=68.25,43.30,4.5           map view: lon,lat,zoom
 *   &kind=embassy,treaty  &role=biy  &polity=kazakh-khanate  &q=text   filters
 *   &mode=present|kiosk            mode (`?kiosk` and `?present` alone also work)
 *   &stop=3                        tour stop (1-based)
 *   &rel=kazakh-khanate,muscovy,embassy   selected relation: from, to, kind (see domain/relations)
 */
import { EVENT_KINDS, MODES, ROLES, type Filters, type MapView, type Mode, type TimeWindow } from '$lib/domain/types';
import { formatRelationKey, parseRelationKey } from '$lib/domain/relations';

export { MODES, type Filters, type MapView, type Mode, type TimeWindow };

export interface UrlState {
	event: string | null;
	person: string | null;
	window: TimeWindow | null;
	map: MapView | null;
	filters: Filters;
	mode: Mode;
	stop: number | null;
	/** Selected relation as "<from>|<to>|<kind>"; absent or null: none. */
	relation?: string | null;
}

export const EMPTY_FILTERS: Filters = { kinds: [], roles: [], polities: [], q: '' };

const ID = /^[a-z0-9-]+$/;

function list<T extends string>(value: string | null, allowed?: readonly T[]): T[] {
	if (!value) return [];
	const items = value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const valid = items.filter((s) => (allowed ? (allowed as readonly string[]).includes(s) : ID.test(s)));
	return [...new Set(valid)] as T[];
}

function numbers(value: string | null, count: number): number[] | null {
	if (!value) return null;
	const parts = value.split(',').map(Number);
	return parts.length === count && parts.every(Number.isFinite) ? parts : null;
}

export function parseUrlState(params: URLSearchParams): UrlState {
	const id = (key: string) => {
		const v = params.get(key);
		return v && ID.test(v) ? v : null;
	};
	const t = numbers(params.get('t'), 2);
	const m = numbers(params.get('map'), 3);
	const modeParam = params.get('mode');
	const mode: Mode = MODES.includes(modeParam as Mode)
		? (modeParam as Mode)
		: params.has('kiosk')
			? 'kiosk'
			: params.has('present')
				? 'present'
				: 'explore';
	const stop = Number(params.get('stop'));
	const relation = parseRelationKey(params.get('rel'));
	return {
		event: id('event'),
		person: id('person'),
		window: t && t[0] < t[1] ? { from: t[0], to: t[1] } : null,
		map:
			m && Math.abs(m[1]) <= 90 && Math.abs(m[0]) <= 180 && m[2] >= 0 && m[2] <= 24
				? { lon: m[0], lat: m[1], zoom: m[2] }
				: null,
		filters: {
			kinds: list(params.get('kind'), EVENT_KINDS),
			roles: list(params.get('role'), ROLES),
			polities: list(params.get('polity')),
			q: (params.get('q') ?? '').slice(0, 200)
		},
		mode,
		stop: Number.isInteger(stop) && stop >= 1 ? stop : null,
		relation: relation && formatRelationKey(relation)
	};
}

const round = (n: number, digits: number) => Number(n.toFixed(digits)).toString();

/** Serialises only what differs from the defaults, in a fixed key order (stable URLs). */
export function serializeUrlState(state: UrlState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.event) params.set('event', state.event);
	if (state.person) params.set('person', state.person);
	if (state.window) params.set('t', `${round(state.window.from, 2)},${round(state.window.to, 2)}`);
	if (state.map) params.set('map', `${round(state.map.lon, 3)},${round(state.map.lat, 3)},${round(state.map.zoom, 2)}`);
	if (state.filters.kinds.length) params.set('kind', state.filters.kinds.join(','));
	if (state.filters.roles.length) params.set('role', state.filters.roles.join(','));
	if (state.filters.polities.length) params.set('polity', state.filters.polities.join(','));
	if (state.filters.q) params.set('q', state.filters.q);
	if (state.mode !== 'explore') params.set('mode', state.mode);
	if (state.stop) params.set('stop', String(state.stop));
	if (state.relation) params.set('rel', state.relation.replaceAll('|', ','));
	return params;
}

/** Two states that give the same address. */
export function sameUrlState(a: UrlState, b: UrlState): boolean {
	return serializeUrlState(a).toString() === serializeUrlState(b).toString();
}

/** Changes that get their own history entry (Back undoes them); the rest replace the entry. */
const STEPS = ['event', 'person', 'stop', 'mode', 'rel'];

/**
 * How the address bar follows a change from `current` to `next`: a new history entry, the
 * current one replaced, or nothing. A kiosk always replaces: nobody there can go Back, and each
 * entry is kept by the router (its scroll position) for the page's life, which an attract loop
 * stepping every few seconds for weeks would grow without end.
 */
export function historyEntry(current: URLSearchParams, next: URLSearchParams, mode: Mode): 'push' | 'replace' | null {
	if (next.toString() === current.toString()) return null;
	if (mode === 'kiosk') return 'replace';
	const moved = STEPS.filter((k) => next.get(k) !== current.get(k));
	// Filling in the event of the stop the address names (a tour opened at ?stop=3) is not a step.
	const completes = moved.length === 1 && moved[0] === 'event' && current.has('stop') && !current.has('event');
	return moved.length && !completes ? 'push' : 'replace';
}
