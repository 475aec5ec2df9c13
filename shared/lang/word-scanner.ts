// The language detector reads words with the shared text primitives' scanner (shared/text).
export { isLetter, scanWords } from '../text/scan.js';
