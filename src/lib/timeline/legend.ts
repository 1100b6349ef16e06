/** How wide the legend's one line would be, estimated (text.ts), to tell whether it fits under the stage. */
import * as m from '$lib/paraglide/messages';
import { EVENT_KINDS, type EventKind } from '$lib/domain/types';
import { kindLabel } from '$lib/i18n/labels';
import type { Locale } from '$lib/i18n/locales';
import { textWidth } from './text';

/** The legend's type (--fs-small, 0.9rem) and the room each item takes besides its text (icon, gaps). */
const FONT = 14.4;
const ITEM = 16 + 6 + 15;
/** text.ts errs wide by design; against the legend measured in Chromium in three languages, this brings it within 3 % (still wide). */
const CALIBRATION = 0.87;

export function legendWidth(kinds: EventKind[], locale: Locale): number {
	const items = [
		...EVENT_KINDS.filter((k) => kinds.includes(k)).map((k) => kindLabel(k, locale)),
		m.timeline_legend_life(),
		m.timeline_legend_reign(),
		m.timeline_legend_circa()
	];
	const text = items.reduce((sum, t) => sum + textWidth(t, FONT) * CALIBRATION + ITEM, 0);
	// The bar-shaped icons are twice as wide; then the link to the list and the padding.
	return text + 3 * 18 + textWidth(m.all_events_link(), FONT) * CALIBRATION + 16 + 16;
}
