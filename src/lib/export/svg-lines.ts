// An exported SVG is read by people too: in a text editor, and as a diff of its committed
// snapshot when a change to the code moves a mark. Each element outside text therefore gets a
// line of its own, indented by depth; what lies inside a text element stays exactly as rendered,
// since whitespace there is drawn. Comments go: in markup rendered by svelte/server they are its
// hydration markers, which draw nothing.

/** Elements whose content is text that a renderer draws or reads out. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

const TOKEN = /<!--[\s\S]*?-->|<[^>]*>|[^<]+/g;
const NAME = /^<\/?([A-Za-z][\w:.-]*)/;

/**
 * Puts every element outside text on its own line, an empty element as `<rect …/>`, and drops
 * comments and the whitespace between elements outside text (they draw nothing). The same markup
 * gives the same bytes.
 */
export function svgLines(markup: string): string {
	const out: string[] = [];
	let depth = 0;
	let inText = 0;
	/** Index in `out` of a start tag outside text that nothing has followed yet. */
	let openEmpty = -1;
	for (const token of markup.match(TOKEN) ?? []) {
		if (token.startsWith('<!--')) continue;
		const name = NAME.exec(token)?.[1];
		const textual = name !== undefined && TEXT_ELEMENTS.has(name);
		if (!token.startsWith('<')) {
			if (inText > 0 || token.trim() !== '') out.push(token);
			if (inText > 0) openEmpty = -1;
			continue;
		}
		if (name === undefined) {
			// The XML declaration: kept on its own line.
			out.push(out.length ? `\n${token}` : token);
			continue;
		}
		const line = inText === 0 && out.length ? `\n${'\t'.repeat(depth)}` : '';
		if (token.startsWith('</')) {
			depth--;
			if (textual) inText--;
			if (openEmpty === out.length - 1 && inText === 0 && !textual) {
				out[openEmpty] = out[openEmpty]!.replace(/>$/, '/>');
			} else {
				out.push(inText === 0 && !textual ? `\n${'\t'.repeat(depth)}${token}` : token);
			}
			openEmpty = -1;
		} else if (token.endsWith('/>')) {
			out.push(line + token);
			openEmpty = -1;
		} else {
			out.push(line + token);
			openEmpty = inText === 0 && !textual ? out.length - 1 : -1;
			depth++;
			if (textual) inText++;
		}
	}
	return out.join('');
}
