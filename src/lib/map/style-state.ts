/**
 * The map's filters by time window and selection, read from MapLibre's `global-state`: a new
 * window or selection changes the map's state, not its data. Routes and journeys share them.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { TimeWindow } from '$lib/domain/types';

/**
 * The map's global state (MapLibre `global-state`): the time window and the selected event.
 * The window is one value, so a new window reloads the routes' tiles once.
 */
export const STATE = { window: 'window', selected: 'selectedEvent' } as const;

/** No window shows all time: bounds far beyond any date. */
export const ALL_TIME = { from: -1e9, to: 1e9 };

export interface MapState {
	[STATE.window]: TimeWindow;
	[STATE.selected]: string;
}

/** The map's global state for a window (null: all time) and a selected event (null: none). */
export function mapState(window: TimeWindow | null, selected: string | null): MapState {
	return {
		[STATE.window]: window ? { from: window.from, to: window.to } : ALL_TIME,
		[STATE.selected]: selected ?? ''
	};
}

const windowBound = (bound: 'from' | 'to'): ExpressionSpecification => ['get', bound, ['global-state', STATE.window]];

/**
 * A route whose event overlaps the window: the test of eventsInWindow (domain/queries) on the
 * route's `start` and `stop`, evaluated by MapLibre as it lays out the tiles, so a new window
 * changes the map's state, not its data (a table test keeps the two tests equal).
 */
export const IN_WINDOW: ExpressionSpecification = [
	'all',
	['>', ['get', 'stop'], windowBound('from')],
	['<', ['get', 'start'], windowBound('to')]
];

/** The selected event's route: drawn on top, wherever the window is. */
export const IS_SELECTED: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', STATE.selected]];
