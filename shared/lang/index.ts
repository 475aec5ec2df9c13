// Public language-detection API (see docs/lang-detection.md).
export { detectLanguage, type DetectOptions, type LanguageGuess } from './detect.js';
export { detectDocument, detectSegmentsIn, type DocumentLanguage, type SegmentLanguage } from './segments.js';
