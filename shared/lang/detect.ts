// Language of one text. English and French are decided by our own evidence
// (en-fr-evidence.ts), which is fast and strong on short text; franc is consulted only
// when the text may be in another language, or when the caller asks for other languages.
import { enFrConfidence, otherConfidence } from './calibration.js';
import { primaryTag } from './codes.js';
import { scoreEnFr, type EnFrEvidence } from './en-fr-evidence.js';
import { francView } from './franc-guess.js';

export interface LanguageGuess {
  language: string;
  confidence: number;
}
export interface DetectOptions {
  /** Languages to choose from (BCP-47 primary tags); default ['en', 'fr']. */
  languages?: string[];
  /** A language the caller believes likely (e.g. the document's); tips close calls. */
  prior?: string;
  /** Share of a whole document's detection done, 0..1 (detectDocument; a large file takes seconds). */
  onProgress?: (fraction: number) => void;
}

export const DEFAULT_LANGUAGES = ['en', 'fr'];
/** Log-odds added for the `prior` language: about 4:1, enough to settle a name or a cognate. */
export const PRIOR_LOG_ODDS = 1.4;
/** Below this many letters franc cannot tell languages apart, so it is not asked. */
export const FRANC_MIN_LETTERS = 20;
/** franc must put en/fr at least this far behind its top language to call the text foreign. */
export const OTHER_MIN_GAP = 0.03;
/** Foreign function words per word from which the text may be in another language. */
const FOREIGN_HINT_SHARE = 0.1;
/** Mean per-character surprise (nats) of unlisted words above which words look foreign. */
const SURPRISE_LIMIT = 3.2;
/** Share of frequent en/fr words below which a text of several words looks foreign. */
const KNOWN_SHARE_MIN = 0.3;
/** Evidence per word (|llr| / words) below which en/fr evidence is too mixed to trust. */
const CONSISTENCY_MIN = 2.5;
/** Evidence per word above which the text is en/fr whatever franc says. */
const TRUSTED_CONSISTENCY = 3.5;
const UND: LanguageGuess = { language: 'und', confidence: 0 };
/** Fewer words than this make a short text (a title, a salutation, a caption). */
export const SHORT_WORDS = 5;
/** Below this confidence a short text is `und` when both en and fr are possible. */
const SHORT_MIN_CONFIDENCE = 0.6;

/** Whether the text shows signs of not being English or French. */
export function mayBeOtherLanguage(ev: EnFrEvidence): boolean {
  if (ev.letters < FRANC_MIN_LETTERS) return false;
  if (ev.foreignHints >= ev.words * FOREIGN_HINT_SHARE) return ev.foreignHints > 0;
  if (ev.unlisted >= 4 && ev.surprise / ev.unlisted > SURPRISE_LIMIT) return true;
  if (ev.words >= 4 && ev.known < ev.words * KNOWN_SHARE_MIN) return true;
  return Math.abs(ev.llr) < ev.words * CONSISTENCY_MIN;
}

/**
 * Whether our own evidence leaves room for franc's other-language answer. Text whose
 * every word reads as one of en/fr is kept even when franc disagrees: franc is unreliable
 * on short sentences and takes English dialogue for Scots, Haitian or Sotho.
 */
function otherLanguagePlausible(ev: EnFrEvidence): boolean {
  return (
    ev.foreignHints >= Math.max(1, ev.words * FOREIGN_HINT_SHARE) || ev.known < ev.words * KNOWN_SHARE_MIN || Math.abs(ev.llr) < ev.words * TRUSTED_CONSISTENCY
  );
}

/**
 * Decide from precomputed evidence (shared with the segment code, which scores once).
 * `checkOther` overrides the test for another language (the document code decides it
 * from its segments, where one summed text would hide a foreign majority or invent one).
 */
export function decide(text: string, ev: EnFrEvidence, opts: DetectOptions = {}, checkOther?: boolean): LanguageGuess {
  if (ev.words === 0) return UND;
  const languages = (opts.languages ?? DEFAULT_LANGUAGES).map(primaryTag);
  const wantsEn = languages.includes('en');
  const wantsFr = languages.includes('fr');
  const others = languages.filter((l) => l !== 'en' && l !== 'fr');

  if (others.length > 0 || (checkOther ?? mayBeOtherLanguage(ev))) {
    if (ev.letters >= FRANC_MIN_LETTERS) {
      const view = francView(text);
      // Many foreign function words make franc's lead, however thin, enough.
      const minGap = ev.foreignHints >= Math.max(2, ev.words * 2 * FOREIGN_HINT_SHARE) ? 0 : OTHER_MIN_GAP;
      // On a few words franc's lead means little ("Merci Monsieur Poettering." is not Norwegian):
      // without a foreign function word, a short text stays with the en/fr evidence.
      const tooShort = ev.words < SHORT_WORDS && ev.foreignHints === 0 && !others.includes(view.top);
      if (
        !tooShort &&
        view.top !== 'und' &&
        view.top !== 'en' &&
        view.top !== 'fr' &&
        view.enFrGap > minGap - 1e-9 &&
        (others.includes(view.top) || checkOther === true || otherLanguagePlausible(ev))
      ) {
        return { language: view.top, confidence: round(otherConfidence(view.enFrGap)) };
      }
    } else if (!wantsEn && !wantsFr) {
      return UND;
    }
  }
  if (!wantsEn && !wantsFr) {
    // Only other languages were asked for and franc did not find one clearly.
    if (ev.letters < FRANC_MIN_LETTERS) return UND;
    const view = francView(text, languages);
    return view.top === 'und' ? UND : { language: view.top, confidence: 0.5 };
  }

  let llr = ev.llr;
  const prior = opts.prior ? primaryTag(opts.prior) : undefined;
  if (prior === 'en') llr += PRIOR_LOG_ODDS;
  else if (prior === 'fr') llr -= PRIOR_LOG_ODDS;
  if (wantsEn && !wantsFr) return { language: 'en', confidence: round(enFrConfidence(Math.max(llr, 0))) };
  if (wantsFr && !wantsEn) return { language: 'fr', confidence: round(enFrConfidence(Math.max(-llr, 0))) };
  if (Math.abs(llr) < 1e-9) return UND;
  const confidence = round(enFrConfidence(Math.abs(llr)));
  // A short text with weak evidence: say so rather than guess.
  if (ev.words < SHORT_WORDS && confidence < SHORT_MIN_CONFIDENCE) return UND;
  return { language: llr > 0 ? 'en' : 'fr', confidence };
}

export function detectLanguage(text: string, opts: DetectOptions = {}): LanguageGuess {
  return decide(text, scoreEnFr(text), opts);
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
