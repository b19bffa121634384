import type { NounForms } from '$lib/words/plural';
import { defineWords } from '../core/words';

/** The squares of a waffle, counted. */
export const SQUARE: NounForms = {
	kk: { one: 'шаршы' },
	en: { one: 'square', other: 'squares' },
	ru: { one: 'квадрат', few: 'квадрата', many: 'квадратов', genitiveOne: 'квадрата' }
};

/** A waffle's legend. `{hedge}` is the article's word that bounds the share. */
export const word = defineWords({
	en: {
		shareAtMost: 'the upper bound; the share is this or below it',
		shareOpen: 'the rest; {hedge} may take in part of these too, how much is not said',
		shareAbout:
			'about the share the article states (~: a round figure, the true share may be a little more or less)',
		shareStated: 'the share the article states',
		shareLow: 'the low end of the range the article states',
		shareRange: 'from the low to the high end; the share lies somewhere here',
		shareBeyond: 'the rest, which the share does not reach',
		shareRest: 'the rest',
		shareUpper: 'the upper bound; the share is below it'
	},
	kk: {
		shareAtMost: 'жоғарғы шек; үлес осы немесе одан аз',
		shareOpen: 'қалғаны; {hedge} бұлардың бір бөлігін де қамтуы мүмкін, қаншасы айтылмаған',
		shareAbout:
			'мақалада айтылған шамамен үлес (~: сан дөңгелек, нақты үлес сәл көп не аз болуы мүмкін)',
		shareStated: 'мақалада айтылған үлес',
		shareLow: 'мақалада айтылған аралықтың төменгі шегі',
		shareRange: 'төменгі шектен жоғарғы шекке дейін; үлес осы аралықта',
		shareBeyond: 'қалғаны, үлес оған жетпейді',
		shareRest: 'қалғаны',
		shareUpper: 'жоғарғы шек; үлес одан аз'
	},
	ru: {
		shareAtMost: 'верхняя граница; доля такая или меньше',
		shareOpen: 'остальное; {hedge} может захватывать и часть их, сколько — не сказано',
		shareAbout:
			'примерная доля, названная в статье (~: число круглое, фактическая доля может быть чуть больше или меньше)',
		shareStated: 'доля, названная в статье',
		shareLow: 'нижняя граница диапазона, названного в статье',
		shareRange: 'от нижней до верхней границы; доля лежит где-то здесь',
		shareBeyond: 'остальное, до которого доля не доходит',
		shareRest: 'остальное',
		shareUpper: 'верхняя граница; доля меньше'
	}
});
