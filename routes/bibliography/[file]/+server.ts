/**
 * The bibliography for reference managers, one file per format (language-independent):
 * CSL-JSON (Zotero, Mendeley), BibTeX, RIS (EndNote, Zotero, Citavi).
 */
import { error } from '@sveltejs/kit';
import { bibliographyExport } from '$lib/citations/format.server';
import { getContent } from '$lib/content/site.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const FILES = {
	'steppe-diplomacy-atlas.json': { format: 'csl-json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	'steppe-diplomacy-atlas.bib': { format: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
	'steppe-diplomacy-atlas.ris': { format: 'ris', type: 'application/x-research-info-systems; charset=utf-8' }
} as const;

export const entries: EntryGenerator = () => Object.keys(FILES).map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const spec = FILES[params.file as keyof typeof FILES];
	if (!spec) error(404, 'No such bibliography file');
	const model = await getContent();
	return new Response(
		bibliographyExport(
			model.works.map((w) => w.csl),
			spec.format
		),
		{ headers: { 'content-type': spec.type } }
	);
};
