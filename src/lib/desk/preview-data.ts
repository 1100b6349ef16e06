/**
 * What the event preview in the desk shows, from the entry the desk hands over: the language
 * of the pane, the shared facts (which live in the Kazakh file) and the pane's own title and
 * summary. Dates that do not parse yet (a curator is still typing) show as typed.
 */
import { parseHistDate, type HistDate } from '$lib/domain/dates';
import {
	BASE_LOCALE,
	CONFIDENCE_LEVELS,
	EVENT_KINDS,
	LOCALES,
	type Calendar,
	type Confidence,
	type EventKind,
	type Locale
} from '$lib/domain/types';

/** The desk's entry: this pane's data, the other languages' data, and the file path. */
export interface DeskEntry {
	data: Record<string, unknown>;
	i18n: Record<string, { data?: Record<string, unknown> } | undefined>;
	path: string;
}

export interface EventPreviewData {
	locale: Locale;
	title: string;
	summary: string;
	kind?: EventKind;
	confidence?: Confidence;
	/** Parsed dates for the site's date formatter, or the text as typed when it does not parse. */
	dates: { date: HistDate; end?: HistDate; circa: boolean; calendar?: Calendar } | { typed: string };
	circa: boolean;
	people: string[];
	places: string[];
	parties: string[];
	sources: { work: string; where: string }[];
}

/** The language of the pane: from the file name, else the one language not among the others. */
export function paneLocale(entry: DeskEntry): Locale {
	const fromPath = /\.(kk|ru|en)\.md$/.exec(entry.path)?.[1] as Locale | undefined;
	if (fromPath) return fromPath;
	const others = Object.keys(entry.i18n ?? {});
	return LOCALES.find((l) => !others.includes(l)) ?? BASE_LOCALE;
}

const list = (value: unknown): string[] =>
	Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
const str = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

function dates(shared: Record<string, unknown>, circa: boolean): EventPreviewData['dates'] {
	const calendar = shared.calendar === 'julian' ? 'julian' : undefined;
	try {
		const date = parseHistDate(shared.date, calendar);
		const end = str(shared.end) ? parseHistDate(shared.end, calendar) : undefined;
		return { date, end, circa, calendar };
	} catch {
		return { typed: [str(shared.date), str(shared.end)].filter(Boolean).join(' – ') };
	}
}

export function eventPreviewData(entry: DeskEntry): EventPreviewData {
	const locale = paneLocale(entry);
	const shared = locale === BASE_LOCALE ? entry.data : (entry.i18n?.[BASE_LOCALE]?.data ?? {});
	const circa = shared.circa === true;
	const kind = (EVENT_KINDS as readonly unknown[]).includes(shared.kind) ? (shared.kind as EventKind) : undefined;
	const confidence = (CONFIDENCE_LEVELS as readonly unknown[]).includes(shared.confidence)
		? (shared.confidence as Confidence)
		: undefined;
	const citations = Array.isArray(shared.sources) ? (shared.sources as Record<string, unknown>[]) : [];
	return {
		locale,
		title: str(entry.data.title),
		summary: str(entry.data.summary),
		kind,
		confidence,
		dates: dates(shared, circa),
		circa,
		people: [
			...new Set([...list(shared.sender), ...list(shared.envoys), ...list(shared.receiver), ...list(shared.people)])
		],
		places: [...new Set([...list(shared.places), ...list(shared.route)])],
		parties: [...new Set([...list(shared.from), ...list(shared.to), ...list(shared.parties)])],
		sources: citations
			.filter((c) => c && typeof c === 'object')
			.map(({ work, ...where }) => ({
				work: str(work),
				where: Object.entries(where)
					.filter(([, v]) => str(v))
					.map(([k, v]) => `${k} ${str(v)}`)
					.join(', ')
			}))
	};
}
