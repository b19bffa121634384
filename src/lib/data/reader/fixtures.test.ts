import { describe, expect, it } from 'vitest';
import { readerFixtures } from '../../../../tests/fixtures/load';
import { readArticle } from './read';
import type { Candidate } from './types';

const FIELDS = [
	'paragraph',
	'printed',
	'value',
	'unit',
	'bound',
	'max',
	'change',
	'direction',
	'iso',
	'hedge'
] as const;

/** A candidate with the fields an annotator writes down (countOf only where they gave one). */
function project(c: Candidate, withCountOf: boolean) {
	const out: Record<string, unknown> = {};
	for (const f of FIELDS) if (c[f] !== undefined) out[f] = c[f];
	if (withCountOf && c.countOf !== undefined) out.countOf = c.countOf;
	return out;
}

describe.each(readerFixtures())('the reader on $name', ({ lang, text, expected }) => {
	const given = readArticle(lang, text);

	it('gives exactly the expected candidates, in reading order', () => {
		const counted = new Set(
			expected.filter((e) => e.countOf).map((e) => `${e.paragraph} ${e.printed}`)
		);
		expect(given.map((c) => project(c, counted.has(`${c.paragraph} ${c.printed}`)))).toEqual(
			expected
		);
	});

	it('quotes every sentence and printed number verbatim', () => {
		const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
		for (const c of given) {
			expect(paragraphs[c.paragraph - 1]).toContain(c.sentence);
			expect(c.sentence).toContain(c.printed);
			if (c.hedge) expect(c.printed).toContain(c.hedge);
		}
	});
});

describe('each fixture article is worth scoring', () => {
	it.each(readerFixtures().filter((f) => f.file.startsWith('tests/')))(
		'$name has at least ten quantities, dates and decoys',
		({ expected, text }) => {
			const quantities = expected.filter((e) => e.unit !== 'date' && e.unit !== 'year');
			expect(quantities.length).toBeGreaterThanOrEqual(10);
			expect(expected.some((e) => e.unit === 'date')).toBe(true);
			expect(new Set(quantities.map((e) => e.unit)).size).toBeGreaterThanOrEqual(4);
			expect(new Set(quantities.map((e) => e.bound)).size).toBeGreaterThanOrEqual(4);
			expect(text.length).toBeGreaterThan(800);
		}
	);
});
