// The real article's charts keep their first addresses, /<lang>/charts/<id>/<file> and
// /<lang>/charts/<id>/oembed.json, because other sites link them and host pages embed them:
// what they answer is snapshotted here, under the files' first names, apart from the files at
// the charts' addresses under their article (exports.test.ts). A change here means the old
// addresses answer differently: review it as carefully as a change to a published file.
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/data/types';
import { FORMATS } from '$lib/export/file-names';
import { legacyChartAddress } from '$lib/server/addresses';
import { chartFileResponse, fileNames, oembedResponse } from '$lib/server/chart-files';
import { legacyArticle } from '$lib/server/library';
import { BINARY_MANIFEST, FIRST_ADDRESSES_DIR, binaryManifest } from './snapshot-files';

const article = legacyArticle()!;
const pairs = article.data.charts.flatMap((chart) => LANGS.map((lang) => ({ chart, lang })));

const answers = await Promise.all(
	pairs.flatMap(({ chart, lang }) => {
		const address = legacyChartAddress(chart, lang);
		return fileNames(chart, lang, address).map(async (name) => ({
			name,
			body: new Uint8Array(
				await (await chartFileResponse(article, chart, name, lang, address)).arrayBuffer()
			)
		}));
	})
);
const isBinary = (name: string) => /\.(png|pdf)$/.test(name);

describe('the first addresses of the real article’s charts', () => {
	it('answer every chart in every language and format, under the first names', () => {
		expect(answers).toHaveLength(pairs.length * FORMATS.length);
		expect(answers.map((a) => a.name)).toContain(
			'derek-japan-central-asia-trade-share-1pct-en.svg'
		);
		expect(answers.map((a) => a.name)).toContain('derek-japan-investment-8.5bn-kk.pdf');
	});

	it.each(answers.filter((a) => !isBinary(a.name)))('$name answers its first bytes', async (a) => {
		await expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(a.body)).toMatchFileSnapshot(
			`${FIRST_ADDRESSES_DIR}${a.name}`
		);
	});

	it('answer their first PNG and PDF bytes', async () => {
		await expect(binaryManifest(answers.filter((a) => isBinary(a.name)))).toMatchFileSnapshot(
			`${FIRST_ADDRESSES_DIR}${BINARY_MANIFEST}`
		);
	});

	it.each(pairs)('$chart.id in $lang keeps its first oEmbed document', async ({ chart, lang }) => {
		const body = await oembedResponse(article, chart, lang, legacyChartAddress(chart, lang)).text();
		await expect(body).toMatchFileSnapshot(`${FIRST_ADDRESSES_DIR}oembed-${chart.id}-${lang}.json`);
	});
});
