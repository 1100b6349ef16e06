/**
 * Where a link may take a kiosk visitor. The kiosk stays in its own flow: its pages and its
 * language switch; an event link opens the event inside the kiosk; a link off the site is
 * shown as a QR code to read on a phone; everything else is refused. Pure.
 */
import { isLocale } from '$lib/i18n/locales';

export type KioskLink =
	| { kind: 'kiosk' }
	| { kind: 'same-page' }
	| { kind: 'event'; id: string }
	| { kind: 'external'; url: string }
	| { kind: 'blocked' };

const EVENT = /^\/(kk|ru|en)\/events\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

export function classifyKioskLink(href: string, here: URL): KioskLink {
	let url: URL;
	try {
		url = new URL(href, here);
	} catch {
		return { kind: 'blocked' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return url.protocol === 'mailto:' || url.protocol === 'tel:'
			? { kind: 'external', url: url.href }
			: { kind: 'blocked' };
	}
	if (url.origin !== here.origin) return { kind: 'external', url: url.href };
	if (url.pathname === here.pathname && url.search === here.search && url.hash) return { kind: 'same-page' };
	const parts = url.pathname.split('/');
	if (isLocale(parts[1])) {
		if (parts[2] === 'kiosk') return { kind: 'kiosk' };
		const explorer = parts.length === 3 && parts[2] === '';
		if (explorer && (url.searchParams.get('mode') === 'kiosk' || url.searchParams.has('kiosk')))
			return { kind: 'kiosk' };
		const event = EVENT.exec(url.pathname);
		if (event) return { kind: 'event', id: event[2] };
	}
	return { kind: 'blocked' };
}
