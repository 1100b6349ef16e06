/** Catalogue look-ups for the content vocabulary (kinds, roles), so views never hard-code them. */
import * as m from '$lib/paraglide/messages';
import type { EventKind, Role } from '$lib/domain/types';
import type { Locale } from './locales';

const KIND: Record<EventKind, (i: object, o: { locale: Locale }) => string> = {
	embassy: m.kind_embassy,
	treaty: m.kind_treaty,
	alliance: m.kind_alliance,
	letter: m.kind_letter,
	marriage: m.kind_marriage,
	law: m.kind_law,
	congress: m.kind_congress,
	appointment: m.kind_appointment,
	conflict: m.kind_conflict
};

const ROLE: Record<Role, (i: object, o: { locale: Locale }) => string> = {
	khan: m.role_khan,
	sultan: m.role_sultan,
	biy: m.role_biy,
	batyr: m.role_batyr,
	zhyrau: m.role_zhyrau,
	alash: m.role_alash,
	diplomat: m.role_diplomat,
	foreign: m.role_foreign
};

export const kindLabel = (kind: EventKind, locale: Locale) => KIND[kind]({}, { locale });
export const roleLabel = (role: Role, locale: Locale) => ROLE[role]({}, { locale });

/**
 * The timeline's lanes of people, each for one or more roles (timeline/lanes.ts says which).
 * Declared here, beside their names, because i18n may import only the domain.
 */
export type LaneId = 'rulers' | 'biys' | 'batyrs' | 'alash' | 'diplomats' | 'foreign';

const LANE: Record<LaneId, () => string> = {
	rulers: () => m.timeline_lane_rulers(),
	biys: () => m.timeline_lane_biys(),
	batyrs: () => m.timeline_lane_batyrs(),
	alash: () => m.timeline_lane_alash(),
	diplomats: () => m.timeline_lane_diplomats(),
	foreign: () => m.timeline_lane_foreign()
};

/** A lane's name in the page's language (set once for Paraglide by the route). */
export const laneLabel = (id: LaneId) => LANE[id]();
