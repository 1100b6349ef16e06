/**
 * The public site's address, PUBLIC_SITE_URL at build time (e.g. https://atlas.example.kz):
 * canonical and hreflang links, the sitemap and robots.txt are absolute with it, as search
 * engines require. Without it (a kiosk, a local copy) they stay site-relative. Read at build
 * time and inlined, so pages load no environment file.
 */
import { PUBLIC_SITE_URL } from '$env/static/public';

export const SITE_ORIGIN = (PUBLIC_SITE_URL ?? '').trim().replace(/\/+$/, '');

/** A site path as a full address where the site's address is known. */
export const absoluteUrl = (path: string): string => SITE_ORIGIN + path;
