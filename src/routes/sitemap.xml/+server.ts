import { sitemapXml } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(sitemapXml(), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
