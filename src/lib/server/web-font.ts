import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { TTF_FILES } from '$lib/text/build-metrics.js';
import { webFontText, type WebFontWeight } from '$lib/text/web-font';

/** Noto Sans at one weight, cut to WEB_FONT_RANGES, as woff2 (harfbuzz's subsetter). */
export async function webFont(weight: WebFontWeight): Promise<Uint8Array<ArrayBuffer>> {
	// The TTFs measureText()'s table is read from; paths from the repository root, where builds run.
	const ttf = readFileSync(TTF_FILES[weight]);
	return new Uint8Array(await subsetFont(ttf, webFontText(), { targetFormat: 'woff2' }));
}
