import { formatDate } from './format';
import type { ArticleMeta, Chart } from './data/types';

/** How to cite a chart: a plain-text reference and a BibTeX entry, both naming the article. */
export interface Citation {
	text: string;
	bibtex: string;
}

// BibTeX treats these as commands or groups; escape them so titles come out as written.
const bib = (s: string) => s.replace(/([{}\\&%$#_^~])/g, '\\$1');

export function citeChart(chart: Chart, article: ArticleMeta, url: string): Citation {
	const date = formatDate(article.date);
	const text =
		`derek, “${chart.title.en}”. Chart of figures from «${article.title}» ` +
		`(${article.titleTranslation.en}), ${date}. ${url}`;
	const year = article.date.slice(0, 4);
	const bibtex = [
		`@misc{derek-${chart.id},`,
		`  author = {{derek}},`,
		`  title = {${bib(chart.title.en)}},`,
		`  howpublished = {\\url{${url}}},`,
		`  note = {Chart of figures from \`\`${bib(article.title)}'' (${bib(article.titleTranslation.en)}), ${date}},`,
		`  year = {${year}}`,
		`}`
	].join('\n');
	return { text, bibtex };
}
