/** The site's languages (defined in the domain layer). Kazakh is the base: content and UI fall back to it. */
import { BASE_LOCALE, LOCALES, type Locale } from '$lib/domain/types';
export { BASE_LOCALE, LOCALES, type Locale };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
export const LOCALE_SHORT: Record<Locale, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

/** Picks the first supported language from a browser's preference list. */
export function pickLocale(preferences: readonly string[]): Locale {
	for (const pref of preferences) {
		const primary = pref.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return BASE_LOCALE;
}
