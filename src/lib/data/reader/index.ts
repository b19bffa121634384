// The number reader: finds every number an article in Kazakh, Russian or English states, with
// its sentence, the words as printed, the value in base units, the unit and the bound.
export { readArticle, readPrinted, readSentence } from './read';
export { paragraphsOf, sentencesOf } from './sentences';
export * from './types';
