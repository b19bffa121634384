import { describe, expect, it } from 'vitest';
import { makeFact } from '../../../tests/unit/factories';
import { checkText } from './inferences';

const fail = (problem: string): never => {
	throw new Error(problem);
};

describe('numbers in the texts that travel alone', () => {
	const inSentence = makeFact({
		sentence: 'Сынақ мәтінінде 2030 жылы екі ел арасындағы сауда 3 млрд долларға жетті.'
	});

	it('may show a number the fact’s own sentence prints, such as its year', () => {
		expect(() => checkText('Trade reached $3 bn in 2030', 'en', [inSentence], fail)).not.toThrow();
	});

	it('may not show one the sentence does not print, unless declared inferred', () => {
		expect(() => checkText('Trade reached $3 bn in 2031', 'en', [inSentence], fail)).toThrow(
			'shows 2031, which is no value of its facts and no declared inference ("inferred")'
		);
		expect(() => checkText('Trade reached $3 bn in 2030', 'en', [makeFact()], fail)).toThrow(
			'shows 2030'
		);
	});
});
