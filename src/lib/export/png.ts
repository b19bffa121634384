import { renderAsync } from '@resvg/resvg-js';
import { TTF_FILES } from '$lib/text/build-metrics.js';
import { encodeIndexedPng, quantize, withText } from './png-encode';

/**
 * The TTFs the web font is cut from and measureText() tables: the PNG is drawn with them and
 * never with the machine's fonts. Paths from the repository root, where builds and exports run.
 */
export const FONT_FILES = Object.values(TTF_FILES);

/**
 * Renders an SVG to a PNG at `scale` times its size with the bundled font only, as a palette PNG
 * when the picture has at most 256 colours, or does once its shades are rounded. `text` is written
 * into the file as metadata (Title, Description, Source…), so the PNG carries its source too.
 * resvg draws and zlib compresses on libuv's thread pool: several PNGs in progress keep both
 * cores busy while the main thread draws the next SVGs and PDFs.
 */
export async function svgToPng(
	svg: string,
	scale = 2,
	text: Record<string, string> = {}
): Promise<Buffer> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
		background: '#ffffff'
	});
	const { pixels, width, height } = image;
	return (
		(await encodeIndexedPng(pixels, width, height, text)) ??
		(await encodeIndexedPng(quantize(pixels, 8), width, height, text)) ??
		withText(image.asPng(), text)
	);
}
