// The lists a reader browses, on the seed article, and how a list is cut into pages.
import { describe, expect, it } from 'vitest';
import {
	ARTICLES_PER_PAGE,
	allArticles,
	countryListings,
	kindListings,
	laterPages,
	pageOf,
	type Listing
} from './listings';
import { pageNumber } from './list-page';

const status = (run: () => unknown) => {
	try {
		run();
	} catch (e) {
		return (e as { status?: number }).status;
	}
	return 200;
};

describe('the lists', () => {
	it('lists a country’s charts: those with a figure naming it as a party', () => {
		const countries = countryListings();
		expect([...countries.keys()]).toEqual(['CN', 'JP', 'KZ']);
		const [china] = countries.get('CN')!;
		expect(china!.charts.map((c) => c.id)).toEqual(['middle-corridor']);
		const [kz] = countries.get('KZ')!;
		expect(kz!.charts.map((c) => c.id)).not.toContain('japan-central-asia-trade-share');
		expect(kz!.charts).toHaveLength(6);
	});

	it('lists a kind’s charts, with the kind’s names', () => {
		const share = kindListings().get('share')!;
		expect(share.kind.name.en).toBe('share of a total');
		expect(share.listing[0]!.charts.map((c) => c.id)).toEqual([
			'overland-cargo-share',
			'japan-central-asia-trade-share'
		]);
		expect(allArticles()[0]!.charts).toHaveLength(7);
	});

	it(`cuts a list into pages of ${ARTICLES_PER_PAGE}, newest first, and 404s past the last`, () => {
		const one = allArticles()[0]!;
		const many: Listing = Array.from({ length: 2 * ARTICLES_PER_PAGE + 3 }, () => one);
		expect(laterPages(many)).toEqual([2, 3]);
		expect(pageOf(many, 1).entries).toHaveLength(ARTICLES_PER_PAGE);
		expect(pageOf(many, 3)).toMatchObject({ page: 3, pages: 3 });
		expect(pageOf(many, 3).entries).toHaveLength(3);
		expect(status(() => pageOf(many, 4))).toBe(404);
		expect(laterPages([one])).toEqual([]);
		expect(pageOf([], 1)).toMatchObject({ entries: [], pages: 1 });
	});

	it('reads /page/<n> for n of 2 or more, written plainly', () => {
		expect(pageNumber(undefined)).toBe(1);
		expect(pageNumber('2')).toBe(2);
		for (const bad of ['1', '0', '02', 'x', '-1', '2.0'])
			expect(status(() => pageNumber(bad))).toBe(404);
	});
});
