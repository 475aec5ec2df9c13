// The English/French evidence tables, built once on first use (parsing the n-gram data
// takes a few tens of milliseconds, which app start-up should not pay for).
import { buildCharModel, type CharModel } from './char-model.js';
import { EN_NGRAMS, FR_NGRAMS, NGRAM_COUNT_SCALE } from './data/char-ngrams.js';
import { EN_COMMON, FOREIGN_HINTS, FR_COMMON } from './data/common-words.js';

export interface LanguageLexicon {
  /** log P(word) for listed frequent words. */
  common: Map<string, number>;
  /** log of the probability mass left for words outside `common`. */
  logRest: number;
  chars: CharModel;
}

export interface Lexicons {
  en: LanguageLexicon;
  fr: LanguageLexicon;
  foreignHints: Set<string>;
}

// Zipf's law: the word of rank r has probability about ZIPF_A / (r + ZIPF_B).
const ZIPF_A = 0.07;
const ZIPF_B = 1.5;

function words(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase().replace(/’/g, "'"));
}

function buildLexicon(list: string, ngrams: readonly string[]): LanguageLexicon {
  const common = new Map<string, number>();
  let mass = 0;
  for (const w of words(list)) {
    if (common.has(w)) continue; // keep the first (most frequent) rank
    const p = ZIPF_A / (common.size + 1 + ZIPF_B);
    common.set(w, Math.log(p));
    mass += p;
  }
  return { common, logRest: Math.log(Math.max(1 - mass, 0.05)), chars: buildCharModel(ngrams, NGRAM_COUNT_SCALE) };
}

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  cached ??= {
    en: buildLexicon(EN_COMMON, EN_NGRAMS),
    fr: buildLexicon(FR_COMMON, FR_NGRAMS),
    foreignHints: new Set(words(FOREIGN_HINTS)),
  };
  return cached;
}
