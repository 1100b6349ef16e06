/** Every public page in every language, for search engines. */
import { getContent } from '$lib/content/site.server';
import { LOCALES } from '$lib/i18n/locales';
import { SITE_ORIGIN } from '$lib/site/origin';

export const prerender = true;

export async function GET() {
	const model = await getContent();
	const origin = SITE_ORIGIN;
	const paths = ['', 'events/', 'people/', 'places/', 'relations/', 'tours/', 'sources/', 'about/'];
	for (const e of model.events) paths.push(`events/${e.id}/`);
	for (const p of model.people) paths.push(`people/${p.id}/`);
	for (const p of model.places) paths.push(`places/${p.id}/`);
	for (const t of model.tours) paths.push(`tours/${t.id}/`);
	const urls = paths.flatMap((p) =>
		LOCALES.map((l) => {
			const alts = LOCALES.map((a) => `<xhtml:link rel="alternate" hreflang="${a}" href="${origin}/${a}/${p}"/>`).join(
				''
			);
			return `<url><loc>${origin}/${l}/${p}</loc>${alts}</url>`;
		})
	);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
}
