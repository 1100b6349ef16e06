/**
 * The parts of the timeline a reader can open or fold from its toolbar: the polities (a thin
 * strip or named rows), the foreign lane (one summary row or all its rows), and in a short
 * box the legend.
 */
import * as m from '$lib/paraglide/messages';
import { laneLabel } from '$lib/i18n/labels';
import type { Toggle } from './TimelineToolbar.svelte';

/** A tooltip over the stage: its text and the point it stands on (stage px). */
export interface Tip {
	text: string;
	x: number;
	y: number;
}

const ICON = {
	legend: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v6M12 7.5v.5',
	polities: 'M3 6h11M7 12h14M3 18h9',
	foreign: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18'
};

export function partToggles(o: {
	/** Whether the polities are open; null when there are none. */
	eras: boolean | null;
	/** Whether the foreign lane is open and how many it holds; null when it is empty. */
	foreign: { open: boolean; count: number } | null;
	/** Whether the legend is open over the stage; null when it sits under it. */
	legend: boolean | null;
	onEras: (open: boolean) => void;
	onForeign: (open: boolean) => void;
	onLegend: (open: boolean) => void;
}): Toggle[] {
	const out: Toggle[] = [];
	const { eras, foreign, legend } = o;
	if (eras !== null)
		out.push({
			id: 'polities',
			label: m.timeline_polities(),
			expanded: eras,
			icon: ICON.polities,
			ontoggle: () => o.onEras(!eras)
		});
	if (foreign)
		out.push({
			id: 'foreign',
			label: `${laneLabel('foreign')} (${foreign.count})`,
			expanded: foreign.open,
			icon: ICON.foreign,
			ontoggle: () => o.onForeign(!foreign.open)
		});
	if (legend !== null)
		out.push({
			id: 'legend',
			label: m.timeline_legend(),
			expanded: legend,
			icon: ICON.legend,
			ontoggle: () => o.onLegend(!legend)
		});
	return out;
}
