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
