// Public API of sentence segmentation: SRX rules (parse, serialise, built-in defaults) and
// splitSentences, which runs them.
import { DEFAULT_RULES } from './default-rules.js';
import { compiledFor, splitWith, type SentenceSpan } from './split.js';
import type { SrxRules } from './srx-types.js';

export type { SentenceSpan } from './split.js';
export type { SrxRules, SrxRule, SrxLanguageRule, SrxLanguageMap, SrxFormatHandle } from './srx-types.js';
export { parseSrx } from './srx-parse.js';
export { serializeSrx } from './srx-serialize.js';
export { DEFAULT_RULES, DEFAULT_SRX } from './default-rules.js';
export { srxWarnings } from './srx-engine.js';
export { SrxError } from './errors.js';

/**
 * Splits `text` into sentences with SRX `rules` (the built-in English/French rules by default)
 * for language `lang` (BCP 47 or POSIX code). Line breaks always end a sentence.
 * Throws SrxError if the rules cannot be compiled.
 */
export function splitSentences(text: string, lang: string, rules: SrxRules = DEFAULT_RULES): SentenceSpan[] {
  return splitWith(text, compiledFor(rules, lang));
}

/**
 * The language to segment a text with: a text too short or mixed to have a language ('und')
 * takes the English rules (or the caller's fallback), which suit most Latin-script text.
 */
export function segmentationLanguage(lang: string, fallback = 'en'): string {
  return lang === 'und' || lang === '' ? fallback : lang;
}
