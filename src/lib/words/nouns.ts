// Counted nouns of the site's own words, in every form their numbers call for (./plural.ts).
import type { NounForms } from './plural';

/** Articles, as a list page counts them: "3 articles", «3 статьи», «3 мақала». */
export const ARTICLE: NounForms = {
	kk: { one: 'мақала' },
	en: { one: 'article', other: 'articles' },
	ru: { one: 'статья', few: 'статьи', many: 'статей', genitiveOne: 'статьи' }
};
