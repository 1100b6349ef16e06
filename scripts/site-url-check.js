/**
 * A Vite plugin for production builds: says when PUBLIC_SITE_URL is missing (fine for a kiosk or
 * a local copy; a public host needs it for absolute canonical, hreflang and sitemap addresses)
 * and stops the build when it is not a bare http(s) origin.
 */
import { loadEnv } from 'vite';

/**
 * Why a PUBLIC_SITE_URL value cannot be used, or null when it can ('' is "not set").
 * @param {string} value
 * @returns {string | null}
 */
export function siteUrlProblem(value) {
	if (!value) return null;
	let url;
	try {
		url = new URL(value);
	} catch {
		return 'is not an address';
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https://';
	if (url.pathname.replace(/\/+$/, '') || url.search || url.hash)
		return 'must be the bare origin (the site is served from the root of its host)';
	return null;
}

/** @returns {import('vite').Plugin} */
export function siteUrlCheck() {
	return {
		name: 'atlas-site-url-check',
		apply: 'build',
		configResolved(config) {
			// SvelteKit runs several Vite builds (client, server, service worker) in one process: say it once.
			if (process.env.ATLAS_SITE_URL_CHECKED) return;
			process.env.ATLAS_SITE_URL_CHECKED = '1';
			const value = (loadEnv(config.mode, process.cwd(), 'PUBLIC_').PUBLIC_SITE_URL ?? '').trim();
			const problem = siteUrlProblem(value);
			if (problem) throw new Error(`PUBLIC_SITE_URL "${value}" ${problem}, e.g. https://atlas.example.kz`);
			if (!value)
				config.logger.warn(
					'\n  PUBLIC_SITE_URL is not set: canonical and hreflang links and the sitemap are site-relative.\n' +
						'  Fine for a kiosk or a local copy. For a public host build with\n' +
						'  PUBLIC_SITE_URL=https://your.host npm run build   (see README, "Deploying to a public host").\n'
				);
		}
	};
}
