// Interface words, by language. Figures and dates are worded in format.ts; facts carry their own texts.
import type { Lang } from './data/types';

const STRINGS = {
	en: {
		siteName: 'derek',
		tagline: 'Every chart carries the sentence its number came from.',
		gallery: 'All charts',
		translation: 'Translation',
		translationNote: 'our translation from the Kazakh original',
		original: 'Original (Kazakh)',
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
		notFoundTitle: 'Chart not found',
		notFoundBody:
			'There is no page at this address. The chart may have been renamed, or the link mistyped.',
		eachSquare: 'each square: one of the',
		boundOpenUnits: 'how many more was not published',
		worth: 'worth',
		inTotal: 'in total',
		shareStated: 'the share the article states',
		shareOpen: 'the rest: “more than” means part of this too, how much is not said',
		shareRest: 'the rest',
		squares: 'squares',
		permalink: 'Permanent link'
	}
} as const satisfies Record<Lang, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)['en'];

/** The interface text for a key in a language. */
export function t(key: StringKey, lang: Lang = 'en'): string {
	return STRINGS[lang][key];
}
