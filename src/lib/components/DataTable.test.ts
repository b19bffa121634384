import { render, screen, within } from '@testing-library/svelte';
import { nb } from '../../../tests/unit/factories';
import { describe, expect, it } from 'vitest';
import { fixtureChart } from '../../../tests/unit/fixture-charts';
import DataTable from './DataTable.svelte';

describe('DataTable', () => {
	it('gives each figure a row with its value, bound, the number as printed and its sentence', () => {
		const chart = fixtureChart('units-more-than');
		render(DataTable, { facts: chart.facts, lang: 'en', caption: chart.title.en });
		const table = screen.getByRole('table', { name: chart.title.en });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
			'Test trade',
			'Value of the test documents'
		]);
		const cells = within(rows[1]!)
			.getAllByRole('cell')
			.map((c) => c.textContent);
		expect(cells[0]).toBe(nb('more than $900~m'));
		expect(cells[3]).toBe('“900 млн доллардан асатын”');
		expect(cells[4]).toBe(chart.facts[1]!.sentence);
	});

	it('speaks the page’s language', () => {
		const chart = fixtureChart('waffle-less-than');
		render(DataTable, { facts: chart.facts, lang: 'ru', caption: chart.title.ru });
		expect(screen.getByRole('columnheader', { name: 'Значение' })).toBeTruthy();
		expect(screen.getByRole('cell', { name: 'менее 3%' })).toBeTruthy();
	});

	it('says a range, an approximate figure and an upper bound in words', () => {
		const facts = ['bars-range', 'bars-about', 'bars-at-most'].map(
			(n) => fixtureChart(n).facts[0]!
		);
		render(DataTable, { facts, lang: 'en', caption: 'Bounds' });
		const table = screen.getByRole('table', { name: 'Bounds' });
		const values = within(table)
			.getAllByRole('row')
			.slice(1)
			.map((r) => within(r).getAllByRole('cell')[0]!.textContent);
		expect(values).toEqual([nb('5–7~bn~tenge'), nb('about $28~bn'), nb('up to $1.5~bn')]);
	});
});
