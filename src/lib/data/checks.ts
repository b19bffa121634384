// The checks a record's schema cannot make alone: against the article's text (sentences, numbers
// and attributions verbatim where they are said to be), against other records (ids unique, chart
// facts that exist) and against the chart-type registry (the units and bounds a type can draw).
// Each turns one schema-read record into what the site uses, or fails naming file, record, field.
import { acceptsBound, acceptsUnit, chartType, markedFacts, refusal } from '$lib/charts/registry';
import { checkDraftPaths } from './draft-marks';
import { RecordAt } from './errors';
import { statesChange } from './fact-bounds';
import { checkHedge } from './hedge';
import type { DataFile, Parsed } from './parse';
import { printedProblem } from './printed-number';
import { suggest } from './schema/suggest';
import { checkTranslations } from './translations';
import type {
	Article,
	ArticleJson,
	Attribution,
	Chart,
	ChartSpec,
	Fact,
	FactRecord,
	Kind,
	NotCharted,
	Statement
} from './types';

/** The article: its article.json, with the text it names, whose first line is its title. */
export function toArticle({ value: json, at }: Parsed<ArticleJson>, textFile: DataFile): Article {
	if (textFile.content.trim() === '') {
		at.fail('file', `"${json.file}" is missing or empty in the article's folder`);
	}
	const text = textFile.content.replace(/\r\n/g, '\n');
	const firstLine = text.split('\n', 1)[0]?.trim();
	if (firstLine !== json.title) {
		at.fail('title', `must be the first line of ${textFile.name} verbatim ("${firstLine}")`);
	}
	if (!textFile.name.endsWith(json.file)) {
		at.fail('file', `names "${json.file}" but the text was read from ${textFile.name}`);
	}
	checkTranslations(at, 'titleTranslation', json.titleTranslation, json.lang);
	checkDraftPaths(json, (field, problem) => at.fail(field, problem));
	const { title, titleTranslation, date, lang, file, about, ...rest } = json;
	return {
		title,
		titleTranslation,
		date,
		lang,
		file,
		about,
		...rest,
		text,
		paragraphs: text.split(/\n\s*\n/).map((p) => p.trim())
	};
}

/** Ids are the records' addresses: no two records of a file share one. */
export function checkUniqueIds(records: Parsed<{ id: string }>[]): void {
	const seen = new Set<string>();
	for (const { value, at, index } of records) {
		if (seen.has(value.id)) {
			new RecordAt(at.file, `record ${index + 1}`).fail(
				'id',
				`"${value.id}" is used by an earlier record`
			);
		}
		seen.add(value.id);
	}
}

/** The text of the paragraph a record names. */
function paragraphText(at: RecordAt, article: Article, paragraph: number): string {
	const text = article.paragraphs[paragraph - 1];
	if (text === undefined) {
		at.fail(
			'paragraph',
			`the article has ${article.paragraphs.length} paragraphs, not ${paragraph}`
		);
	}
	return text;
}

/** A record's sentence stands verbatim in the paragraph it names; its place in the text. */
function sentenceAt(
	at: RecordAt,
	article: Article,
	{ paragraph, sentence }: { paragraph: number; sentence: string }
): { text: string; offset: number } {
	const text = paragraphText(at, article, paragraph);
	if (!text.includes(sentence)) {
		at.fail(
			'sentence',
			article.text.includes(sentence)
				? `is in the article but not in paragraph ${paragraph}`
				: 'is not verbatim in the article text'
		);
	}
	return { text, offset: article.text.indexOf(sentence) };
}

/** The attributing words, if any, stand in the same paragraph. */
function checkAttribution(at: RecordAt, attribution: Attribution, text: string, paragraph: number) {
	const { printed } = attribution;
	if (printed !== undefined && !text.includes(printed)) {
		at.fail('attribution.printed', `"${printed}" is not in paragraph ${paragraph}`);
	}
}

/** A fact as the site uses it, checked against the article and what its words say. */
export function toFact(
	{ value: f, at }: Parsed<FactRecord>,
	article: Article,
	kinds: ReadonlyMap<string, Kind>
): Fact {
	checkDraftPaths(f, (field, problem) => at.fail(field, problem));
	const kind = kinds.get(f.kind);
	if (!kind) {
		const meant = suggest(f.kind, [...kinds.keys()]);
		return at.fail(
			'kind',
			`"${f.kind}" is not a kind of figure${meant ? ` (did you mean "${meant}"?)` : ''}: name one of src/lib/words/kinds.json or add it to site.json's kinds`
		);
	}
	if (f.unit === 'count' && !f.countOf) {
		at.fail('countOf', 'is missing: a count must say what it counts');
	}
	// A share stays within its whole; a change ("up 162%") need not.
	if (f.unit === 'percent' && f.value > 100 && !f.change) {
		at.fail('value', 'a percentage must not exceed 100 (unless it is a change, with "change")');
	}
	if (f.bound === 'range') {
		if (f.max === undefined) return at.fail('max', 'is missing: a range must give its high end');
		if (f.max <= f.value)
			at.fail('max', `${f.max} must be greater than value (${f.value}), the low end`);
	} else if (f.max !== undefined) {
		at.fail('max', `is only for a range, but bound is ${f.bound}`);
	}
	const { text, offset } = sentenceAt(at, article, f);
	if (!f.sentence.includes(f.printed)) {
		at.fail('printed', `"${f.printed}" is not inside the sentence`);
	}
	// The number reader of the article's language reads the printed words.
	const mismatch = printedProblem(f, article.lang);
	if (mismatch) at.fail(mismatch.field, mismatch.problem);
	checkAttribution(at, f.attribution, text, f.paragraph);
	checkHedge(at, f, article.lang);
	checkTranslations(at, 'translation', f.translation, article.lang);
	checkChange(at, f, article.lang);
	// The sentence's offset goes right after its paragraph, where pages and files have it.
	const { attribution, translation, periodNote, countOf, hedge, inferred, ...head } = f;
	return {
		...head,
		kind,
		offset,
		sourceLang: article.lang,
		attribution,
		translation,
		...(periodNote ? { periodNote } : {}),
		...(countOf ? { countOf } : {}),
		...(hedge ? { hedge } : {}),
		...(inferred ? { inferred } : {})
	};
}

