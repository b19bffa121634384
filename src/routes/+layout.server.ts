import { SITE_URL } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

// Alternate-language links must be absolute addresses for search engines to follow them.
export const load: LayoutServerLoad = () => ({ siteUrl: SITE_URL });
