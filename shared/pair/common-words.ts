// Everyday vocabulary of news in English and French (accent-folded). Sharing "president" or
// "soutien" says little about two documents telling the same story, but a collection of a few
// documents is too small for IDF to learn that, so these words get a lower prior weight.
// The lists are the language detector's hand-written frequent-word lists.
import { EN_COMMON, FR_COMMON } from '../lang/data/common-words.js';
import { fold } from './text.js';

export const COMMON_WORDS: ReadonlySet<string> = new Set(`${EN_COMMON} ${FR_COMMON}`.split(/\s+/).filter(Boolean).map(fold));
