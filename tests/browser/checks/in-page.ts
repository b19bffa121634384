// Runs a function in a page with the WCAG contrast helpers of tests/wcag-contrast.ts at hand, as
// `__derek`: their source is sent with the function, so the page runs the same formula as the unit
// tests, and nothing is added to the page itself (no script tag, which the site's CSP would block).
import type { Page } from 'playwright-core';
import { IN_PAGE } from '../../wcag-contrast';

/** What a function run by `inPage` finds in `__derek`. */
export interface InPage {
	luminance: (typeof IN_PAGE)[0];
	contrastRatio: (typeof IN_PAGE)[1];
	composite: (typeof IN_PAGE)[2];
	/** Any CSS colour as computed styles give it, in sRGB with alpha; null for none or url(). */
	parseColor: (color: string) => [number, number, number, number] | null;
}

declare global {
	var __derek: InPage;
}

/** Reads a computed CSS colour; anything but rgb()/rgba() is converted by a canvas. */
function parseColor(color: string): [number, number, number, number] | null {
	if (!color || color === 'none' || color.startsWith('url(')) return null;
	const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(
		color
	);
	if (m) {
		const a = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
		return [Number(m[1]), Number(m[2]), Number(m[3]), a];
	}
	// Any other CSS colour (oklch(), color(), …): let a canvas convert it to sRGB.
	const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
	probe.fillStyle = '#000';
	probe.fillStyle = color;
	probe.fillRect(0, 0, 1, 1);
	const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
	return [r, g, b, a / 255];
}

const HELPERS = `(() => {\n${[...IN_PAGE, parseColor].join('\n')}\nreturn { ${[...IN_PAGE, parseColor].map((f) => f.name).join(', ')} };\n})()`;

/** `page.evaluate(fn, arg)`, with `__derek` defined for `fn` (and anything it leaves running). */
export function inPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
	return page.evaluate(
		`(globalThis.__derek = ${HELPERS}, (${fn.toString()})(${JSON.stringify(arg ?? null)}))`
	) as Promise<R>;
}
