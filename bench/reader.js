// Measures the number reader on every fixture article (tests/fixtures) and the real article, per
// language: recall (expected quantities found with the right value and unit), bound accuracy
// (of those found), precision (quantity candidates that were expected) and verbatim candidates.
import { withModule } from '../scripts/load-module.js';

const TARGETS = { recall: 0.95, bounds: 0.95, precision: 0.9, verbatim: 1 };

/** @param {number} x */
const pct = (x) => `${(x * 100).toFixed(1)}%`;

export async function benchReader() {
	return withModule(
		'/tests/fixtures/score-all.ts',
		({ scoreFixtures }) => {
			console.log(
				'\nNumber reader (tests/fixtures and data/articles/2025-12-20-central-asia-japan-tokyo/article.kk.txt):'
			);
			let ok = true;
			for (const { lang, articles, score, figures } of scoreFixtures()) {
				const parts = /** @type {const} */ (['recall', 'bounds', 'precision', 'verbatim']).map(
					(k) => {
						const within = figures[k] >= TARGETS[k];
						ok &&= within;
						return `${k} ${pct(figures[k])} ${within ? '✓' : `✗ (target ≥ ${pct(TARGETS[k])})`}`;
					}
				);
				console.log(
					`  ${lang}: ${parts.join(', ')}; ${score.found}/${score.expected} quantities, ` +
						`${score.given} given, dates and years ${score.foundDates}/${score.expectedDates}, ` +
						`changes with their way ${score.rightChanges}/${score.expectedChanges} ` +
						`(${articles.length} articles)`
				);
				for (const miss of score.misses) console.log(`      ${miss}`);
			}
			return ok;
		},
		{ plain: true }
	);
}
