// Interface words, by language. Figures and dates are worded in format.ts; facts carry their own
// texts. Every language has every key: the type below makes a missing one a build error.
import type { Lang } from './data/types';
import { typeset } from './typography';

const en = {
	siteName: 'derek',
	languageName: 'English',
	tagline: 'Every chart carries the sentences its numbers came from.',
	galleryTitle: 'Numbers from the news, with their sources',
	gallery: 'All charts',
	breadcrumbs: 'Breadcrumbs',
	article: 'The article',
	articleTitle: 'The article, with every number linked to its chart',
	articleIntro:
		'The full text as published, unchanged. Every number that is charted is marked and links to its chart; the numbers that are not charted are listed below with the reason.',
	articleQuotedIntro:
		'The publisher does not allow the full text here: these are the sentences the charts quote, verbatim. Every charted number is marked and links to its chart.',
	notChartedTitle: 'Numbers not charted, and why',
	statementsTitle: 'Statements without a figure',
	statementsIntro:
		'What the article says without a number is shown as text, not forced into a chart.',
	inArticle: 'Read it in the article',
	viewChart: 'See the chart',
	translation: 'Translation',
	says: 'Who says it',
	source: 'Source',
	whatItMeasures: 'What it measures',
	period: 'Period',
	kind: 'Kind of figure',
	bound: 'How exact',
	asPrinted: 'As printed',
	previous: 'Previous chart',
	next: 'Next chart',
	backToGallery: 'Back to all charts',
	notFoundTitle: 'Page not found',
	notFoundBody:
		'There is no page at this address. The chart may have been renamed, or the link mistyped.',
	permalink: 'Permanent link',
	whereFrom: 'Where the numbers come from',
	whatFigures: 'What the figures are',
	languages: 'Languages',
	feedTitle: 'charts from the news, with their sources',
	feedLink: 'New articles and their charts (Atom feed)',
	originalTitle: 'The title is our translation; the original',
	embedLink: 'The sentence behind each number, and the data',
	downloadTitle: 'Download and cite',
	dlSvg: 'the figure with its sources, as vector graphics for Word, LibreOffice, Inkscape',
	dlPng: 'the same figure as an image, for documents that do not take SVG',
	dlPdf: 'the same figure as vector PDF with its text, for LaTeX and print',
	dlCsv: 'the figures with their sentences and sources, for spreadsheets (UTF-8)',
	dlJson: 'the figures with their sentences and sources, for programs',
	citeTitle: 'Cite this chart',
	copyCitation: 'Copy citation',
	copyBibtex: 'Copy BibTeX',
	copyCode: 'Copy code',
	copied: 'Copied',
	copyFailed: 'Could not copy: select the text',
	embedTitle: 'Embed',
	embedIframeTitle: 'In a web page',
	embedIframeNote:
		'An iframe that sizes itself to the chart, with our small loader script. It follows the reader’s light or dark setting; add /light or /dark to its address to force one.',
	embedImageTitle: 'As a static image',
	embedImageNote:
		'The exported SVG, linked to this page, for pages and reports that run no scripts.',
	embedMdTitle: 'In Markdown',
	embedMdNote: 'The image and its source line, for reports written in Markdown.',
	chartWord: 'Chart',
	chartBy: 'Chart of figures from',
	dataTable: 'Data table',
	colFigure: 'Figure',
	colValue: 'Value'
};

type Strings = typeof en;

