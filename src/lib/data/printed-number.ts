import {
	readPrinted,
	type ChangeDirection,
	type ReaderBound,
	type ReaderLang,
	type ReaderUnit
} from './reader';

/** What a number as printed says on its own: the value, its unit and its hedge. */
export interface PrintedNumber {
	value: number;
	/** The unit the words name, or undefined when they name none (a plain count). */
	unit: Exclude<ReaderUnit, 'count'> | undefined;
	/** The bound the words state ("астам", "более", "more than"), or exact when none. */
	bound: ReaderBound;
	/** For a range ("5–7 млн", "от 25 до 30 млн тонн"): its high end. */
	max?: number;
	/** Whether the words state a change ("up 62%", "на 18,6 процента"), never a share of a whole. */
	change?: true;
	/** Which way the change went, when the words say. */
	direction?: ChangeDirection;
}

/**
 * Reads the number phrase as printed in an article in `lang` with the number reader, e.g.
 * "8,5 миллиард доллардан асқан", "более 8,5 млрд долларов", "more than $8.5bn".
 * Throws when the phrase holds no number.
 */
export function parsePrinted(printed: string, lang: ReaderLang = 'kk'): PrintedNumber {
	const read = readPrinted(lang, printed);
	if (!read || read.value === null) throw new Error(`"${printed}" holds no number`);
	return {
		value: read.value,
		unit: read.unit === 'count' ? undefined : read.unit,
		bound: read.bound,
		...(read.max !== undefined ? { max: read.max } : {}),
		...(read.change ? { change: true as const } : {}),
		...(read.direction ? { direction: read.direction } : {})
	};
}

/** The parts of a fact the printed words must agree with. */
export interface PrintedClaim {
	printed: string;
	value: number;
	unit: string;
	bound: string;
	/** The high end of a range. */
	max?: number | undefined;
}

/**
 * Where the printed words and the fact disagree, as the field at fault and the problem, or
 * undefined when they agree.
 */
export function printedProblem(
	fact: PrintedClaim,
	lang: ReaderLang
): { field: 'printed' | 'bound' | 'max'; problem: string } | undefined {
	const { printed, value, unit, bound, max } = fact;
	let parsed: PrintedNumber;
	try {
		parsed = parsePrinted(printed, lang);
	} catch (e) {
		return { field: 'printed', problem: (e as Error).message };
	}
	if (parsed.value !== value) {
		return {
			field: 'printed',
			problem: `"${printed}" reads as ${parsed.value}, but value is ${value}`
		};
	}
	if ((parsed.unit ?? 'count') !== unit) {
		const names = parsed.unit ?? 'none (a count)';
		return {
			field: 'printed',
			problem: `"${printed}" names the unit ${names}, but unit is ${unit}`
		};
	}
	if (parsed.bound !== bound) {
		return {
			field: 'bound',
			problem: `is ${bound}, but the words "${printed}" say ${parsed.bound}`
		};
	}
	if (parsed.max !== max) {
		return {
			field: 'max',
			problem:
				max === undefined
					? `is missing: "${printed}" reads up to ${parsed.max}`
					: parsed.max === undefined
						? `is ${max}, but "${printed}" gives no high end`
						: `"${printed}" reads up to ${parsed.max}, but max is ${max}`
		};
	}
	return undefined;
}
