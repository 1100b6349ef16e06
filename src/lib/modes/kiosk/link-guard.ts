/**
 * Keeps the kiosk in its own flow (the rules: classifyKioskLink in ./lockdown): a link click
 * or a navigation to an event opens the event in the kiosk, one off the site shows its QR code,
 * and anything else is held back. Call during a component's initialisation.
 */
import { beforeNavigate } from '$app/navigation';
import { classifyKioskLink } from './lockdown';

export interface KioskLinkHandlers {
	event: (id: string) => void;
	external: (url: string) => void;
}

/** Guards navigations and returns the handler for link clicks (capture phase, before the router). */
export function guardKioskLinks(on: KioskLinkHandlers): (e: MouseEvent) => void {
	/** True when the kiosk lets the browser go there; otherwise it has handled the link itself. */
	const follow = (href: string) => {
		const link = classifyKioskLink(href, new URL(location.href));
		if (link.kind === 'kiosk' || link.kind === 'same-page') return true;
		if (link.kind === 'event') on.event(link.id);
		else if (link.kind === 'external') on.external(link.url);
		return false;
	};
	// Anything that tries to leave the kiosk flow without a click (a view calling goto, Back).
	beforeNavigate((nav) => {
		if (nav.to && nav.type !== 'leave' && !follow(nav.to.url.href)) nav.cancel();
	});
	return (e) => {
		const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement | SVGAElement>('a[href]') : null;
		if (!a || follow(a instanceof HTMLAnchorElement ? a.href : a.href.baseVal)) return;
		e.preventDefault();
		e.stopPropagation();
	};
}
