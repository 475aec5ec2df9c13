// Pairing reads words through the shared text primitives (shared/text).
export { foldKey as fold, words as tokenize, type Word as Token } from '../text/index.js';
