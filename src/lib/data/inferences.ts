// Nothing we print may state a number the article does not. Every number in the texts that travel
// alone (titles, subtitles, labels, and the periods and kinds that make up alt texts) must be the
// value of one of its facts, as printed, a number its sentence prints, or a value the fact declares as inferred; a text that
// shows an inferred value must say it is one ("2024, by the article's date").
import { DataError } from './errors';
import { LANGS, type Dataset, type Fact, type Lang, type Localized } from './types';

/** Words that tell the reader a shown value is inferred, by language. */
export const SAYS_INFERRED: Record<Lang, RegExp> = {
	en: /inferred|article’s date|by its date/,
	ru: /выведен|дат[аеуы] статьи|на момент статьи/,
	kk: /шығарыл|мақаланың күні|мақала жазылған/
};

// Digits as each language groups them: "6,500" and "8.5" in English, "6 500" and "8,5" in Kazakh and Russian.
const NUMBERS: Record<Lang, RegExp> = {
	en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g,
	kk: /\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
	ru: /\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g
};

/** The numbers written in digits in a text, as values. */
export function numbersIn(text: string, lang: Lang): number[] {
	return [...text.matchAll(NUMBERS[lang])].map((m) =>
		Number(
			lang === 'en' ? m[0].replaceAll(',', '') : m[0].replace(/[ \u00a0]/g, '').replace(',', '.')
		)
	);
}

/** A fact's value as it may be printed: whole, or before a scale word (8.5 for $8.5 bn). */
function printedForms(fact: Fact): number[] {
	const round = (n: number) => Math.round(n * 1e6) / 1e6;
	return [1, 1e3, 1e6, 1e9, 1e12].map((scale) => round(fact.value / scale));
}

/**
 * Throws a DataError naming file, record and field for a number in a shown text that is neither
 * a value of its facts nor a declared inference, or an inference shown without saying so.
 */
export function checkText(
	text: string,
	lang: Lang,
	facts: Fact[],
	fail: (problem: string) => never
): void {
	// A number the fact's own sentence prints (its year: "в 2025 году") is the article's too.
	const printed = new Set([
		...facts.flatMap(printedForms),
		...facts.flatMap((f) => numbersIn(f.sentence, f.sourceLang))
	]);
	const inferred = facts.flatMap((f) => f.inferred ?? []);
	for (const n of numbersIn(text, lang)) {
		if (printed.has(n)) continue;
		const inference = inferred.find((i) => i.value === n);
		if (!inference) {
			fail(`shows ${n}, which is no value of its facts and no declared inference ("inferred")`);
		}
		if (!SAYS_INFERRED[lang].test(text)) {
			fail(
				`shows ${n}, ${inference.what}, inferred from ${inference.from}, without saying it is inferred`
			);
		}
	}
}

/** Runs `checkText` over every text that travels alone, naming file, record and field. */
export function checkShownNumbers(
	dataset: Dataset,
	files: { facts: string; charts: string }
): void {
	const each = (file: string, record: string, field: string, texts: Localized, facts: Fact[]) => {
		for (const lang of LANGS) {
			checkText(texts[lang], lang, facts, (problem) => {
				throw new DataError(file, record, `${field}.${lang}`, problem);
			});
		}
	};
	dataset.facts.forEach((fact, i) => {
		const record = `record ${i + 1} ("${fact.id}")`;
		for (const field of ['label', 'period'] as const) {
			each(files.facts, record, field, fact[field], [fact]);
		}
		each(files.facts, record, 'kind', fact.kind.name, [fact]);
	});
	dataset.charts.forEach((chart, i) => {
		const record = `record ${i + 1} ("${chart.id}")`;
		each(files.charts, record, 'title', chart.title, chart.facts);
		each(files.charts, record, 'subtitle', chart.subtitle, chart.facts);
		chart.routes?.forEach((route, j) =>
			each(files.charts, record, `routes[${j}].label`, route.label, chart.facts)
		);
	});
}
