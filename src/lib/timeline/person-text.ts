/** How a person's years read in labels, names and the card, in the reader's language. */
import type { Person } from '$lib/domain/types';
import { formatHistDate, formatYear } from '$lib/i18n/format-date';
import type { Locale } from '$lib/i18n/locales';

const CIRCA: Record<Locale, string> = { kk: 'шамамен', ru: 'ок.', en: 'c.' };

/** "c. 1680 – 1748", "1917 – ?", "? – 1748"; empty when neither end is known. */
export function personYears(p: Pick<Person, 'born' | 'died' | 'circa'>, locale: Locale): string {
	if (!p.born && !p.died) return '';
	const b = p.born ? formatYear(p.born.year, locale) : '?';
	const d = p.died ? formatYear(p.died.year, locale) : '?';
	return `${p.circa ? `${CIRCA[locale]} ` : ''}${b} – ${d}`;
}

/** A name without a trailing bracketed part: "Tauke Khan ("Az Tauke")" → "Tauke Khan"; unchanged if that leaves nothing. */
export function withoutEpithet(name: string): string {
	return name.replace(/\s*[(（][^()（）]*[)）]\s*$/, '') || name;
}

/** Reign in full dates: "1710 – 17 August 1748". */
export function reignText(p: Pick<Person, 'reign'>, locale: Locale): string {
	if (!p.reign) return '';
	return `${formatHistDate(p.reign[0], locale)} – ${formatHistDate(p.reign[1], locale)}`;
}

/** Life in full dates, with the circa word when uncertain. */
export function lifeText(p: Pick<Person, 'born' | 'died' | 'circa'>, locale: Locale): string {
	if (!p.born && !p.died) return '';
	const b = p.born ? formatHistDate(p.born, locale, p.circa) : '?';
	const d = p.died ? formatHistDate(p.died, locale, p.circa && !p.born) : '?';
	return `${b} – ${d}`;
}
