/**
 * Whether the shared state is still the one a prerendered timeline shows: no selection, the
 * whole span, no filters, exploring. Anything else is drawn only by the live timeline.
 */
import type { ExplorationState } from '$lib/state/exploration.svelte';

export function showsStartingState(state: ExplorationState): boolean {
	const { kinds, roles, polities, q } = state.filters;
	return (
		state.mode === 'explore' &&
		state.selectedEvent === null &&
		state.selectedPerson === null &&
		state.selectedRelation === null &&
		state.window === null &&
		kinds.length + roles.length + polities.length === 0 &&
		q.trim() === ''
	);
}
