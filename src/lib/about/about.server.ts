/**
 * "How this atlas is made": editorial text in three languages (src/lib/about/*.md), rendered
 * at build time. PUBLIC_CONTACT (an e-mail address or a web address) names where corrections
 * go; without it the page sends readers to the institution that shows the atlas.
 */
import { env } from '$env/dynamic/public';
import { renderBody } from '$lib/content/body';
import type { Locale } from '$lib/domain/types';
import en from './en.md?raw';
import kk from './kk.md?raw';
import ru from './ru.md?raw';

const TEXT: Record<Locale, string> = { kk, ru, en };
const NO_CONTACT: Record<Locale, string> = {
	kk: ' (атласты көрсетіп отырған музей немесе мектеп арқылы)',
	ru: ' (через музей или школу, где показан атлас)',
	en: ' (through the museum or school that shows the atlas)'
};

function contact(lang: Locale): string {
	const value = (env.PUBLIC_CONTACT ?? '').trim();
	if (!value) return NO_CONTACT[lang];
	const href = value.includes('@') && !value.includes('/') ? `mailto:${value}` : value;
	return `: [${value}](${href})`;
}

export async function aboutPage(lang: Locale) {
	return { html: await renderBody(TEXT[lang].replace('{contact}', contact(lang))) };
}
