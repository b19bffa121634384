import { readArticleFolder } from '$lib/server/data-folder';
import type { RawData } from '$lib/data/validate';

/** The seed article's folder: the real article derek was built for. */
export const SEED_FOLDER = 'data/articles/2025-12-20-central-asia-japan-tokyo';

/** The real data files, as the build reads them. */
export function realData(): RawData {
	return readArticleFolder(SEED_FOLDER);
}
