import { LANGS, type Lang } from '$lib/data/types';
import { atomFeed } from '$lib/server/atom';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) =>
	new Response(atomFeed(params.lang as Lang), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