const kk: Strings = {
	siteName: 'derek',
	languageName: 'Қазақша',
	tagline: 'Әр диаграммада оның сандары алынған сөйлемдер бар.',
	galleryTitle: 'Жаңалықтардағы сандар дереккөздерімен',
	gallery: 'Барлық диаграмма',
	breadcrumbs: 'Сайттағы орныңыз',
	article: 'Мақала',
	articleTitle: 'Мақала: әр сан өз диаграммасына сілтейді',
	articleIntro:
		'Толық мәтін жарияланған күйінде, өзгеріссіз. Диаграммаға түскен әр сан белгіленіп, өз диаграммасына сілтейді; диаграммаға түспеген сандар төменде себебімен тізілген.',
	articleQuotedIntro:
		'Баспа толық мәтінді мұнда жариялауға рұқсат бермейді: мұнда диаграммалар келтіретін сөйлемдер ғана, өзгеріссіз. Диаграммаға түскен әр сан белгіленіп, өз диаграммасына сілтейді.',
	notChartedTitle: 'Диаграммаға түспеген сандар және олардың себептері',
	statementsTitle: 'Сан келтірілмеген мәлімдемелер',
	statementsIntro:
		'Мақаланың сан келтірмей айтқаны диаграммаға күштеп салынбай, мәтін ретінде көрсетіледі.',
	inArticle: 'Мақаладан оқу',
	viewChart: 'Диаграмманы көру',
	translation: 'Аударма',
	says: 'Кім айтады',
	source: 'Дереккөз',
	whatItMeasures: 'Нені өлшейді',
	period: 'Кезең',
	kind: 'Көрсеткіш түрі',
	bound: 'Дәлдігі',
	asPrinted: 'Мәтінде',
	previous: 'Алдыңғы диаграмма',
	next: 'Келесі диаграмма',
	backToGallery: 'Барлық диаграммаға оралу',
	notFoundTitle: 'Бет табылмады',
	notFoundBody:
		'Бұл мекенжайда бет жоқ. Диаграмманың атауы өзгерген болуы мүмкін, не сілтеме қате жазылған.',
	permalink: 'Тұрақты сілтеме',
	whereFrom: 'Сандар қайдан алынды',
	whatFigures: 'Бұл қандай көрсеткіштер',
	languages: 'Тілдер',
	feedTitle: 'жаңалықтардағы сандардың диаграммалары, дереккөздерімен',
	feedLink: 'Жаңа мақалалар және олардың диаграммалары (Atom арнасы)',
	originalTitle: 'Тақырыпты біз аудардық; түпнұсқасы',
	embedLink: 'Әр санның сөйлемі және деректер',
	downloadTitle: 'Жүктеу және сілтеме',
	dlSvg: 'дереккөздері бар сурет, Word, LibreOffice, Inkscape үшін векторлық графика',
	dlPng: 'сол сурет кескін ретінде, SVG қабылдамайтын құжаттар үшін',
	dlPdf: 'сол сурет мәтінімен бірге векторлық PDF түрінде, LaTeX пен баспа үшін',
	dlCsv: 'сандар сөйлемдері мен дереккөздерімен, кестелер үшін (UTF-8)',
	dlJson: 'сандар сөйлемдері мен дереккөздерімен, бағдарламалар үшін',
	citeTitle: 'Диаграммаға библиографиялық сілтеме',
	copyCitation: 'Библиографиялық сілтемені көшіру',
	copyBibtex: 'BibTeX-ті көшіру',
	copyCode: 'Кодты көшіру',
	copied: 'Көшірілді',
	copyFailed: 'Көшіру мүмкін болмады: мәтінді белгілеңіз',
	embedTitle: 'Ендіру',
	embedIframeTitle: 'Веб-бетте',
	embedIframeNote:
		'Биіктігін диаграммаға өзі сәйкестендіретін iframe және біздің шағын жүктегіш скрипт. Оқырманның ашық не қараңғы режиміне ілеседі; біреуін бекіту үшін мекенжайына /light не /dark қосыңыз.',
	embedImageTitle: 'Статикалық сурет ретінде',
	embedImageNote:
		'Осы бетке сілтейтін экспортталған SVG, скрипт іске қоспайтын беттер мен есептер үшін.',
	embedMdTitle: 'Markdown-да',
	embedMdNote: 'Сурет және оның дереккөз жолы, Markdown-мен жазылатын есептер үшін.',
	chartWord: 'Диаграмма',
	chartBy: 'Сандары мына мақаладан алынған диаграмма:',
	dataTable: 'Деректер кестесі',
	colFigure: 'Көрсеткіш',
	colValue: 'Мәні'
};

