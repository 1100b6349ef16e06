/**
 * Every text the timeline draws or reads out, made once per language and type size and shared
 * by the SVG, the canvas and the keyboard announcer: a re-layout only moves them. Widths are
 * estimates (text.ts), so layout can run without a DOM.
 */
import * as m from '$lib/paraglide/messages';
import { yearAt } from '$lib/domain/dates';
import type { ContentModel, TimeWindow } from '$lib/domain/types';
import { localTitle } from '$lib/content/localize';
import { formatHistDate, formatHistRange, formatYear } from '$lib/i18n/format-date';
import { kindLabel, roleLabel } from '$lib/i18n/labels';
import type { Locale } from '$lib/i18n/locales';
import { shortTitle } from './featured';
import { personYears, withoutEpithet } from './person-text';
import { textWidth } from './text';
import type { PersonLabels } from './view-model';

export interface TimelineTexts {
	/** An event's title, as written beside its mark. */
	eventTitle(id: string): string;
	titleWidth(id: string): number;
	/** Names to try beside a featured mark, longest first: the title, then its short form. */
	eventNames(id: string): string[];
	/** An event's accessible name: title, date, kind. */
	eventName(id: string): string;
	/** A person's name (the announcer and the card use it whole). */
	personName(id: string): string;
	/** A person's accessible name: name, years, role. */
	personDescription(id: string): string;
	/** Name candidates for a bar, longest first, with their widths. */
	personLabels(id: string): PersonLabels;
	/** Width of the name alone, as lanes reserve room for it beside a bar. */
	nameWidth(id: string): number;
	polityName(id: string): string;
	polityWidth(id: string): number;
	/** A polity's tooltip: name and years. */
	polityDescription(id: string): string;
}

/** Sizes the widths are measured at: names at `font`, titles one px smaller, polities three. */
export function timelineTexts(
	model: Pick<ContentModel, 'events' | 'people' | 'polities'>,
	locale: Locale,
	font: number
): TimelineTexts {
	const titles = new Map<string, string>();
	const titleWidths = new Map<string, number>();
	const accessible = new Map<string, string>();
	const shortNames = new Map<string, string[]>();
	for (const e of model.events) {
		const title = localTitle(e.texts, locale);
		titles.set(e.id, title);
		titleWidths.set(e.id, textWidth(title, font - 1));
		accessible.set(e.id, `${title}, ${formatHistRange(e.date, e.end, locale, e.circa)}, ${kindLabel(e.kind, locale)}`);
		const short = shortTitle(title);
		shortNames.set(e.id, short === title ? [title] : [title, short]);
	}

	const names = new Map<string, string>();
	const descriptions = new Map<string, string>();
	const labels = new Map<string, PersonLabels>();
	for (const p of model.people) {
		const name = localTitle(p.texts, locale);
		const years = personYears(p, locale);
		names.set(p.id, name);
		descriptions.set(p.id, [name, years, roleLabel(p.role, locale)].filter(Boolean).join(', '));
		// With years (only inside the bar), the name, and the name without a bracketed epithet
		// ("Tauke Khan ("Az Tauke")" → "Tauke Khan") for a tight spot.
		const short = withoutEpithet(name);
		const texts = [...(years ? [`${name} · ${years}`] : []), name, ...(short !== name ? [short] : [])];
		labels.set(p.id, { texts, widths: texts.map((t) => textWidth(t, font)), besideFrom: years ? 1 : 0 });
	}

	const polities = new Map<string, string>();
	const polityWidths = new Map<string, number>();
	const polityDescriptions = new Map<string, string>();
	for (const p of model.polities) {
		const name = localTitle(p.texts, locale);
		polities.set(p.id, name);
		polityWidths.set(p.id, textWidth(name, font - 3));
		const dates = p.to ? formatHistRange(p.from, p.to, locale, p.circa) : formatHistDate(p.from, locale, p.circa);
		polityDescriptions.set(p.id, `${name}, ${dates}`);
	}

	return {
		eventTitle: (id) => titles.get(id) ?? '',
		titleWidth: (id) => titleWidths.get(id) ?? 0,
		eventNames: (id) => shortNames.get(id) ?? [],
		eventName: (id) => accessible.get(id) ?? id,
		personName: (id) => names.get(id) ?? id,
		personDescription: (id) => descriptions.get(id) ?? id,
		personLabels: (id) => labels.get(id) ?? { texts: [id], widths: [textWidth(id, font)] },
		nameWidth: (id) => textWidth(names.get(id) ?? id, font),
		polityName: (id) => polities.get(id) ?? id,
		polityWidth: (id) => polityWidths.get(id) ?? 0,
		polityDescription: (id) => polityDescriptions.get(id) ?? id
	};
}

/** "Showing" and "1700 – 1799", the years of the first and the last day in view (a narrow toolbar shows the years alone). */
export function windowLabel(win: TimeWindow, locale: Locale): { prefix: string; years: string } {
	const years = {
		from: formatYear(yearAt(win.from), locale),
		to: formatYear(yearAt(Math.max(win.from, win.to - 1e-9)), locale)
	};
	return { prefix: m.timeline_window_prefix(), years: m.timeline_window_years(years) };
}
