import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/validate';
import { fixtureData } from '../../tests/unit/fixture-data';
import { articleRuns, shownRuns } from './article-view';

const data = validateDataset(fixtureData());
const runs = articleRuns(data.article.paragraphs, data.facts, data.statements, data.charts);
const textOf = (paragraphs: typeof runs) =>
	paragraphs.map((p) =>
		p.map((r) => ('text' in r ? r.text : r.parts.map((x) => x.text).join(''))).join('')
	);

describe('the article page’s text', () => {
	it('keeps every character of every paragraph where the full text may be shown', () => {
		expect(textOf(shownRuns(runs, true))).toEqual(data.article.paragraphs);
	});

	it('shows only the quoted sentences, each once, with its anchor and links, where it may not', () => {
		const shown = shownRuns(runs, false).flat();
		const quoted = new Set([...data.facts, ...data.statements].map((s) => s.sentence));
		expect(shown.every((r) => 'anchor' in r)).toBe(true);
		expect(shown.map((r) => ('anchor' in r ? r.parts.map((p) => p.text).join('') : ''))).toEqual(
			[...quoted].sort((a, b) => data.article.text.indexOf(a) - data.article.text.indexOf(b))
		);
		const linked = shown.flatMap((r) => ('anchor' in r ? r.parts.filter((p) => p.chart) : []));
		expect(linked.length).toBeGreaterThan(0);
	});
});
