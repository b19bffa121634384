import { translationFor, type ArticleMeta, type Chart, type Lang } from './data/types';
import { formatDate } from './format';
import { t } from './i18n';
import { NBSP, quote, quoteMarks } from './typography';

/** How to cite a chart: a plain-text reference and a BibTeX entry, both naming the article. */
export interface Citation {
	text: string;
	bibtex: string;
	/** The article's title as it stands, verbatim, in both (so pages can mark it as quoted). */
	verbatim: string;
	/** The language it is written in: the article's. */
	verbatimLang: Lang;
}

// BibTeX treats these as commands or groups; escape them so titles come out as written. A
// no-break space is TeX's tie.
const bib = (s: string) => s.replace(/([{}\\&%$#_^~])/g, '\\$1').replaceAll(NBSP, '~');

/** Quotation marks in BibTeX: TeX's ``…'' in English, the language's own marks otherwise. */
const bibQuote = (s: string, lang: Lang) => {
	const [open, close] = lang === 'en' ? ['``', "''"] : quoteMarks(lang);
	return `${open}${bib(s)}${close}`;
};

export function citeChart(chart: Chart, article: ArticleMeta, url: string, lang: Lang): Citation {
	const date = formatDate(article.date, lang);
	const ours = translationFor(article.titleTranslation, lang, article.lang);
	const translated = ours === undefined ? '' : ` (${ours})`;
	// "20 декабря 2025 г." already ends with a full stop.
	const dated = date.endsWith('.') ? date : `${date}.`;
	const source = quote(article.title, lang, { verbatim: true });
	const text = `derek, ${quote(chart.title[lang], lang)}. ${t('chartBy', lang)} ${source}${translated}, ${dated} ${url}`;
	const bibtex = [
		`@misc{derek-${chart.id}-${lang},`,
		`  author = {{derek}},`,
		`  title = {${bib(chart.title[lang])}},`,
		`  howpublished = {\\url{${url}}},`,
		`  note = {${bib(t('chartBy', lang))} ${bibQuote(article.title, lang)}${bib(translated)}, ${bib(date)}},`,
		`  language = {${lang}},`,
		`  year = {${article.date.slice(0, 4)}}`,
		`}`
	].join('\n');
	return { text, bibtex, verbatim: article.title, verbatimLang: article.lang };
}
