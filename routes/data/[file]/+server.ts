/** The model files the interactive pages fetch (see $lib/content/ship.server.ts), written at build time. */
import { error } from '@sveltejs/kit';
import { shippedFiles } from '$lib/content/ship.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => [...(await shippedFiles()).keys()].map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const text = (await shippedFiles()).get(params.file);
	if (text === undefined) error(404, `No file ${params.file}`);
	return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
