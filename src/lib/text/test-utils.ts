// Node-only helpers for the tests in this folder (fontkit, files). Not imported by app code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Opens a font file (TTF or WOFF2) given relative to the repository root, or absolute. */
export function openFont(file: string): fontkit.Font {
	const font = fontkit.create(readFileSync(file.startsWith('/') ? file : ROOT + file));
	if ('fonts' in font) throw new Error(`${file} is a collection`);
	return font;
}

/** The Kazakh letters not in the Russian alphabet, upper and lower case. */
export const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';

/** Every letter of the Kazakh Cyrillic alphabet (42), upper and lower case. */
export const KAZAKH_ALPHABET =
	'АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя';

interface FactText {
	sentence: string;
	translation: { en: string };
}

/** The verbatim Kazakh sentences and their English translations from data/articles/2025-12-20-central-asia-japan-tokyo/facts.json. */
export function factSentences(): { kk: string[]; en: string[] } {
	const facts = JSON.parse(
		readFileSync(ROOT + 'data/articles/2025-12-20-central-asia-japan-tokyo/facts.json', 'utf8')
	) as FactText[];
	return { kk: facts.map((f) => f.sentence), en: facts.map((f) => f.translation.en) };
}

/** The article's paragraphs (non-empty lines of data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt). */
export function articleParagraphs(): string[] {
	return readFileSync(
		ROOT + 'data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt',
		'utf8'
	)
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '');
}
