import { splitSentences, type SrxRules } from '../../shared/segment/index.js';

/** Sentence texts only, for compact expectations. */
export function sentences(text: string, lang: string, rules?: SrxRules): string[] {
  return splitSentences(text, lang, rules).map((s) => s.text);
}
