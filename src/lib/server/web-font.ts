import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { webFontText, type WebFontWeight } from '$lib/text/web-font';

const require = createRequire(import.meta.url);

/** The TTFs the web font is cut from: the same files the PNG renderer and measureText() use. */
const TTF: Record<WebFontWeight, string> = {
	400: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	700: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
};

/** Noto Sans at one weight, cut to WEB_FONT_RANGES, as woff2 (harfbuzz's subsetter). */
export async function webFont(weight: WebFontWeight): Promise<Uint8Array<ArrayBuffer>> {
	const ttf = readFileSync(require.resolve(TTF[weight]));
	return new Uint8Array(await subsetFont(ttf, webFontText(), { targetFormat: 'woff2' }));
}