const ru: Strings = {
	siteName: 'derek',
	languageName: 'Русский',
	tagline: 'У каждой диаграммы есть предложения, из которых взяты её числа.',
	galleryTitle: 'Цифры из новостей с их источниками',
	gallery: 'Все диаграммы',
	breadcrumbs: 'Навигационная цепочка',
	article: 'Статья',
	articleTitle: 'Статья: каждое число ведёт к своей диаграмме',
	articleIntro:
		'Полный текст в опубликованном виде, без изменений. Каждое число, по которому есть диаграмма, выделено и ведёт к ней; числа без диаграмм перечислены ниже с причиной.',
	articleQuotedIntro:
		'Издатель не разрешает приводить здесь полный текст: это только предложения, которые цитируют диаграммы, без изменений. Каждое число, по которому есть диаграмма, выделено и ведёт к ней.',
	notChartedTitle: 'Числа без диаграмм и причины',
	statementsTitle: 'Утверждения без чисел',
	statementsIntro: 'То, что статья говорит без чисел, показано текстом, а не втиснуто в диаграмму.',
	inArticle: 'Прочитать в статье',
	viewChart: 'Открыть диаграмму',
	translation: 'Перевод',
	says: 'Кто говорит',
	source: 'Источник',
	whatItMeasures: 'Что измеряет',
	period: 'Период',
	kind: 'Вид показателя',
	bound: 'Точность',
	asPrinted: 'В тексте',
	previous: 'Предыдущая диаграмма',
	next: 'Следующая диаграмма',
	backToGallery: 'Ко всем диаграммам',
	notFoundTitle: 'Страница не найдена',
	notFoundBody:
		'По этому адресу страницы нет. Возможно, диаграмму переименовали или в ссылке опечатка.',
	permalink: 'Постоянная ссылка',
	whereFrom: 'Откуда взяты числа',
	whatFigures: 'Что это за показатели',
	languages: 'Языки',
	feedTitle: 'диаграммы по цифрам из новостей, с источниками',
	feedLink: 'Новые статьи и их диаграммы (лента Atom)',
	originalTitle: 'Заголовок — наш перевод; в оригинале',
	embedLink: 'Исходное предложение каждого числа и данные',
	downloadTitle: 'Скачать и сослаться',
	dlSvg: 'рисунок с источниками, векторная графика для Word, LibreOffice, Inkscape',
	dlPng: 'тот же рисунок как изображение, для документов без поддержки SVG',
	dlPdf: 'тот же рисунок в векторном PDF с текстом, для LaTeX и печати',
	dlCsv: 'числа с предложениями и источниками, для таблиц (UTF-8)',
	dlJson: 'числа с предложениями и источниками, для программ',
	citeTitle: 'Как сослаться на диаграмму',
	copyCitation: 'Скопировать библиографическую ссылку',
	copyBibtex: 'Скопировать BibTeX',
	copyCode: 'Скопировать код',
	copied: 'Скопировано',
	copyFailed: 'Не удалось скопировать: выделите текст',
	embedTitle: 'Встроить',
	embedIframeTitle: 'На веб-странице',
	embedIframeNote:
		'iframe, который сам подстраивает высоту под диаграмму, и наш небольшой скрипт-загрузчик. Следует светлой или тёмной теме читателя; чтобы задать одну, добавьте к адресу /light или /dark.',
	embedImageTitle: 'Как статичное изображение',
	embedImageNote:
		'Экспортированный SVG со ссылкой на эту страницу, для страниц и отчётов без скриптов.',
	embedMdTitle: 'В Markdown',
	embedMdNote: 'Изображение и строка источника, для отчётов в Markdown.',
	chartWord: 'Диаграмма',
	chartBy: 'Диаграмма по цифрам из статьи',
	dataTable: 'Таблица данных',
	colFigure: 'Показатель',
	colValue: 'Значение'
};

const STRINGS: Record<Lang, Strings> = { kk, en, ru };

export type StringKey = keyof Strings;

/** The interface text for a key in a language, typeset for that language. */
export function t(key: StringKey, lang: Lang): string {
	return typeset(STRINGS[lang][key], lang);
}
