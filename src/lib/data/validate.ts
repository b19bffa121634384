// Validates one article's data files: each file is read by its schema (./schema), then the
// records are checked against the article's text, each other and the chart-type registry
// (./checks.ts, ./coverage.ts). The first problem fails, naming file, record and field.
import {
	checkEveryFactDrawn,
	checkUniqueIds,
	toArticle,
	toChart,
	toFact,
	toNotCharted,
	toStatement
} from './checks';
import { checkCoverage } from './coverage';
import { checkShownNumbers } from './inferences';
import { parseObject, parseRecords, type DataFile } from './parse';
import {
	articleSchema,
	chartSchema,
	factSchema,
	notChartedSchema,
	siteSchema,
	statementSchema
} from './schema';
import { typesetDataset } from './typeset-dataset';
import type { Dataset, Kind, Site } from './types';
import { siteKinds } from '../words/kinds';

export { DataError, RecordAt } from './errors';
export type { DataFile } from './parse';

/** The raw contents of one article's data files, as read from disk, with the names to report them by. */
export interface RawData {
	articleJson: DataFile;
	articleText: DataFile;
	facts: DataFile;
	charts: DataFile;
	statements: DataFile;
	notCharted: DataFile;
}

/**
 * Checks an article's data files against each other and the article; throws a DataError on the
 * first problem. Its facts may name the kinds of figure every site knows, or `kinds` (a site's).
 */
export function validateDataset(
	raw: RawData,
	kinds: ReadonlyMap<string, Kind> = siteKinds()
): Dataset {
	const article = toArticle(
		parseObject(raw.articleJson, articleSchema, 'the article'),
		raw.articleText
	);

	const factRecords = parseRecords(raw.facts, factSchema);
	checkUniqueIds(factRecords);
	const facts = factRecords.map((r) => toFact(r, article, kinds));
	const byId = new Map(facts.map((f) => [f.id, f]));

	const chartRecords = parseRecords(raw.charts, chartSchema);
	checkUniqueIds(chartRecords);
	const charts = chartRecords.map((r) => toChart(r, byId, article));
	checkEveryFactDrawn(factRecords, charts);

	const statementRecords = parseRecords(raw.statements, statementSchema, { empty: true });
	checkUniqueIds(statementRecords);
	const statements = statementRecords.map((r) => toStatement(r, article));

	const notCharted = parseRecords(raw.notCharted, notChartedSchema, { ids: false }).map((r) =>
		toNotCharted(r, article)
	);

	const dataset = { article, facts, charts, statements, notCharted };
	checkShownNumbers(dataset, { facts: raw.facts.name, charts: raw.charts.name });
	checkCoverage(article, facts, notCharted, {
		text: raw.articleText.name,
		facts: raw.facts.name,
		notCharted: raw.notCharted.name
	});
	return typesetDataset(dataset);
}

/** site.json, the site's own words, read by its schema. */
export function validateSite(file: DataFile): Site {
	return parseObject(file, siteSchema, 'the site').value;
}
