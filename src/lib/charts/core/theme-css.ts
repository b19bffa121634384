// The site's stylesheet for charts, generated at build time from theme.ts (vite.config.ts serves it
// as `virtual:chart-theme.css`), so that the colours and widths it repeats have one source.
//
// Charts are drawn with fixed colours as SVG attributes (fill="#1a1a1a"), so that an exported file
// looks right in any program. On the site, CSS outranks those attributes: each colour of PALETTE
// gets a rule that paints it with its themed variable, light-dark(light, dark). And each chart is
// drawn at every VARIANT_WIDTHS width: container queries show the widest copy that fits.
// With its extension: vite.config.ts loads this file, and Vite's native config loader needs it.
import { MAX_SCALE, PALETTE, PAPER, VARIANT_WIDTHS, type ColorName } from './theme.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The CSS variable that carries a palette colour on the site: `--chart-land-strong`. */
export const colorVariable = (name: ColorName | 'paper') => `--chart-${kebab(name)}`;

type Pair = { readonly light: string; readonly dark: string };

/**
 * The themed variables, and one fill and one stroke rule per light colour. Two names may share a
 * light colour only if they share the dark one too: an attribute cannot tell them apart.
 */
export function colorRules(palette: Record<string, Pair> = PALETTE, paper: Pair = PAPER): string {
	const byLight = new Map<string, string>();
	const variables = [`\t${colorVariable('paper')}: light-dark(${paper.light}, ${paper.dark});`];
	const rules: string[] = [];
	for (const [name, { light, dark }] of Object.entries(palette)) {
		const variable = colorVariable(name as ColorName);
		const first = byLight.get(light);
		if (first !== undefined) {
			if (palette[first]!.dark !== dark) {
				throw new Error(
					`theme.ts: ${first} and ${name} are both ${light} in files, but ${palette[first]!.dark} and ${dark} in the dark theme: a chart's attributes cannot tell them apart`
				);
			}
			continue;
		}
		byLight.set(light, name);
		variables.push(`\t${variable}: light-dark(${light}, ${dark});`);
		rules.push(
			`.chart svg[fill='${light}'],\n.chart svg [fill='${light}'] {\n\tfill: var(${variable});\n}`,
			`.chart svg [stroke='${light}'] {\n\tstroke: var(${variable});\n}`
		);
	}
	return [`:root {\n${variables.join('\n')}\n}`, ...rules].join('\n');
}

const variant = (width: number) => `.chart .variant[data-variant='${width}']`;

/**
 * One copy per range of container widths: each copy from its own width up to the next one's.
 * Without container queries, the narrowest copy shows. The widest stops growing at MAX_SCALE.
 */
export function variantRules(widths: readonly number[] = VARIANT_WIDTHS): string {
	const [narrowest, ...wider] = widths;
	const widest = widths.at(-1)!;
	const rules = [
		`.chart .variant[data-variant] {\n\tdisplay: none;\n}`,
		`${variant(narrowest!)} {\n\tdisplay: block;\n}`
	];
	wider.forEach((width, i) => {
		const below = widths[i]!;
		if (width / below > MAX_SCALE) {
			throw new Error(
				`theme.ts: VARIANT_WIDTHS ${below} and ${width}: a copy would be scaled up by more than MAX_SCALE`
			);
		}
		rules.push(
			`@container (min-width: ${width}px) {\n\t${variant(below)} {\n\t\tdisplay: none;\n\t}\n\t${variant(width)} {\n\t\tdisplay: block;\n\t}\n}`
		);
	});
	rules.push(`${variant(widest)} svg {\n\tmax-width: ${Math.floor(widest * MAX_SCALE)}px;\n}`);
	return rules.join('\n');
}

/** The whole stylesheet. */
export function chartThemeCss(): string {
	return `/* Generated from src/lib/charts/core/theme.ts by theme-css.ts. */\n${colorRules()}\n${variantRules()}\n`;
}
