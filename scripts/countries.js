// Writes src/lib/words/countries.json: every ISO 3166-1 country, by its two-letter code, with its
// numeric code (what world-atlas names its shapes by) and its name in each interface language.
// Names are CLDR's short names (Intl.DisplayNames), which read as a news text writes them
// ("China", "South Korea", «Китай»), not i18n-iso-countries' official ones («КНР (Китайская
// Народная Республика)», "Korea, Republic of"); the package gives the list of codes and their
// numeric codes. The table is committed, so a site's names do not change with Node's ICU.
// Usage: npm run countries
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
/** @type {[string, string, string, string][]} alpha-2, alpha-3, numeric, ISO 3166-2 */
const codes = require('i18n-iso-countries/codes.json');

const LANGS = /** @type {const} */ (['kk', 'en', 'ru']);

/**
 * Where the usage of the region's own press differs from CLDR's name, with why. Kazakhstan's and
 * Kyrgyzstan's Russian-language press and the Kyrgyz constitution write «Кыргызстан».
 * @type {Record<string, Partial<Record<(typeof LANGS)[number], string>>>}
 */
const USAGE = { KG: { ru: 'Кыргызстан' } };

const names = Object.fromEntries(
	LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })])
);

const table = Object.fromEntries(
	codes
		.map(([alpha2, , numeric]) => {
			const name = Object.fromEntries(
				LANGS.map((lang) => {
					const found = USAGE[alpha2]?.[lang] ?? names[lang].of(alpha2);
					if (!found) throw new Error(`CLDR has no ${lang} name for ${alpha2}`);
					return [lang, found];
				})
			);
			return [alpha2, { numeric, name }];
		})
		.sort(([a], [b]) => (a < b ? -1 : 1))
);

const out = fileURLToPath(new URL('../src/lib/words/countries.json', import.meta.url));
const options = (await prettier.resolveConfig(out)) ?? {};
const text = await prettier.format(JSON.stringify(table), { ...options, filepath: out });
writeFileSync(out, text);
console.log(`wrote src/lib/words/countries.json (${Object.keys(table).length} countries)`);
