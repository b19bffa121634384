import { describe, expect, it } from 'vitest';
import { measureWidest } from '$lib/text/measure';
import { LANGS, type Fact } from '$lib/data/types';
import { makeFact, nb } from '../../../../tests/unit/factories';
import { fixtureChart } from '../../../../tests/unit/fixture-charts';
import { TYPE } from '../core/theme';
import { layoutChange, type ChangeRow } from './layout';

const MINUS = '\u2212';
const pct = (over: Partial<Fact>) => makeFact({ unit: 'percent', change: 'up', ...over });
const rise = pct({ id: 'rise', value: 62 });
const fall = pct({ id: 'fall', value: 5, change: 'down' });

/** The solid bar's ends, left to right. */
const solidOf = (row: ChangeRow) => [row.solid!.from, row.solid!.to].sort((a, b) => a - b);

describe('layoutChange', () => {
	it('draws a rise to the right of the zero line and a fall to its left, on one scale', () => {
		const l = layoutChange([rise, fall], 640, 'en');
		const [up, down] = l.rows;
		expect(l.zero).toBe(l.x(0));
		expect(up!.solid).toEqual({ from: l.zero, to: l.x(62) });
		expect(up!.solid!.to).toBeGreaterThan(l.zero);
		expect(down!.solid).toEqual({ from: l.zero, to: l.x(-5) });
		expect(down!.solid!.to).toBeLessThan(l.zero);
		// One scale: lengths are proportional to the sizes the article states.
		const length = (r: ChangeRow) => Math.abs(r.solid!.to - r.solid!.from);
		expect(length(down!) / length(up!)).toBeCloseTo(5 / 62, 3);
	});

	it('starts at the left edge when every change is a rise, and at the right when every one is a fall', () => {
		expect(layoutChange([rise], 640, 'en').zero).toBe(0);
		const falls = layoutChange([fall], 640, 'en');
		expect(falls.zero).toBe(640 - 8);
		expect(solidOf(falls.rows[0]!)[1]).toBe(falls.zero);
	});

	it('writes the signed size, with a typographic minus, after a rise and before a fall', () => {
		const [up, down] = layoutChange([rise, fall], 640, 'en').rows;
		expect(up!.valueLabel).toBe('+62%');
		expect(up!.valueX).toBeGreaterThan(up!.solid!.to);
		expect(down!.valueLabel).toBe(`${MINUS}5%`);
		expect(
			down!.valueX + measureWidest(down!.valueLabel, { size: TYPE.value, weight: 700 })
		).toBeLessThan(down!.solid!.to);
	});

	it('says which way each figure went, in each language', () => {
		const sub = (lang: (typeof LANGS)[number]) =>
			layoutChange([rise, fall], 640, lang).rows.map((r) => r.sub.split(' · ')[0]);
		expect(sub('en')).toEqual(['rise', 'fall']);
		expect(sub('kk')).toEqual(['өсім', 'төмендеу']);
		expect(sub('ru')).toEqual(['рост', 'снижение']);
	});

	it('gives a lower bound an open tail away from zero, on either side', () => {
		const l = layoutChange(fixtureChart('change-several').facts, 640, 'en');
		const [moreThan, about, atLeast, range] = l.rows;
		expect(moreThan!.tail!.from).toBe(moreThan!.solid!.to);
		expect(moreThan!.tail!.to).toBeGreaterThan(moreThan!.tail!.from);
		expect(moreThan!.valueLabel).toBe(nb('+62% or more'));
		expect(atLeast!.tail!.to).toBeLessThan(atLeast!.tail!.from);
		expect(atLeast!.valueLabel).toBe(nb(`${MINUS}8% or more`));
		expect(about!.tail).toBeUndefined();
		expect(about!.valueLabel).toBe(`~\u00a0${MINUS}5%`);
		expect(about!.sub).toMatch(/^~: about · fall · /);
		expect(range!.band).toEqual({ kind: 'range', from: l.x(3), to: l.x(5) });
		expect(range!.valueLabel).toBe('+3–5%');
	});

	it('draws an upper bound as an outline to the bound with no solid bar', () => {
		const l = layoutChange(fixtureChart('change-upper').facts, 640, 'ru');
		const [atMost, lessThan] = l.rows;
		expect(atMost!.solid).toBeUndefined();
		expect(atMost!.band).toEqual({ kind: 'upper', from: l.zero, to: l.x(10) });
		expect(atMost!.valueLabel).toBe('+10% и менее');
		expect(lessThan!.band?.kind).toBe('upper');
	});

	it('labels the axis with signed ticks from zero', () => {
		const l = layoutChange([rise, pct({ id: 'fall2', value: 40, change: 'down' })], 640, 'en');
		const labels = l.ticks.map((t) => t.label);
		expect(labels).toContain('0%');
		expect(labels).toContain('+20%');
		expect(labels).toContain(`${MINUS}20%`);
		expect(l.ticks.find((t) => t.value === 0)!.x).toBe(l.zero);
	});

	it('signs money too: "+$1.2 bn", "−400 млн $"', () => {
		const facts = fixtureChart('change-money').facts;
		expect(layoutChange(facts, 640, 'en').rows[0]!.valueLabel).toBe(nb('+$1.2~bn'));
		expect(layoutChange(facts, 640, 'ru').rows[1]!.valueLabel).toBe(
			nb(`${MINUS}400~млн~$ и более`)
		);
	});

	it.each(
		['change-several', 'change-money', 'change-upper', 'change-pp-fall'].flatMap((name) =>
			LANGS.flatMap((lang) => [360, 640].map((w) => [name, lang, w] as const))
		)
	)('fits %s (%s) inside %ipx in Noto Sans and DejaVu Sans', (name, lang, width) => {
		const l = layoutChange(fixtureChart(name).facts, width, lang);
		for (const row of l.rows) {
			const w = measureWidest(row.valueLabel, { size: TYPE.value, weight: 700 });
			expect(row.valueX, row.valueLabel).toBeGreaterThanOrEqual(0);
			expect(row.valueX + w, row.valueLabel).toBeLessThanOrEqual(width);
		}
		for (const t of l.ticks) {
			expect(t.labelX, t.label).toBeGreaterThanOrEqual(0);
			expect(t.labelX + measureWidest(t.label, { size: TYPE.tick }), t.label).toBeLessThanOrEqual(
				width
			);
		}
	});

	it('keeps the same height at every width', () => {
		const facts = fixtureChart('change-several').facts;
		const heights = [360, 640, 1200].map((w) => layoutChange(facts, w, 'kk').height);
		expect(new Set(heights).size).toBe(1);
	});

	it('refuses a fact that is not a change', () => {
		expect(() => layoutChange([makeFact({ unit: 'percent', value: 5 })], 640, 'en')).toThrow(
			'fact "test-trade" is not a change'
		);
	});
});
