// The countries a fact's `parties` name, by ISO 3166-1 two-letter code: one table
// (countries.json, written by `npm run countries` from CLDR's names) for every language's name
// and for the shape the route map draws.
import type { Lang } from '../data/types';
import COUNTRIES from './countries.json';

interface Country {
	/** ISO 3166-1 numeric code: what world-atlas names a country's shape by. */
	numeric: string;
	name: Record<Lang, string>;
}

const TABLE: Record<string, Country> = COUNTRIES;

/** Whether `code` is an ISO 3166-1 two-letter country code ("KZ", not "kz" or "Kazakhstan"). */
export function isCountryCode(code: string): boolean {
	return Object.hasOwn(TABLE, code);
}

function entry(code: string): Country {
	const country = TABLE[code];
	if (!country) throw new Error(`"${code}" is not an ISO 3166-1 two-letter country code`);
	return country;
}

/** The country's name in the interface language: "Kazakhstan", «Казахстан», «Қазақстан». */
export function countryName(code: string, lang: Lang): string {
	return entry(code).name[lang];
}

/** The country's ISO 3166-1 numeric code, e.g. "398" for KZ. */
export function countryNumeric(code: string): string {
	return entry(code).numeric;
}
