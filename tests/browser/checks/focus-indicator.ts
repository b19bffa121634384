// Runs in the page (through inPage, which provides `__derek`) after each Tab of a keyboard walk: what
// the focused element is, whether its focus indicator can be seen (WCAG 2.4.7, 2.4.11, 1.4.11), and
// whether it is on screen and not covered.
export type Inspected =
	| 'none'
	| 'again'
	| {
			element: string;
			kind: 'link' | 'summary' | 'button' | 'custom' | 'other';
			indicator: string;
			indicatorProblem: string;
			visible: string;
			usage: string;
	  };

/** Runs in the page after each Tab: reads the focused element and its focus indicator. */
export function inspectFocus(): Inspected {
	type RGBA = [number, number, number, number];
	const w = window as unknown as { __kb: { reached: Set<Element> } };
	const el = document.activeElement;
	if (!el || el === document.body || el === document.documentElement) return 'none';
	if (w.__kb.reached.has(el)) return 'again';
	w.__kb.reached.add(el);
	for (const animation of document.getAnimations()) {
		const end = animation.effect?.getComputedTiming().endTime;
		if (typeof end === 'number' && Number.isFinite(end)) animation.finish();
	}
	const { contrastRatio: ratio, composite, parseColor: parse } = __derek;
	/** The opaque colour behind an element: its ancestors' backgrounds, composited. */
	const backdrop = (from: Element | null): RGBA => {
		const layers: RGBA[] = [];
		for (let e = from; e; e = e.parentElement) {
			const bg = parse(getComputedStyle(e).backgroundColor);
			if (bg && bg[3] > 0) layers.push(bg);
			if (bg && bg[3] >= 1) break;
		}
		return layers.reverse().reduce<RGBA>((acc, c) => composite(c, acc), [255, 255, 255, 1]);
	};
	const props = [
		'outline-style',
		'outline-width',
		'outline-color',
		'box-shadow',
		'color',
		'background-color',
		'border-top-color',
		'border-bottom-color',
		'border-top-width',
		'border-bottom-width',
		'text-decoration-line',
		'stroke',
		'stroke-width'
	] as const;
	type Style = Record<(typeof props)[number], string>;
	const read = (): Style => {
		const cs = getComputedStyle(el);
		return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) as Style;
	};
	const focused = read();
	// The same element unfocused: blur it, read, and focus it again by script (which keeps
	// :focus-visible, as the last interaction was a key press).
	(el as HTMLElement).blur();
	const blurred = read();
	(el as HTMLElement).focus({ preventScroll: true });
	const outline = (s: Style) => {
		const color = parse(s['outline-color']);
		const shown =
			s['outline-style'] !== 'none' &&
			parseFloat(s['outline-width']) > 0 &&
			!!color &&
			color[3] > 0;
		return {
			color,
			shown,
			text: `${s['outline-style']} ${s['outline-width']} ${s['outline-color']}`
		};
	};
	const now = outline(focused);
	const before = outline(blurred);
	const behind = backdrop(el.parentElement);
	const rgb = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
	const floor2 = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);
	// Only what can be seen counts: an outline that appears or changes (not merely its offset, nor
	// an outline of style none), a box-shadow, a change of colour, background, border or underline.
	const visibleChanges = props.filter(
		(p) => !p.startsWith('outline') && p !== 'box-shadow' && focused[p] !== blurred[p]
	);
	let indicator = '';
	let indicatorProblem = '';
	if (now.shown && (!before.shown || now.text !== before.text)) {
		indicator = `outline ${now.text}`;
		const c = now.color!;
		const r = ratio(composite(c, behind), behind);
		if (r < 3) {
			indicatorProblem = `outline ${focused['outline-color']} on ${rgb(behind)} is ${floor2(r)}:1, needs 3:1`;
		}
	} else if (focused['box-shadow'] !== 'none' && focused['box-shadow'] !== blurred['box-shadow']) {
		indicator = `box-shadow ${focused['box-shadow']}`;
		const shadow = parse(/rgba?\([^)]*\)/.exec(focused['box-shadow'])?.[0] ?? '');
		const r = shadow ? ratio(shadow, behind) : 3;
		if (r < 3) {
			indicatorProblem = `box-shadow colour on ${rgb(behind)} is ${floor2(r)}:1, needs 3:1`;
		}
	} else if (visibleChanges.length > 0) {
		indicator = visibleChanges.map((p) => `${p} ${blurred[p]} → ${focused[p]}`).join(', ');
	} else {
		indicatorProblem = `no visible focus indicator: focused and unfocused look the same (outline ${now.text}, box-shadow ${focused['box-shadow']})`;
	}
	// On screen, and not entirely covered by something else (WCAG 2.4.11).
	const r = el.getBoundingClientRect();
	let visible = '';
	if (r.width === 0 || r.height === 0) visible = 'has no size';
	else if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
		visible = 'is off screen';
	else {
		const points = [
			[0.5, 0.5],
			[0.2, 0.2],
			[0.8, 0.2],
			[0.2, 0.8],
			[0.8, 0.8]
		].map(([fx, fy]) => [r.left + r.width * fx!, r.top + r.height * fy!] as const);
		// An element of an svg (a chart mark) may leave most of its box empty: there, anything
		// of its own drawing shows through.
		const own = el instanceof SVGElement ? (el.ownerSVGElement ?? el) : el;
		const on = points.filter(([x, y]) => {
			if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
			const hit = document.elementFromPoint(x, y);
			return hit !== null && (own.contains(hit) || hit.contains(el));
		});
		if (on.length === 0) {
			const [x, y] = points[0]!;
			const hit = document.elementFromPoint(
				Math.min(Math.max(x, 0), innerWidth - 1),
				Math.min(Math.max(y, 0), innerHeight - 1)
			);
			visible = `is hidden behind <${hit?.localName ?? '?'}${hit?.className && typeof hit.className === 'string' ? ` class="${hit.className}"` : ''}>`;
		}
	}
	const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 50);
	const attrs = ['href', 'tabindex', 'role', 'data-fact']
		.filter((a) => el.hasAttribute(a))
		.map((a) => ` ${a}="${el.getAttribute(a)}"`)
		.join('');
	const native = el.matches('a[href], area[href]')
		? 'link'
		: el.localName === 'summary'
			? 'summary'
			: el.matches(
						'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]'
				  )
				? 'button'
				: el.matches('input, select, textarea, iframe, audio, video')
					? 'other'
					: 'custom';
	return {
		element: `<${el.localName}${attrs}>${text ? ` “${text}”` : ''}`,
		kind: native,
		indicator,
		indicatorProblem,
		visible,
		usage: ''
	};
}
