// Kazakh case endings after a number follow the last word the reader hears: 60 is "алпыс", so
// "60-тан"; 80 is "сексен", so "80-нен"; 1 000 000 000 is "бір миллиард", so "миллиардтан".
// The word comes from the numerals module; the ending from that word's last vowel (vowel
// harmony) and last sound (voiced, voiceless, nasal).
import { kkWords } from './kk';

export type KkCase = 'ablative' | 'dative' | 'locative' | 'genitive' | 'accusative';

// Back vowels call for "а/ы" endings, front vowels for "е/і"; у, ю, и, я carry no harmony of their own.
const BACK = /[аоұы]/;
const FRONT = /[әеөүіэ]/;
const NASAL = /[мнң]$/;
const VOICELESS = /[кқпстфхцчшщбвгд]$/;
const VOWEL = /[аәеоөұүыіиуэюя]$/;

/** The sound class of a word's end: vowel, voiced (л р й у з ж), nasal (м н ң) or voiceless. */
function ending(word: string): 'vowel' | 'voiced' | 'nasal' | 'voiceless' {
	if (NASAL.test(word)) return 'nasal';
	if (VOICELESS.test(word)) return 'voiceless';
	// A final "у" (елу) is a glide: endings treat it as a voiced consonant ("елуден").
	if (/у$/.test(word)) return 'voiced';
	if (VOWEL.test(word)) return 'vowel';
	return 'voiced';
}

function isFront(word: string): boolean {
	for (const ch of [...word].reverse()) {
		if (BACK.test(ch)) return false;
		if (FRONT.test(ch)) return true;
	}
	return false;
}

// [back, front] endings by the word's last sound.
const ENDINGS: Record<KkCase, Record<ReturnType<typeof ending>, [string, string]>> = {
	ablative: {
		vowel: ['дан', 'ден'],
		voiced: ['дан', 'ден'],
		nasal: ['нан', 'нен'],
		voiceless: ['тан', 'тен']
	},
	dative: {
		vowel: ['ға', 'ге'],
		voiced: ['ға', 'ге'],
		nasal: ['ға', 'ге'],
		voiceless: ['қа', 'ке']
	},
	locative: {
		vowel: ['да', 'де'],
		voiced: ['да', 'де'],
		nasal: ['да', 'де'],
		voiceless: ['та', 'те']
	},
	genitive: {
		vowel: ['ның', 'нің'],
		voiced: ['дың', 'дің'],
		nasal: ['ның', 'нің'],
		voiceless: ['тың', 'тің']
	},
	accusative: {
		vowel: ['ны', 'ні'],
		voiced: ['ды', 'ді'],
		nasal: ['ды', 'ді'],
		voiceless: ['ты', 'ті']
	}
};

/** The ending of `kase` after a Kazakh word: ("алпыс", "ablative") → "тан". */
export function kkEndingAfter(word: string, kase: KkCase): string {
	const [back, front] = ENDINGS[kase][ending(word.toLowerCase())];
	return isFront(word.toLowerCase()) ? front : back;
}

/** The last word said aloud for a value: 60 → "алпыс", 1e9 → "миллиард". */
export function kkLastWord(value: number): string {
	const words = kkWords(value).trim().split(/\s+/);
	return words[words.length - 1] ?? '';
}

/** The ending of `kase` after a number in Kazakh, as hyphenated to its digits: 60 → "тан". */
export function kkEnding(value: number, kase: KkCase): string {
	return kkEndingAfter(kkLastWord(value), kase);
}

/** The ablative ending after a number ("60-тан астам", "80-нен жоғары"). */
export const kkAblative = (value: number) => kkEnding(value, 'ablative');
