import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Parses an SVG as strict XML; throws on any well-formedness error. */
export function parseSvg(svg: string): Document {
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') errors.push(message);
		}
	}).parseFromString(svg, 'image/svg+xml');
	if (errors.length) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
	return doc;
}

/** Every element of a document, or of an element and its descendants, depth first. */
export function elements(root: Document | Element): Element[] {
	const out: Element[] = [];
	const walk = (el: Element) => {
		out.push(el);
		for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c as Element);
	};
	const start = 'documentElement' in root ? root.documentElement : root;
	if (start) walk(start);
	return out;
}

const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'style', 'image', 'use', 'a', 'iframe'];
const FORBIDDEN_ATTRIBUTES = ['class', 'style', 'dominant-baseline', 'font'];

/**
 * What makes an SVG unsafe or unreadable outside a browser, per the design notes: scripts,
 * foreignObject, event attributes, external references, CSS (classes, style, var()), the
 * `font` shorthand and `dominant-baseline`. Returns one line per problem.
 */
export function forbiddenConstructs(svg: string): string[] {
	const problems: string[] = [];
	for (const el of elements(parseSvg(svg))) {
		if (FORBIDDEN_ELEMENTS.includes(el.localName ?? '')) problems.push(`<${el.localName}> element`);
		for (let i = 0; i < el.attributes.length; i++) {
			const attr = el.attributes.item(i);
			if (!attr) continue;
			const name = attr.name;
			if (/^on/i.test(name)) problems.push(`event attribute ${name} on <${el.localName}>`);
			if (FORBIDDEN_ATTRIBUTES.includes(name)) problems.push(`${name}= on <${el.localName}>`);
			if (/href$/i.test(name)) problems.push(`reference ${name}="${attr.value}"`);
			if (/var\(|url\(|javascript:/i.test(attr.value)) {
				problems.push(`${name}="${attr.value}" on <${el.localName}>`);
			}
		}
	}
	if (/<!ENTITY|<!DOCTYPE/i.test(svg)) problems.push('a DOCTYPE or entity declaration');
	return problems;
}
