// Keys that group pages which a check would find alike: the same stylesheets, the same element
// structure, the same controls. A check that depends only on what a key covers runs on one page per key.
/** A short, stable hash of a text (FNV-1a), for grouping pages. */
export function hashText(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

/**
 * What styles a page: its linked stylesheets, its `<style>` elements and any inline style
 * attribute that declares motion. Two pages with the same key get the same CSS rules.
 */
export function styleKey(document: Document): string {
	const links = [...document.querySelectorAll('link[href]')]
		.filter((l) => /(^|\s)stylesheet(\s|$)/i.test(l.getAttribute('rel') ?? ''))
		.map((l) => `${l.getAttribute('href')} ${l.getAttribute('media') ?? ''}`);
	const styles = [...document.querySelectorAll('style')].map((s) => hashText(s.textContent ?? ''));
	const motion = [...document.querySelectorAll('[style]')]
		.map((el) => el.getAttribute('style') ?? '')
		.filter((s) => /transition|animation|scroll-behavior/i.test(s));
	return hashText(JSON.stringify([links, styles, [...new Set(motion)].sort()]));
}

/** Attributes whose values shape what a page looks like or how it behaves, not what it says. */
const STRUCTURAL_ATTRIBUTES =
	/^(class|role|tabindex|type|disabled|hidden|inert|open|contenteditable|data-theme|data-variant|rel)$/i;

/**
 * The page's element tree with the words left out: tag names, attribute names, and the values of
 * the attributes that shape look and behaviour. The same page in another language, or the same
 * template with other words, has the same key.
 */
export function structureKey(document: Document): string {
	const parts: string[] = [];
	const walk = (el: Element, depth: number) => {
		const attrs = [...el.attributes]
			.filter((a) => !/^(href|src|srcset|content|lang|hreflang|alt|title|id)$|^aria-/i.test(a.name))
			.map((a) => (STRUCTURAL_ATTRIBUTES.test(a.name) ? `${a.name}=${a.value}` : a.name))
			.sort();
		parts.push(`${depth} ${el.localName} ${attrs.join(' ')}`);
		for (const child of el.children) walk(child, depth + 1);
	};
	const root = document.documentElement;
	parts.push(`html data-theme=${root.getAttribute('data-theme')} class=${root.className}`);
	if (document.body) walk(document.body, 0);
	return hashText(parts.join('\n'));
}

/** What a keyboard user can reach: links, buttons, fields, summaries and focusable elements. */
export const CONTROLS =
	'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, ' +
	'audio[controls], video[controls], [contenteditable], [tabindex], [role="button"], [role="link"]';

/**
 * The page's controls, each with the path of tags and classes that leads to it and the attributes
 * that decide how it behaves, and its stylesheets and colour theme: pages with the same key offer
 * a keyboard user the same things, styled the same way, in other words.
 */
export function controlsKey(document: Document): string {
	const parts = [
		styleKey(document),
		`theme=${document.documentElement.getAttribute('data-theme')}`
	];
	for (const el of document.querySelectorAll(CONTROLS)) {
		const chain: string[] = [];
		for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
			chain.push(`${e.localName}.${e.getAttribute('class') ?? ''}`);
		}
		const attrs = ['type', 'role', 'tabindex', 'disabled', 'target']
			.map((a) => `${a}=${el.getAttribute(a) ?? ''}`)
			.concat(el.hasAttribute('download') ? ['download'] : [])
			.join(' ');
		parts.push(`${chain.reverse().join('>')} ${attrs}`);
	}
	return hashText(parts.join('\n'));
}
