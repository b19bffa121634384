// One figure of each chart type and bound, drawn from facts written for the tests
// (tests/unit/fixture-charts.ts), against tests/snapshots/fixtures/: a new type or bound gets a
// snapshot of its own even while the real article does not chart it.
import { describe, expect, it } from 'vitest';
import { exportSvg } from '$lib/export/svg';
import { makeArticle } from '../unit/factories';
import { FIXTURE_CHARTS } from '../unit/fixture-charts';
import { FIXTURES_DIR } from './snapshot-files';

const article = makeArticle();

describe.each(FIXTURE_CHARTS)('the fixture figure $name', ({ name, chart }) => {
	it.each(['en', 'kk'] as const)('in %s matches its snapshot', async (lang) => {
		const svg = exportSvg(chart, article, `https://derek.example/${lang}/charts/${name}`, lang);
		await expect(svg).toMatchFileSnapshot(`${FIXTURES_DIR}${name}-${lang}.svg`);
	});
});
