// An Atom feed (RFC 4287) per interface language: the newest articles, each an entry that lists
// its charts. Every date is the article's own, so two builds give the same feed.
import { describeChart } from '$lib/charts/describe';
import { translationFor, type Lang } from '$lib/data/types';
import { t } from '$lib/i18n';
import { quote } from '$lib/typography';
import { escapeXml } from '$lib/xml';
import { chartAddress } from './addresses';
import { articles, type LibraryArticle } from './library';
import { pageUrl } from './site-pages';

/** How many articles a feed holds: feed readers poll it, and a week of news fits. */
export const FEED_SIZE = 20;

const atomDate = (isoDay: string) => `${isoDay}T00:00:00Z`;

/** The feed's address in a language. */
export const feedUrl = (lang: Lang) => pageUrl('/feed.xml', lang);

/** What an entry's content lists: each chart, linked, with its generated description. */
function chartList(article: LibraryArticle, lang: Lang): string {
	const items = article.data.charts.map(
		(chart) =>
			`<li><a href="${chartAddress(article, chart, lang).page}">${escapeXml(chart.title[lang])}</a>: ${escapeXml(describeChart(chart, lang))}</li>`
	);
	return `<ul>${items.join('')}</ul>`;
}

export function atomFeed(lang: Lang): string {
	// The library lists its articles newest first.
	const newest = articles().slice(0, FEED_SIZE);
	const entries = newest.map((entry) => {
		const { meta: article } = entry;
		const page = `/articles/${entry.slug}`;
		const ours = translationFor(article.titleTranslation, lang, article.lang);
		const title = ours ?? article.title;
		const original =
			ours === undefined
				? ''
				: ` ${t('originalTitle', lang)}: ${quote(article.title, lang, { verbatim: true })}.`;
		return [
			'\t<entry>',
			`\t\t<id>${escapeXml(pageUrl(page, lang))}</id>`,
			`\t\t<title>${escapeXml(title)}</title>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(pageUrl(page, lang))}"/>`,
			`\t\t<published>${atomDate(article.date)}</published>`,
			`\t\t<updated>${atomDate(article.date)}</updated>`,
			`\t\t<summary>${escapeXml(article.about[lang] + original)}</summary>`,
			`\t\t<content type="html">${escapeXml(chartList(entry, lang))}</content>`,
			'\t</entry>'
		].join('\n');
	});
	const updated = newest[0]?.meta.date ?? '1970-01-01';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
		`\t<id>${escapeXml(feedUrl(lang))}</id>`,
		`\t<title>${escapeXml(t('siteName', lang))}: ${escapeXml(t('feedTitle', lang))}</title>`,
		`\t<subtitle>${escapeXml(t('tagline', lang))}</subtitle>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl(lang))}"/>`,
		`\t<link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(pageUrl('', lang))}"/>`,
		`\t<updated>${atomDate(updated)}</updated>`,
		'\t<author><name>derek</name></author>',
		...entries,
		'</feed>',
		''
	].join('\n');
}
