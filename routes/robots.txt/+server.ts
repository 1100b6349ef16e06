/**
 * robots.txt: every page may be crawled (the kiosk's pages say noindex themselves). The sitemap
 * line needs an absolute address, so it is there only when PUBLIC_SITE_URL is set.
 */
import { SITE_ORIGIN } from '$lib/site/origin';

export const prerender = true;

export function GET() {
	const lines = ['User-agent: *', 'Allow: /'];
	if (SITE_ORIGIN) lines.push('', `Sitemap: ${SITE_ORIGIN}/sitemap.xml`);
	return new Response(lines.join('\n') + '\n', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
