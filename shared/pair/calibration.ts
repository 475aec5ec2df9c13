// Feature weights and the mapping from raw similarities to scores in [0, 1]. Tuned on the
// sample corpus (two true pairs, eight same-topic non-pairs) and synthetic checks in
// tests/pair; see docs/segmentation.md (pairing section) for the figures.
import type { TypeWeights } from './similarity.js';

/** Across languages: specific names, dates and numbers count most; cognate stems and common
 * words (titles such as "President", stems such as "presi") count little. */
export const CROSS_WEIGHTS: TypeWeights = {
  name: 1,
  title: 0.2,
  nameprefix: 0.3,
  num: 1.5,
  date: 1.5,
  month: 0.5,
  weekday: 0.3,
  term: 2,
  stem: 0.3,
  cstem: 0.1,
};

/** Within a language: rare words and word pairs, names and figures; everyday vocabulary little. */
export const LEXICAL_WEIGHTS: TypeWeights = {
  word: 1,
  cword: 0.3,
  pair: 1.5,
  cpair: 0.5,
  name: 1,
  title: 0.3,
  num: 1.5,
  date: 1.5,
};

/** Shared four-word phrases are strong evidence of two versions of one text. */
export const PHRASE_BOOST = 3;

/** Raw similarity at which a pair scores 0.5, and steepness, per kind. */
export const TRANSLATION_MIDPOINT = 0.12;
export const VERSION_MIDPOINT = 0.07;
export const STEEPNESS = 3;

/** Hill curve: 0 at 0, 0.5 at the midpoint, → 1; keeps the order of raw similarities. */
export function calibrate(raw: number, midpoint: number): number {
  if (raw <= 0) return 0;
  const r = Math.pow(raw / midpoint, STEEPNESS);
  return r / (1 + r);
}
