// Text primitives shared by pairing, alignment, checks and language detection.
export { stripMarks, foldKey } from './fold.js';
export { FUNCTION_WORDS, isFunctionWord } from './function-words.js';
export { words, wordEnd, countWords, isSentenceStart, type Word } from './words.js';
export { isLetter, scanWords } from './scan.js';
