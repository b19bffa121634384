// The contrast of the marks and texts inside SVG charts, which axe-core does not check, measured in
// the page with the WCAG formula of tests/wcag-contrast.ts.
import type { Page } from 'playwright-core';
import { inPage } from './in-page';

/** One mark or text of a chart with too little contrast against what is drawn behind it. */
export interface ContrastFinding {
	/** The chart's id (`data-chart`, `data-embed-id`, a gallery card's link, or its title). */
	chart: string;
	kind: 'mark' | 'text';
	/** The `data-fact` the mark draws, if any. */
	fact: string;
	/** The element: `<rect x="0" y="4">`, or a text's words. */
	element: string;
	/** How it is painted, e.g. `stroke rgb(31, 93, 140) × 0.2 opacity`. */
	paint: string;
	/** The colour right behind it, with what paints it. */
	background: string;
	ratio: number;
	needed: number;
	/** How many marks of the chart fail alike (same paint, same background). */
	count: number;
}

/**
 * Finds the marks and texts of every visible SVG chart on the page whose contrast against what is
 * drawn right behind them falls short: 3:1 for the graphical objects that carry the data (WCAG
 * 1.4.11) and 4.5:1 (3:1 when large) for text (WCAG 1.4.3), which axe-core does not check inside
 * SVG. Marks are the shapes inside `[data-fact]` groups and legend keys (every shape when a chart
 * marks no facts). Each mark is sampled at up to 12 points on its outline and inside it, where it
 * paints (dashes included); at each point where the browser hit-tests the mark, the layers below
 * it (shapes of the chart whose fill or stroke covers the point, other than the same figure's,
 * then the page's backgrounds) are composited with their fill-, stroke- and element opacities,
 * and so is the mark's own paint. A mark passes when its fill or its outline reaches the ratio
 * against every background it covers at a quarter or more of those points. A mark no point of
 * which can be hit-tested is listed in `unsampled`, not passed.
 */
