import { SITE_URL } from '$lib/server/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Everything may be read; the sitemap's address is absolute, as robots.txt requires. */
export const GET: RequestHandler = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}/sitemap.xml\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
