/**
 * How each relation kind looks: the colour of the event kind it comes from (one legend for the
 * whole atlas) and a dash pattern as a second channel, so kinds stay apart in print and for
 * readers who do not see the colours.
 */
import type { RelationKind } from '$lib/domain/relations';
import { KIND_STYLE } from '$lib/styles/palette';

/** Dashes in units of a thin line; `dash` scales them to a line's width so a wide one keeps its pattern. */
export const RELATION_STYLE: Record<RelationKind, { color: string; pattern: number[] | null }> = {
	embassy: { color: KIND_STYLE.embassy.color, pattern: null },
	letter: { color: KIND_STYLE.letter.color, pattern: [2, 2.5] },
	treaty: { color: KIND_STYLE.treaty.color, pattern: null },
	alliance: { color: KIND_STYLE.alliance.color, pattern: [9, 3] },
	oath: { color: KIND_STYLE.appointment.color, pattern: [7, 2.5, 2, 2.5] },
	marriage: { color: KIND_STYLE.marriage.color, pattern: [1, 3] },
	conflict: { color: KIND_STYLE.conflict.color, pattern: [4, 2] }
};

/** The stroke-dasharray of a kind's line at a width (null: solid). */
export function dash(kind: RelationKind, width: number): string | null {
	const p = RELATION_STYLE[kind].pattern;
	if (!p) return null;
	const unit = Math.max(1, width / 2.5);
	return p.map((n) => Math.round(n * unit * 10) / 10).join(' ');
}
