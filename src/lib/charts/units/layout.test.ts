import { describe, expect, it } from 'vitest';
import { lineText } from '../core/placed-text';
import { DOCUMENT_FORMS, makeFact, nb } from '../../../../tests/unit/factories';
import { fixtureChart } from '../../../../tests/unit/fixture-charts';
import { expectGridFits } from '../../../../tests/unit/grid-fit';
import { layoutUnits } from './layout';

const facts = fixtureChart('units-more-than').facts;

describe('layoutUnits', () => {
	it('draws one solid square per document and an open row for "more than"', () => {
		const l = layoutUnits(facts, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(25);
		const open = l.cells.filter((c) => c.kind === 'open');
		expect(open).toHaveLength(10);
		// The open row fades out: it says "more", not "exactly ten more".
		expect(open[0]!.opacity).toBeGreaterThan(open.at(-1)!.opacity);
	});

	it('draws no open row for an exact count', () => {
		const exact = [{ ...facts[0]!, bound: 'exact' as const }];
		const l = layoutUnits(exact, 640, 'en');
		expect(l.cells).toHaveLength(25);
		expect(l.cells.every((c) => c.kind === 'solid')).toBe(true);
	});

	it('writes the count with its bound and the documents’ value', () => {
		const text = layoutUnits(facts, 640, 'en').blocks.map((b) => b.lines.map(lineText).join(' '));
		expect(text[0]).toBe('25+');
		expect(text).toContain('test documents');
		expect(text).toContain(nb('worth more than $900~m in total'));
	});

	it.each([360, 480, 640, 1000])(
		'fits squares and text inside %ipx, no taller than it needs',
		(width) => {
			expectGridFits(layoutUnits(facts, width, 'en'), width);
		}
	);
});

describe('layoutUnits in Russian and Kazakh', () => {
	const texts = (count: number, lang: 'kk' | 'en' | 'ru') =>
		layoutUnits(
			[
				makeFact({
					id: 'n',
					value: count,
					unit: 'count',
					bound: 'more-than',
					hedge: 'астам',
					countOf: DOCUMENT_FORMS
				}),
				makeFact({ id: 'v', value: 3.7e9, unit: 'USD', bound: 'more-than', hedge: 'асатын' })
			],
			640,
			lang
		).blocks.map((b) => b.lines.map(lineText).join(' '));

	it('puts the counted noun in the form its number calls for, after the bound', () => {
		// "21+" reads "более 21", which takes the genitive singular; 22 the genitive plural.
		expect(texts(21, 'ru')[1]).toBe('документа');
		expect(texts(22, 'ru')[1]).toBe('документов');
		expect(texts(21, 'ru')).toContain(nb('«21+»: сколько ещё~— не сообщается'));
		expect(texts(21, 'kk')[1]).toBe('құжат');
		expect(texts(1, 'en')[1]).toBe('document');
		expect(texts(2, 'en')[1]).toBe('documents');
	});
});

describe('layoutUnits for about and a range', () => {
	const texts = (l: ReturnType<typeof layoutUnits>) =>
		l.blocks.map((b) => b.lines.map(lineText).join(' '));

	it('draws "10–15" as 10 solid squares and 5 dashed ones that do not fade (their number is stated)', () => {
		const l = layoutUnits(fixtureChart('units-range').facts, 640, 'en');
		expect(l.cells.filter((c) => c.kind === 'solid')).toHaveLength(10);
		const open = l.cells.filter((c) => c.kind === 'open');
		expect(open).toHaveLength(5);
		expect(open.every((c) => c.opacity === 1)).toBe(true);
		expect(texts(l)[0]).toBe('10–15');
		expect(texts(l).at(-1)).toMatch(
			/^“10–15”: the dashed squares run from the low to the high end/
		);
	});

	it('draws "about 30" as 30 solid squares, marked "~" and said to be about', () => {
		const l = layoutUnits(fixtureChart('units-about').facts, 640, 'ru');
		expect(l.cells).toHaveLength(30);
		expect(l.cells.every((c) => c.kind === 'solid')).toBe(true);
		expect(texts(l)[0]).toBe('~30');
		// "около" puts the noun in the genitive, as the figure's words do.
		expect(texts(l)[1]).toBe('тестовых документов');
		expect(texts(l).at(-1)).toMatch(/^«~30»: около: число круглое/);
	});

	it.each(['units-about', 'units-range'])('%s fits inside 360px', (name) => {
		expectGridFits(layoutUnits(fixtureChart(name).facts, 360, 'kk'), 360);
	});
});
