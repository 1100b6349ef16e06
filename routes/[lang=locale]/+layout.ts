import { isLocale, BASE_LOCALE, type Locale } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
	const lang: Locale = isLocale(params.lang) ? params.lang : BASE_LOCALE;
	return { lang };
};
