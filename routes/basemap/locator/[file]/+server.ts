/** A locator map's basemap, cut to its view (see $lib/map/crop.ts); prerendered as the pages that show it are crawled. */
import { error } from '@sveltejs/kit';
import { locatorCrop } from '$lib/map/locator-crops.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ params }) => {
	const svg = locatorCrop(params.file);
	if (svg === null) error(404, `No locator basemap ${params.file}`);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
