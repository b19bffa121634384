import { resolve } from '$app/paths';
import type { Lang } from './data/types';
import { sentenceAnchor } from './sources';

/** The same page in another language: the language is always the first segment of the path. */
export function localizedPath(pathname: string, lang: Lang): string {
	const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
	return resolve(`/${lang}${rest}` as '/');
}

/** An article's page. */
export const articlePath = (lang: Lang, slug: string): string =>
	resolve('/[lang=lang]/(site)/articles/[slug]', { lang, slug });

/** A sentence in its article's page, highlighted there on arrival (:target). */
export const sentencePath = (lang: Lang, slug: string, offset: number): string =>
	`${articlePath(lang, slug)}#${sentenceAnchor(offset)}`;

/** A chart's page under its article. */
export const chartPath = (lang: Lang, slug: string, id: string): string =>
	resolve('/[lang=lang]/(site)/articles/[slug]/charts/[id]', { lang, slug, id });

/** One of a chart's exported files under its article. */
export const chartFilePath = (lang: Lang, slug: string, id: string, file: string): string =>
	resolve('/[lang=lang]/(site)/articles/[slug]/charts/[id]/[file]', { lang, slug, id, file });

/** A list of articles a reader browses: all of them, a country's (ISO code), a kind's (its id). */
export type ListOf = { all: true } | { country: string } | { kind: string };

/** Page `page` of a list (the first page has no page segment: /en, /en/countries/kz). */
export function listPath(lang: Lang, list: ListOf, page = 1): string {
	const n = String(page);
	if ('country' in list) {
		const code = list.country.toLowerCase();
		return page === 1
			? resolve('/[lang=lang]/(site)/countries/[code]', { lang, code })
			: resolve('/[lang=lang]/(site)/countries/[code]/page/[n]', { lang, code, n });
	}
	if ('kind' in list) {
		const kind = list.kind;
		return page === 1
			? resolve('/[lang=lang]/(site)/kinds/[kind]', { lang, kind })
			: resolve('/[lang=lang]/(site)/kinds/[kind]/page/[n]', { lang, kind, n });
	}
	return page === 1
		? resolve('/[lang=lang]/(site)', { lang })
		: resolve('/[lang=lang]/(site)/page/[n]', { lang, n });
}

/** The page listing every country the figures name. */
export const countriesPath = (lang: Lang): string =>
	resolve('/[lang=lang]/(site)/countries', { lang });

/** The page listing every kind of figure. */
export const kindsPath = (lang: Lang): string => resolve('/[lang=lang]/(site)/kinds', { lang });
