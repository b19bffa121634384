import { error } from '@sveltejs/kit';
import { webFont } from '$lib/server/web-font';
import { WEB_FONT_WEIGHTS, webFontPath } from '$lib/text/web-font';
import type { EntryGenerator, RequestHandler } from './$types';

// Cut at build time from the npm package's TTFs and written to build/fonts: nothing is fetched
// from another site, and no binary font is kept in the repository.
export const prerender = true;

export const entries: EntryGenerator = () =>
	WEB_FONT_WEIGHTS.map((w) => ({ file: webFontPath(w).split('/').pop()! }));

export const GET: RequestHandler = async ({ params }) => {
	const weight = WEB_FONT_WEIGHTS.find((w) => webFontPath(w) === `/fonts/${params.file}`);
	if (!weight) error(404, `No font file "${params.file}"`);
	const body = await webFont(weight);
	return new Response(body, { headers: { 'content-type': 'font/woff2' } });
};
