import type { ParamMatcher } from '@sveltejs/kit';
import { LANGS } from '$lib/data/types';

/** Only the interface languages are URL prefixes; any other (/de/…) is a 404. */
export const match: ParamMatcher = (param) => (LANGS as readonly string[]).includes(param);
