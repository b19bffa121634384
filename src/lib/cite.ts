import { isTranslationLang, type ArticleMeta, type Chart, type Lang } from './data/types';
import { formatDate } from './format';
import { t } from './i18n';

/** How to cite a chart: a plain-text reference and a BibTeX entry, both naming the article. */
export interface Citation {
	text: string;
	bibtex: string;
}

// BibTeX treats these as commands or groups; escape them so titles come out as written.
const bib = (s: string) => s.replace(/([{}\\&%$#_^~])/g, '\\$1');

export function citeChart(chart: Chart, article: ArticleMeta, url: string, lang: Lang): Citation {
	const date = formatDate(article.date, lang);
	const translated = isTranslationLang(lang) ? ` (${article.titleTranslation[lang]})` : '';
	// "20 декабря 2025 г." already ends with a full stop.
	const dated = date.endsWith('.') ? date : `${date}.`;
	const text = `derek, “${chart.title[lang]}”. ${t('chartBy', lang)} «${article.title}»${translated}, ${dated} ${url}`;
	const bibtex = [
		`@misc{derek-${chart.id}-${lang},`,
		`  author = {{derek}},`,
		`  title = {${bib(chart.title[lang])}},`,
		`  howpublished = {\\url{${url}}},`,
		`  note = {${bib(t('chartBy', lang))} \`\`${bib(article.title)}''${bib(translated)}, ${date}},`,
		`  language = {${lang}},`,
		`  year = {${article.date.slice(0, 4)}}`,
		`}`
	].join('\n');
	return { text, bibtex };
}
