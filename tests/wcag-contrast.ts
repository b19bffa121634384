// The WCAG 2.x contrast formula, once, for every test that measures contrast: the palette's unit
// test (src/lib/charts/contrast.test.ts) and the checks that run inside Chromium
// (tests/browser/checks/), which get these very functions injected into the page
// (tests/browser/checks/in-page.ts). Each function uses no import and no other function but those
// of IN_PAGE, so that its source runs in a page as it is.
// Its own correctness is pinned to the reference values of WCAG's definition in contrast.test.ts.

/** A colour as sRGB channels from 0 to 255 and an alpha from 0 to 1 (1 when left out). */
export type RGBA = readonly [number, number, number, number?];

/** WCAG 2.x relative luminance of an sRGB colour (its alpha is ignored). */
export function luminance(c: RGBA): number {
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/** WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: RGBA, b: RGBA): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over `bottom` (source-over, in sRGB, as browsers and resvg composite). */
export function composite(top: RGBA, bottom: RGBA): [number, number, number, number] {
	const ta = top[3] ?? 1;
	const ba = bottom[3] ?? 1;
	const a = ta + ba * (1 - ta);
	if (a === 0) return [0, 0, 0, 0];
	const mix = (i: 0 | 1 | 2) => (top[i] * ta + bottom[i] * ba * (1 - ta)) / a;
	return [mix(0), mix(1), mix(2), a];
}

/** The functions a page gets. */
export const IN_PAGE = [luminance, contrastRatio, composite] as const;
