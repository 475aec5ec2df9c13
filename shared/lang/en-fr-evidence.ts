// Naive-Bayes evidence for English versus French: each word adds log P(word | en) −
// log P(word | fr), from the frequency lists when the word is listed, otherwise from
// the character models. Clitics and elision (l', qu', n't, 's) add fixed cues.
import { lexicons, type LanguageLexicon } from './lexicon.js';
import { scanWords } from './word-scanner.js';

export interface EnFrEvidence {
  /** Log-likelihood ratio in nats: > 0 favours English, < 0 French. */
  llr: number;
  /** Word tokens scored. */
  words: number;
  /** Letters in those tokens. */
  letters: number;
  /** Tokens that are frequent words of either language. */
  known: number;
  /** Tokens that are frequent function words of another language (und, los, della…). */
  foreignHints: number;
  /** Sum over unlisted tokens of per-character surprise (−log P / length) under the better model. */
  surprise: number;
  /** Number of unlisted tokens behind `surprise`. */
  unlisted: number;
}

// No single word may outweigh a few others: names and loanwords (José, café) would.
const WORD_CAP = 6;
const ELISION_CUE = -2.5;
// Capitalised words outside the frequency lists are mostly names, which belong to no
// language, yet the character models lean on them; they count for this much.
const NAME_WEIGHT = 0.25;
const CLITIC_CUE = 2.5;
// Listed words capitalised inside a sentence are mostly names shared by both languages
// ("Europe", "Paris", "Washington") or titles; they count for this much of their list score.
const CAPITALISED_LISTED_WEIGHT = 0.5;
// Single letters other than these words are initials or elided forms cut off by a space ("l' Europe").
const LETTER_WORDS = new Set(['a', 'i', 'y', 'à', 'o']);
// A French elision followed by a space ("l' Europe", "d' un"): MT and OCR debris, still French.
const DETACHED_ELISION = /(?<![\p{L}])(?:[ldjnsmtc]|qu|jusqu|lorsqu|puisqu)['’ʼ][ \u00a0]+(?=\p{L})/giu;
const FR_ELISIONS = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const EN_CLITICS = new Set(['s', 't', 're', 've', 'll', 'm', 'd']);
// Whole forms whose apostrophe is part of the word.
const APOSTROPHE_WORDS: Record<string, number> = { "aujourd'hui": -WORD_CAP, "o'clock": WORD_CAP };

interface WordScore {
  llr: number;
  known: boolean;
  surprise: number;
}

// Word scores repeat heavily in running text (Zipf), so a cache makes long documents cheap.
const cache = new Map<string, WordScore>();
const CACHE_LIMIT = 100_000;

function logProb(lex: LanguageLexicon, w: string): [number, boolean] {
  const listed = lex.common.get(w);
  if (listed !== undefined) return [listed, true];
  return [lex.logRest + lex.chars.logProb(w), false];
}

function scoreWord(w: string): WordScore {
  let s = cache.get(w);
  if (s) return s;
  const { en, fr } = lexicons();
  const [lpEn, knownEn] = logProb(en, w);
  const [lpFr, knownFr] = logProb(fr, w);
  const known = knownEn || knownFr;
  const llr = Math.max(-WORD_CAP, Math.min(WORD_CAP, lpEn - lpFr));
  const surprise = known ? 0 : -Math.max(lpEn - en.logRest, lpFr - fr.logRest) / (w.length + 1);
  s = { llr, known, surprise };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, s);
  return s;
}

export function scoreEnFr(text: string): EnFrEvidence {
  const { foreignHints } = lexicons();
  const ev: EnFrEvidence = { llr: 0, words: 0, letters: 0, known: 0, foreignHints: 0, surprise: 0, unlisted: 0 };
  const add = (w: string, capitalised: boolean, initial = true): void => {
    if (w.length === 1 && !LETTER_WORDS.has(w)) {
      ev.words++;
      ev.letters++;
      return;
    }
    const s = scoreWord(w);
    ev.llr += capitalised && !s.known ? s.llr * NAME_WEIGHT : capitalised && !initial ? s.llr * CAPITALISED_LISTED_WEIGHT : s.llr;
    ev.words++;
    ev.letters += w.length;
    if (s.known) ev.known++;
    else {
      ev.surprise += s.surprise;
      ev.unlisted++;
    }
    // ñ is Spanish (or Galician, Tagalog…), never English or French spelling.
    if (foreignHints.has(w) || w.includes('ñ')) ev.foreignHints++;
  };
  // Inverted marks open Spanish questions and exclamations.
  if (text.includes('¿') || text.includes('¡')) ev.foreignHints++;
  if (text.includes("'") || text.includes('’') || text.includes('ʼ')) {
    DETACHED_ELISION.lastIndex = 0;
    for (let m = DETACHED_ELISION.exec(text); m; m = DETACHED_ELISION.exec(text)) ev.llr += ELISION_CUE;
  }
  scanWords(text, (raw, hasApostrophe, start) => {
    const tok = raw.toLowerCase();
    const capitalised = raw.charCodeAt(0) !== tok.charCodeAt(0);
    if (!hasApostrophe) {
      add(tok, capitalised, capitalised && sentenceStart(text, start));
      return;
    }
    const norm = tok.replace(/[’ʼ]/g, "'");
    const whole = APOSTROPHE_WORDS[norm];
    if (whole !== undefined) {
      ev.llr += whole;
      ev.words++;
      ev.letters += norm.length - 1;
      ev.known++;
      return;
    }
    const parts = norm.split("'");
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (parts.length === 2 && FR_ELISIONS.has(first)) {
      ev.llr += ELISION_CUE;
      add(last, false);
    } else if (parts.length === 2 && EN_CLITICS.has(last) && (last !== 't' || first.endsWith('n'))) {
      ev.llr += CLITIC_CUE;
      add(first, capitalised);
    } else {
      for (const p of parts) add(p, capitalised);
    }
  });
  return ev;
}

/** Nothing but spaces, quotes or brackets between the text's start or a sentence end and pos. */
function sentenceStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '…') return true;
    if (!/[\s"“”«»'‘’(\[–—-]/u.test(c)) return false;
  }
  return true;
}
