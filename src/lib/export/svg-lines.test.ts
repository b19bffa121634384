import { describe, expect, it } from 'vitest';
import { svgLines } from './svg-lines';

describe('svgLines', () => {
	it('puts each element outside text on its own line, indented, and closes empty ones', () => {
		expect(
			svgLines(
				'<svg a="1"><title>T</title><g> <rect x="1"></rect><line/></g> <text x="0"><tspan>a </tspan><tspan font-weight="700">b</tspan></text></svg>'
			)
		).toBe(
			[
				'<svg a="1">',
				'\t<title>T</title>',
				'\t<g>',
				'\t\t<rect x="1"/>',
				'\t\t<line/>',
				'\t</g>',
				'\t<text x="0"><tspan>a </tspan><tspan font-weight="700">b</tspan></text>',
				'</svg>'
			].join('\n')
		);
	});

	it('leaves whatever stands inside a text element exactly as it was, spaces included', () => {
		const text = '<text x="0">  two  spaces <tspan> and\nmore</tspan></text>';
		expect(svgLines(`<svg>${text}</svg>`)).toBe(`<svg>\n\t${text}\n</svg>`);
	});

	it('keeps an empty text element as it is, since a renderer may still read it', () => {
		expect(svgLines('<svg><text x="1"></text></svg>')).toBe('<svg>\n\t<text x="1"></text>\n</svg>');
	});

	it('drops comments, inside text too, as if they were not there', () => {
		expect(
			svgLines('<svg><!--[--><g><!--[--><!--]--></g><text>a<!---->b <!--]--></text><!--]--></svg>')
		).toBe('<svg>\n\t<g/>\n\t<text>ab </text>\n</svg>');
	});

	it('gives the same bytes for the same markup', () => {
		const svg = '<svg><g><circle r="2"></circle></g></svg>';
		expect(svgLines(svg)).toBe(svgLines(svg));
		expect(svgLines(svgLines(svg))).toBe(svgLines(svg));
	});
});
