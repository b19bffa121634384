import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { chartById } from '../../../tests/unit/dataset';
import { nb } from '../../../tests/unit/facts';
import DataTable from './DataTable.svelte';

describe('DataTable', () => {
	it('gives each figure a row with its value, bound, the number as printed and its sentence', () => {
		const chart = chartById('visit-agreements');
		render(DataTable, { facts: chart.facts, lang: 'en', caption: chart.title.en });
		const table = screen.getByRole('table', { name: chart.title.en });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
			'Documents signed during the visit',
			'Value of the documents signed'
		]);
		const cells = within(rows[1]!)
			.getAllByRole('cell')
			.map((c) => c.textContent);
		expect(cells[0]).toBe(nb('more than $3.7~bn'));
		// The number as printed, verbatim and marked as such, inside this language's quotes.
		expect(cells[3]).toBe('“3,7 млрд доллардан асатын”');
		expect(
			within(rows[1]!).getAllByRole('cell')[3]!.querySelector('[data-verbatim][lang="kk"]')
				?.textContent
		).toBe('3,7 млрд доллардан асатын');
		expect(cells[4]).toBe(chart.facts[1]!.sentence);
	});

	it('speaks the page’s language', () => {
		const chart = chartById('japan-central-asia-trade-share');
		render(DataTable, { facts: chart.facts, lang: 'ru', caption: chart.title.ru });
		expect(screen.getByRole('columnheader', { name: 'Значение' })).toBeTruthy();
		expect(screen.getByRole('cell', { name: 'менее 1%' })).toBeTruthy();
	});
});
