// What the build cache learns a response read, from the library's own accessors and the real
// routes' loads, on the seed: a chart's page, embed and files read their article only; every list
// reads every article, the second time it is asked for as well as the first.
import { describe, expect, it } from 'vitest';
import { load as chartPage } from '../../../routes/[lang=lang]/(site)/articles/[slug]/charts/[id]/+page.server';
import { load as countryPage } from '../../../routes/[lang=lang]/(site)/countries/[code]/+page.server';
import { GET as chartFile } from '../../../routes/[lang=lang]/(site)/articles/[slug]/charts/[id]/[file]/+server';
import { articles, chartAt, findArticle } from '../library';
import { allArticles, kindListings } from '../listings';
import { once, readArticle, recordingReads } from './reads';

const SLUG = '2025-12-20-central-asia-japan-tokyo';
const read = async (make: () => unknown) => {
	const { reads } = await recordingReads(async () => make());
	return { all: reads.all, slugs: [...reads.slugs].sort() };
};

describe('what a response read', () => {
	it('is the one article a chart names, for its page and its files', async () => {
		expect(await read(() => chartAt(SLUG, 'middle-corridor'))).toEqual({
			all: false,
			slugs: [SLUG]
		});
		const params = { lang: 'en', slug: SLUG, id: 'middle-corridor' };
		expect(await read(() => chartPage({ params } as never))).toEqual({ all: false, slugs: [SLUG] });
		const file = { ...params, file: 'derek-middle-corridor-6500km-en.csv' };
		expect(await read(() => chartFile({ params: file } as never))).toEqual({
			all: false,
			slugs: [SLUG]
		});
	});

	it('names an article looked for and not found, so that adding it makes the page again', async () => {
		expect(await read(() => findArticle('2026-01-01-not-yet'))).toEqual({
			all: false,
			slugs: ['2026-01-01-not-yet']
		});
	});

	it('is every article for a list, whether it was worked out now or before', async () => {
		expect(await read(() => articles())).toEqual({ all: true, slugs: [] });
		for (let i = 0; i < 2; i++) {
			expect((await read(() => allArticles())).all).toBe(true);
			expect((await read(() => kindListings())).all).toBe(true);
			expect(
				(await read(() => countryPage({ params: { lang: 'en', code: 'kz' } } as never))).all
			).toBe(true);
		}
	});

	it('is what a kept value read, replayed into each response that asks for it', async () => {
		let made = 0;
		const kept = once(() => {
			made++;
			readArticle('a');
			return 'value';
		});
		expect(await read(kept)).toEqual({ all: false, slugs: ['a'] });
		expect(await read(kept)).toEqual({ all: false, slugs: ['a'] });
		expect(made).toBe(1);
	});

	it('is nothing outside a response: the build’s entries are not kept', async () => {
		expect(() => readArticle('a')).not.toThrow();
		expect(articles().length).toBeGreaterThan(0);
	});
});
