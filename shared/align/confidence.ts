// The one "high confidence" level, shared by the aligner, pairing and the pair view.

/** Links at or above this confidence are shown as high confidence: right at least 90% of the
 *  time on the news pairs (measured by `npm run eval:align`, see docs/benchmarks.md). */
export const HIGH_CONFIDENCE = 0.8;
