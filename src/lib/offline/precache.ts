/**
 * What the service worker stores at install, from the build's own lists ($service-worker):
 * everything the kiosk and the explorer need offline in every language, and nothing that grows
 * with pages × content. Pure, so the choice is tested without a browser.
 */

export interface BuildLists {
	base: string;
	/** The build's fingerprinted files (`_app/immutable/…`). */
	build: string[];
	/** The static folder's files. */
	files: string[];
	/** Prerendered pages, their `__data.json` and prerendered endpoints. */
	prerendered: string[];
}

/** The explorer, the kiosk and the not-found page of each language, with their client data, and the root chooser. */
const SHELL_PAGES = /^\/(?:(?:kk|ru|en)\/(?:kiosk\/|404\/)?(?:__data\.json)?|404\/)?$/;
/** The model files: fingerprinted by content (see $lib/content/ship.server.ts). */
const MODEL_FILE = /^\/data\/[\w-]+\.[\w-]+\.json$/;

const within = (path: string, base: string) => (path.startsWith(base) ? path.slice(base.length) : path);

/** Files whose name changes whenever their content does: served from the cache without asking the network. */
export function isFingerprinted(pathname: string, base: string): boolean {
	const path = within(pathname, base);
	return path.startsWith('/_app/immutable/') || MODEL_FILE.test(path);
}

export function precached({ base, build, files, prerendered }: BuildLists): string[] {
	const pages = prerendered.filter((p) => {
		const path = within(p, base);
		return SHELL_PAGES.test(path) || MODEL_FILE.test(path);
	});
	// Browsers that run service workers all read WOFF2; the WOFF copies are for older ones.
	const code = build.filter((p) => !p.endsWith('.woff'));
	// Dotfiles (build stamps) are not served by the site's server, so they are not asked for.
	const served = (p: string) =>
		!within(p, base)
			.split('/')
			.some((part) => part.startsWith('.'));
	return [...new Set([...code, ...files, ...pages, `${base}/_app/version.json`])].filter(served);
}
