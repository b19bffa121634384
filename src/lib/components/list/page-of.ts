import type { Lang } from '$lib/data/types';
import { t } from '$lib/i18n';

/** Where a page stands in its list, in words: "Page 2 of 5", «5 беттің 2-беті». */
export const pageOf = (page: number, pages: number, lang: Lang): string =>
	t('pageOf', lang).replace('{n}', String(page)).replace('{pages}', String(pages));
