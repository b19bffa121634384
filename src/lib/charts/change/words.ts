import { defineWords } from '../core/words';

/**
 * A change chart's words: what each direction is called where a row says which way its figure
 * went (nouns, as a label names a figure: «өсім», «рост»; the verbs «өсті», «төмендеді» are for
 * the sentence that describes it, in $lib/format).
 */
export const word = defineWords({
	en: { up: 'rise', down: 'fall' },
	kk: { up: 'өсім', down: 'төмендеу' },
	ru: { up: 'рост', down: 'снижение' }
});
