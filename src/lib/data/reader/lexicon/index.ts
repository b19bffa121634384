import type { ReaderLang } from '../types';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { Lexicon } from './types';

export type { Lexicon, KkCase, Words } from './types';

/** The words the reader knows, per language. */
export const LEXICONS: Record<ReaderLang, Lexicon> = { kk, ru, en };
