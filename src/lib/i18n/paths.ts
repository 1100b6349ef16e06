/** Language-prefixed paths: every public page exists once per language under /kk, /ru, /en. */
import { BASE_LOCALE, LOCALES, isLocale, type Locale } from './locales';

/** The same page in another language (query and hash kept). */
export function switchLocalePath(pathname: string, locale: Locale, search = '', hash = ''): string {
	const parts = pathname.split('/');
	if (isLocale(parts[1])) parts[1] = locale;
	else parts.splice(1, 0, locale);
	return parts.join('/') + search + hash;
}

export function alternates(pathname: string): { locale: Locale; href: string }[] {
	return LOCALES.map((locale) => ({ locale, href: switchLocalePath(pathname, locale) }));
}

export const eventPath = (locale: Locale, id: string) => `/${locale}/events/${id}/`;
export const personPath = (locale: Locale, id: string) => `/${locale}/people/${id}/`;
export const placePath = (locale: Locale, id: string) => `/${locale}/places/${id}/`;
export const tourPath = (locale: Locale, id: string) => `/${locale}/tours/${id}/`;

/** The language a path is in, from its first segment (Kazakh when it names none). */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : BASE_LOCALE;
}
