import { defineWords } from '../core/words';

/** A unit chart's legend. */
export const word = defineWords({
	en: {
		worth: 'worth',
		inTotal: 'in total',
		eachSquare: 'each square: one of the',
		boundOpenUnits: 'how many more was not published',
		boundRangeUnits: 'the dashed squares run from the low to the high end; the count lies between',
		boundAboutUnits: 'about: a round figure, the true count may be a little more or less'
	},
	kk: {
		worth: 'жалпы құны',
		inTotal: '',
		eachSquare: 'әр шаршы — бір',
		boundOpenUnits: 'тағы қаншасы бары жарияланбаған',
		boundRangeUnits: 'үзік шаршылар төменгі шектен жоғарғы шекке дейін; сан осы аралықта',
		boundAboutUnits: 'шамамен: сан дөңгелек, нақты сан сәл көп не аз болуы мүмкін'
	},
	ru: {
		worth: 'на сумму',
		inTotal: '',
		eachSquare: 'каждый квадрат — один из',
		boundOpenUnits: 'сколько ещё — не сообщается',
		boundRangeUnits: 'пунктирные квадраты — от нижней до верхней границы; число лежит между ними',
		boundAboutUnits: 'около: число круглое, фактическое может быть чуть больше или меньше'
	}
});
