// Maps raw evidence to a probability that the answer is right. The coefficients are
// fitted by `npx tsx scripts/eval-lang.ts --fit` (logistic regression on the tuning
// split: words, word pairs and sentences in English and French) and checked there by
// reliability bins; docs/lang-detection.md gives the figures.

/** P(correct) for an English/French call given |log-likelihood ratio| in nats. */
export const EN_FR_FIT = { a: 0.883, b: -0.1428 };
/** P(correct) for an other-language call given franc's gap to the best of en/fr. */
export const OTHER_FIT = { a: 5.8194, b: 0.7308 };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function enFrConfidence(absLlr: number): number {
  return sigmoid(EN_FR_FIT.a * absLlr + EN_FR_FIT.b);
}

export function otherConfidence(gap: number): number {
  return sigmoid(OTHER_FIT.a * gap + OTHER_FIT.b);
}
