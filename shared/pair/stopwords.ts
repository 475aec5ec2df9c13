// Pairing's function words are the shared ones (shared/text).
export { FUNCTION_WORDS as STOPWORDS } from '../text/index.js';
