// sitemap.xml (https://www.sitemaps.org/protocol.html) with each page's language alternates
// (Google's xhtml:link extension), the same set of hreflang links the page itself carries.
import { LANGS } from '$lib/data/types';
import { escapeXml } from '$lib/xml';
import { DEFAULT_LANG, pageUrl, sitePages } from './site-pages';

export function sitemapXml(): string {
	const urls = sitePages().flatMap((page) => {
		const alternates = [
			...LANGS.map((lang) => [lang, pageUrl(page, lang)] as const),
			['x-default', pageUrl(page, DEFAULT_LANG)] as const
		].map(
			([hreflang, href]) =>
				`\t\t<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`
		);
		return LANGS.map((lang) =>
			[
				`\t<url>`,
				`\t\t<loc>${escapeXml(pageUrl(page, lang))}</loc>`,
				...alternates,
				`\t</url>`
			].join('\n')
		);
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}
