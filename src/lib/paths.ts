import { resolve } from '$app/paths';
import type { Lang } from './data/types';

/** The same page in another language: the language is always the first segment of the path. */
export function localizedPath(pathname: string, lang: Lang): string {
	const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
	return resolve(`/${lang}${rest}` as '/');
}