/**
 * A number the sentence states as a change says which way it goes, and only such a number says
 * so: a change drawn as a level or a share, or a level drawn as a change, says what the article does not.
 */
function checkChange(at: RecordAt, f: FactRecord, lang: Article['lang']): void {
	const stated = statesChange(f, lang);
	if (stated && !f.change)
		at.fail(
			'change',
			`is missing: the sentence states "${f.printed}" as a change; say "up" or "down"`
		);
	if (!stated && f.change)
		at.fail(
			'change',
			`is "${f.change}", but the sentence does not state "${f.printed}" as a change`
		);
	const said = stated?.direction;
	if (said && f.change && f.change !== said)
		at.fail(
			'change',
			`is "${f.change}", but the sentence says "${f.printed}" went ${said}: make it "${said}"`
		);
}

/** A chart with its facts resolved, each drawable truthfully by the chart's type. */
export function toChart(
	{ value: c, at }: Parsed<ChartSpec>,
	facts: Map<string, Fact>,
	article: Article
): Chart {
	checkDraftPaths(c, (field, problem) => at.fail(field, problem));
	const resolved = c.facts.map((id, i) => {
		const fact = facts.get(id);
		if (!fact) return at.fail(`facts[${i}]`, `no fact has the id "${id}"`);
		if (c.facts.indexOf(id) !== i) at.fail(`facts[${i}]`, `"${id}" is listed twice`);
		return fact;
	});
	checkDrawable(at, c.type, resolved, article);
	if (c.type === 'route-map' && !c.routes)
		at.fail('routes', 'is missing: a route map draws routes');
	if (c.type !== 'route-map' && c.routes) {
		at.fail('routes', `only a route-map chart has routes, and this is a ${c.type} chart`);
	}
	c.routes?.forEach((route, i) =>
		route.waypoints.forEach((w, j) => {
			if (w.printed !== undefined && !article.text.includes(w.printed)) {
				at.fail(
					`routes[${i}].waypoints[${j}].printed`,
					`"${w.printed}" is not in the article text`
				);
			}
		})
	);
	return { ...c, facts: resolved };
}

/** What each type can draw truthfully is the registry's to say (src/lib/charts/registry.ts). */
function checkDrawable(at: RecordAt, type: Chart['type'], facts: Fact[], article: Article): void {
	const marked = markedFacts(type, facts);
	const [first] = marked;
	for (const { fact, index } of marked) {
		if (!acceptsUnit(type, fact.unit))
			at.fail(
				`facts[${index}]`,
				`a ${type} chart draws ${chartType(type).units.join(' or ')} figures, "${fact.id}" is ${fact.unit}`
			);
		if (fact.unit !== first?.fact.unit)
			at.fail(
				`facts[${index}]`,
				`"${fact.id}" is in ${fact.unit}; one ${type} chart needs one unit`
			);
		if (!acceptsBound(type, fact.bound))
			at.fail(
				`facts[${index}]`,
				`a ${type} chart cannot show the bound of "${fact.id}" (${fact.bound}) truthfully`
			);
		const refused = refusal(type, fact, { change: statesChange(fact, article.lang) !== undefined });
		if (refused)
			at.fail(`facts[${index}]`, `a ${type} chart cannot draw "${fact.id}": it ${refused}`);
	}
}

/** A statement, whose sentence and attribution stand in the paragraph it names. */
export function toStatement(
	{ value: s, at }: Parsed<Omit<Statement, 'offset'>>,
	article: Article
): Statement {
	const { text, offset } = sentenceAt(at, article, s);
	checkAttribution(at, s.attribution, text, s.paragraph);
	checkTranslations(at, 'translation', s.translation, article.lang);
	const { id, label, sentence, paragraph, ...rest } = s;
	return { id, label, sentence, paragraph, offset, ...rest };
}

/** A number declared not charted, which must be printed in the paragraph it names. */
export function toNotCharted({ value: n, at }: Parsed<NotCharted>, article: Article): NotCharted {
	checkDraftPaths(n, (field, problem) => at.fail(field, problem));
	const text = paragraphText(at, article, n.paragraph);
	if (!text.includes(n.printed))
		at.fail('printed', `"${n.printed}" is not in paragraph ${n.paragraph}`);
	return n;
}

/** Every fact is drawn by some chart: a fact no chart draws is a number the site drops. */
export function checkEveryFactDrawn(facts: Parsed<FactRecord>[], charts: Chart[]): void {
	const drawn = new Set(charts.flatMap((c) => c.facts.map((f) => f.id)));
	for (const { value, at } of facts) {
		if (!drawn.has(value.id)) at.fail('id', 'no chart draws this fact (charts.json)');
	}
}
