/**
 * The kiosk's lock-down. Where a link may take a visitor (pure): the kiosk stays in its own flow,
 * its pages and its language switch; an event link opens the event inside the kiosk; a link off
 * the site is shown as a QR code to read on a phone; everything else is refused. Which keys are
 * refused (pure), and the listeners that refuse them, the context menu, selection and page zoom.
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

/**
 * Keys a kiosk refuses. With Ctrl (⌘ on a Mac): page zoom (+ - = 0), print, save, open, the
 * address bar, new window, new tab, find, view source. With Alt: Back, Forward and Home.
 */
export const BLOCKED_KEYS = {
	ctrl: ['+', '-', '=', '0', 'p', 's', 'o', 'l', 'n', 't', 'f', 'u'],
	alt: ['ArrowLeft', 'ArrowRight', 'Home']
} as const;

export function isBlockedKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
	if ((e.ctrlKey || e.metaKey) && (BLOCKED_KEYS.ctrl as readonly string[]).includes(e.key.toLowerCase())) return true;
	return e.altKey && (BLOCKED_KEYS.alt as readonly string[]).includes(e.key);
}

/**
 * Locks the page in: no page zoom (Ctrl + wheel, keys, pinch gestures), no blocked keys, no
 * context menu, no text selection outside form fields, no dragging. Returns the unlock.
 */
export function lockDown(win: Window, doc: Document): () => void {
	const noZoomWheel = (e: WheelEvent) => e.ctrlKey && e.preventDefault();
	const noKeys = (e: KeyboardEvent) => isBlockedKey(e) && e.preventDefault();
	const prevent = (e: Event) => {
		const t = e.target instanceof Element ? e.target : null;
		if (e.type === 'selectstart' && t?.closest('input, textarea')) return;
		e.preventDefault();
	};
	const preventGesture = (e: Event) => e.preventDefault();
	const refused = ['contextmenu', 'selectstart', 'dragstart'] as const;
	win.addEventListener('wheel', noZoomWheel, { passive: false });
	win.addEventListener('keydown', noKeys, true);
	for (const type of refused) doc.addEventListener(type, prevent, true);
	doc.addEventListener('gesturestart', preventGesture);
	return () => {
		win.removeEventListener('wheel', noZoomWheel);
		win.removeEventListener('keydown', noKeys, true);
		for (const type of refused) doc.removeEventListener(type, prevent, true);
		doc.removeEventListener('gesturestart', preventGesture);
	};
}