export function svgContrast(
	page: Page
): Promise<{ findings: ContrastFinding[]; marks: number; texts: number; unsampled: string[] }> {
	return inPage(page, () => {
		type RGBA = [number, number, number, number];
		const { contrastRatio: ratio, composite: over, parseColor: parse } = __derek;
		const SHAPES = ['rect', 'path', 'circle', 'ellipse', 'polygon', 'polyline', 'line'];
		const withAlpha = (c: RGBA, alpha: number): RGBA => [c[0], c[1], c[2], c[3] * alpha];
		const css = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
		const number = (value: string, fallback = 1) => {
			const n = parseFloat(value);
			return Number.isNaN(n) ? fallback : value.trim().endsWith('%') ? n / 100 : n;
		};
		const opacities = new Map<Element, number>();
		/** The product of `opacity` of the element and all its ancestors (group opacity). */
		const opacity = (el: Element | null): number => {
			if (!el) return 1;
			let o = opacities.get(el);
			if (o === undefined) {
				o = number(getComputedStyle(el).opacity) * opacity(el.parentElement);
				opacities.set(el, o);
			}
			return o;
		};
		const backgrounds = new Map<Element, { bg: RGBA | null; image: boolean }>();
		const background = (el: Element) => {
			let b = backgrounds.get(el);
			if (!b) {
				const cs = getComputedStyle(el);
				b = { bg: parse(cs.backgroundColor), image: cs.backgroundImage !== 'none' };
				backgrounds.set(el, b);
			}
			return b;
		};
		type Paints = { cs: CSSStyleDeclaration; fill: RGBA | null; stroke: RGBA | null };
		const painted = new Map<Element, Paints>();
		/** An element's fill and stroke as painted: colour with every opacity applied, or null. */
		const paints = (el: Element): Paints => {
			let p = painted.get(el);
			if (!p) {
				const cs = getComputedStyle(el);
				const group = opacity(el);
				const fill = parse(cs.fill);
				const stroke = number(cs.strokeWidth, 1) > 0 ? parse(cs.stroke) : null;
				p = {
					cs,
					fill: fill && withAlpha(fill, number(cs.fillOpacity) * group),
					stroke: stroke && withAlpha(stroke, number(cs.strokeOpacity) * group)
				};
				painted.set(el, p);
			}
			return p;
		};

		const isShape = (e: Element): e is SVGGeometryElement =>
			e instanceof SVGGeometryElement && SHAPES.includes(e.localName);
		const toUser = (el: SVGGraphicsElement, x: number, y: number) => {
			const m = el.getScreenCTM();
			return m ? new DOMPoint(x, y).matrixTransform(m.inverse()) : null;
		};
		const describe = (el: Element) =>
			`<${el.localName}${['x', 'y', 'cx', 'cy', 'width', 'height', 'd', 'opacity']
				.filter((a) => el.hasAttribute(a))
				.map((a) => ` ${a}="${el.getAttribute(a)!.slice(0, 24)}"`)
				.join('')}>`;

		/**
		 * What is painted below `el` at the viewport point (x, y): the layers after it in the hit-test
		 * stack, composited bottom-up. For a text, which the hit test may miss between glyphs, the
		 * shapes of its svg that come before it in document order and the page below the svg.
		 */
		const behind = (
			el: Element,
			svg: Element,
			x: number,
			y: number,
			sameObject?: Element | null,
			stack = document.elementsFromPoint(x, y)
		) => {
			const at = stack.indexOf(el);
			const below =
				at >= 0
					? stack.slice(at + 1)
					: stack.filter((e) =>
							svg.contains(e) && e !== svg
								? !!(e.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) &&
									!e.contains(el)
								: stack.indexOf(e) >= stack.indexOf(svg)
						);
			const layers: { color: RGBA; what: string }[] = [];
			let unknown = '';
			for (const e of below) {
				if (el.contains(e) || e.contains(el)) {
					if (e instanceof SVGSVGElement || !(e instanceof SVGElement)) {
						// An ancestor box (the svg, the figure, the page): its background.
					} else continue;
				}
				if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) {
					if (e instanceof SVGTextContentElement || e.localName === 'g') continue;
					// Shapes of the same figure (a route and its dots) make one graphical object.
					if (sameObject && sameObject.contains(e)) continue;
					if (!isShape(e)) {
						unknown = `<${e.localName}>`;
						continue;
					}
					const point = toUser(e, x, y);
					const p = paints(e);
					const inStroke = point && p.stroke && e.isPointInStroke(point);
					const inFill = point && p.fill && e.isPointInFill(point);
					if (inStroke) layers.push({ color: p.stroke!, what: `stroke of ${describe(e)}` });
					if (inFill) layers.push({ color: p.fill!, what: `fill of ${describe(e)}` });
				} else {
					const { bg, image } = background(e);
					if (image) unknown = `background-image of <${e.localName}>`;
					if (bg && bg[3] > 0) {
						layers.push({
							color: withAlpha(bg, opacity(e)),
							what: `background of <${e.localName}>`
						});
					}
				}
				if (layers.at(-1) && layers.at(-1)!.color[3] >= 0.999) break;
			}
			// Below everything, the canvas: white, or Chromium's dark grey in a dark colour scheme.
			const scheme = getComputedStyle(document.documentElement).colorScheme;
			const dark =
				scheme.includes('dark') &&
				(!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
			let color: RGBA = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
			for (const layer of [...layers].reverse()) color = over(layer.color, color);
			const top = layers[0]?.what ?? 'the canvas';
			return { color, what: unknown ? `${top}; also ${unknown}, not counted` : top };
		};

		const chartId = (svg: Element) => {
			const holder = svg.closest('[data-chart], [data-embed-id], [data-chart-card]');
			const fromHolder =
				holder?.getAttribute('data-chart') ||
				holder?.getAttribute('data-embed-id') ||
				(holder?.getAttribute('href') ?? '').split('/').filter(Boolean).pop();
			const title = svg.querySelector('title');
			return (
				fromHolder ||
				/^chart-(.+)-\d+-title$/.exec(title?.id ?? '')?.[1] ||
				(title?.textContent ?? svg.getAttribute('aria-label') ?? 'svg').trim().slice(0, 40)
			);
		};

		const findings = new Map<string, ContrastFinding>();
		let checkedMarks = 0;
		let checkedTexts = 0;
		const unsampled: string[] = [];
		const report = (f: Omit<ContrastFinding, 'count'>) => {
			const key = [f.chart, f.kind, f.fact, f.paint, f.background, f.ratio.toFixed(2)].join('|');
			const known = findings.get(key);
			if (known) known.count++;
			else findings.set(key, { ...f, count: 1 });
		};
		/** Scrolls so that `rect` is inside the viewport, and returns it as it is now. */
		const inView = (el: Element) => {
			let r = el.getBoundingClientRect();
			if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
				window.scrollBy(r.left < 0 || r.right > innerWidth ? r.left - 20 : 0, r.top - 40);
				r = el.getBoundingClientRect();
			}
			return r;
		};

		// Hit-testing finds every painted element, whatever its pointer-events.
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(
			'* { pointer-events: auto !important; } svg * { pointer-events: visiblePainted !important; }'
		);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const scroll = [scrollX, scrollY] as const;
		try {
			for (const svg of document.querySelectorAll('svg')) {
				const box = svg.getBoundingClientRect();
				// Charts, not icons: any visible svg of some size that is not inside another.
				if (box.width < 100 || box.height < 40 || svg.parentElement?.closest('svg')) continue;
				if (getComputedStyle(svg).visibility === 'hidden') continue;
				const chart = chartId(svg);
				const facts = svg.querySelectorAll('[data-fact]');
				const markSelector = SHAPES.join(', ');
				const marks = (
					facts.length
						? [
								...svg.querySelectorAll(
									SHAPES.flatMap((s) => [`[data-fact] ${s}`, `[data-cells="legend"] ${s}`]).join(
										', '
									)
								)
							]
						: [...svg.querySelectorAll(markSelector)]
				).filter((el) => !el.closest('defs, pattern, clipPath, mask, marker, symbol'));

				for (const mark of marks as SVGGeometryElement[]) {
					const p = paints(mark);
					const strokeWidth = number(p.cs.strokeWidth, 1);
					if (!p.fill && !p.stroke) continue;
					if (p.cs.visibility === 'hidden' || p.cs.display === 'none') continue;
					const r = inView(mark);
					if (r.width === 0 && r.height === 0) continue;
					if (Math.max(p.fill?.[3] ?? 0, p.stroke?.[3] ?? 0) === 0) continue; // not painted at all
					const ctm = mark.getScreenCTM();
					if (!ctm) continue;
					// Candidate points: the middle, and 32 points along the outline at uneven steps (so
					// that a dashed outline's dashes are met whatever their rhythm), each also pulled a
					// quarter of the way to the middle. Those where the mark paints (its fill, or its
					// stroke and dashes) are hit-tested, until 12 have hit.
					const length = mark.getTotalLength();
					const b = mark.getBBox();
					const middle = new DOMPoint(b.x + b.width / 2, b.y + b.height / 2);
					const candidates: DOMPoint[] = [middle];
					for (let i = 0; i < 32 && length > 0; i++) {
						const q = mark.getPointAtLength((length * (i + 0.37)) / 32);
						candidates.push(new DOMPoint(q.x, q.y));
						candidates.push(new DOMPoint(q.x + (middle.x - q.x) / 4, q.y + (middle.y - q.y) / 4));
					}
					const under = new Map<string, { color: RGBA; what: string; n: number }>();
					let hits = 0;
					for (const user of candidates) {
						if (hits >= 12) break;
						const paints =
							(p.fill && mark.isPointInFill(user)) || (p.stroke && mark.isPointInStroke(user));
						if (!paints) continue;
						const client = user.matrixTransform(ctm);
						if (client.x < 0 || client.y < 0 || client.x >= innerWidth || client.y >= innerHeight)
							continue;
						const stack = document.elementsFromPoint(client.x, client.y);
						if (!stack.includes(mark)) continue;
						hits++;
						const bg = behind(mark, svg, client.x, client.y, mark.closest('[data-fact]'), stack);
						const key = css(bg.color);
						const known = under.get(key);
						if (known) known.n++;
						else under.set(key, { ...bg, n: 1 });
					}
					if (hits === 0) {
						unsampled.push(`${chart}: ${describe(mark)} (no point of it could be hit-tested)`);
					}
					if (hits > 0) checkedMarks++;
					for (const bg of under.values()) {
						if (bg.n < hits / 4) continue;
						const byFill = p.fill ? ratio(over(p.fill, bg.color), bg.color) : 0;
						const byStroke = p.stroke ? ratio(over(p.stroke, bg.color), bg.color) : 0;
						const best = Math.max(byFill, byStroke);
						if (best >= 3) continue;
						const paint = [
							p.fill ? `fill ${p.cs.fill}` : '',
							p.stroke ? `stroke ${p.cs.stroke} ${strokeWidth}px` : ''
						]
							.filter(Boolean)
							.join(', ');
						const alpha = Math.max(p.fill?.[3] ?? 0, p.stroke?.[3] ?? 0);
						report({
							chart,
							kind: 'mark',
							fact:
								mark.closest('[data-fact]')?.getAttribute('data-fact') ??
								(mark.closest('[data-cells="legend"]') ? 'legend' : ''),
							element: describe(mark),
							paint: alpha < 1 ? `${paint}, opacity ${+alpha.toFixed(2)}` : paint,
							background: `${css(bg.color)} (${bg.what})`,
							ratio: best,
							needed: 3
						});
					}
				}

				// Texts: each text or tspan that holds words of its own.
				for (const run of svg.querySelectorAll('text, tspan')) {
					const words = [...run.childNodes]
						.filter((n) => n.nodeType === Node.TEXT_NODE)
						.map((n) => n.textContent ?? '')
						.join('')
						.trim();
					if (!words) continue;
					const p = paints(run);
					if (!p.fill || p.fill[3] === 0 || p.cs.visibility === 'hidden') continue;
					const r = inView(run);
					if (r.width === 0 || r.height === 0) continue;
					const scale = (run as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
					const size = number(p.cs.fontSize, 16) * Math.abs(scale);
					const bold = number(p.cs.fontWeight, 400) >= 700;
					const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
					checkedTexts++;
					// What is behind the words: sampled on three lines across the text's box.
					const under = new Map<string, { color: RGBA; what: string; n: number }>();
					let samples = 0;
					for (const fy of [0.35, 0.5, 0.65]) {
						for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
							const x = r.left + r.width * fx;
							const y = r.top + r.height * fy;
							if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
							samples++;
							const bg = behind(run, svg, x, y);
							const key = css(bg.color);
							const known = under.get(key);
							if (known) known.n++;
							else under.set(key, { ...bg, n: 1 });
						}
					}
					for (const bg of under.values()) {
						if (bg.n < samples / 4) continue;
						const got = ratio(over(p.fill, bg.color), bg.color);
						if (got >= needed) continue;
						report({
							chart,
							kind: 'text',
							fact: run.closest('[data-fact]')?.getAttribute('data-fact') ?? '',
							element: `“${words.slice(0, 40)}” (${size.toFixed(1)}px${bold ? ' bold' : ''})`,
							paint: `fill ${p.cs.fill}${p.fill[3] < 1 ? `, opacity ${+p.fill[3].toFixed(2)}` : ''}`,
							background: `${css(bg.color)} (${bg.what}, behind ${Math.round((100 * bg.n) / samples)}% of it)`,
							ratio: got,
							needed
						});
					}
				}
			}
		} finally {
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
			window.scrollTo(...scroll);
		}
		return {
			findings: [...findings.values()],
			marks: checkedMarks,
			texts: checkedTexts,
			unsampled: [...new Set(unsampled)]
		};
	});
}

/** `2.99` for a ratio of 2.999: rounded down, so a failing ratio never prints as passing. */
export const floor2 = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);

/** One line for a contrast finding. */
export function formatContrast(f: ContrastFinding): string {
	const what =
		f.kind === 'mark'
			? `mark${f.fact ? ` of ${f.fact}` : ''} ${f.element}`
			: `text ${f.element}${f.fact ? ` in ${f.fact}` : ''}`;
	return `${what}: ${f.paint} on ${f.background}: ${floor2(f.ratio)}:1, needs ${f.needed}:1${f.count > 1 ? ` (${f.count} alike)` : ''}`;
}
