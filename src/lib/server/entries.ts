import { LANGS } from '$lib/data/types';
import { dataset } from './dataset';

/** Every language × chart pair, for the prerendered routes that take both. */
export function chartEntries(): { lang: string; id: string }[] {
	return LANGS.flatMap((lang) => dataset.charts.map((c) => ({ lang, id: c.id })));
}
