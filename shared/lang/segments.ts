// Document language and per-segment languages. Each segment is scored once; the
// document's evidence is the sum (naive Bayes is additive), and the document's language
// is then the prior for its segments, so only clear evidence marks a segment foreign.
import { scoreEnFr, type EnFrEvidence } from './en-fr-evidence.js';
import { decide, mayBeOtherLanguage, SHORT_WORDS, type DetectOptions } from './detect.js';
import { paragraphRanges, type Range } from './paragraphs.js';

/** Structurally identical to SegmentLanguage in shared/api/contract.ts. */
export interface SegmentLanguage {
  start: number;
  end: number;
  language: string;
  confidence: number;
  inherited: boolean;
}
export interface DocumentLanguage {
  language: string;
  confidence: number;
  segments: SegmentLanguage[];
}

/** Segments with fewer words or letters than this are not judged: they take the document's language. */
export const MIN_SEGMENT_WORDS = 3;
export const MIN_SEGMENT_LETTERS = 12;
/** A segment may differ from its document only with at least this confidence. */
export const FOREIGN_SEGMENT_MIN_CONFIDENCE = 0.9;
const INHERITED_CONFIDENCE = 0.5;
/** franc (slow) sees at most this much of a document when the document itself looks foreign. */
const FRANC_SAMPLE = 2000;

function emptyEvidence(): EnFrEvidence {
  return { llr: 0, words: 0, letters: 0, known: 0, foreignHints: 0, surprise: 0, unlisted: 0 };
}

function addEvidence(total: EnFrEvidence, ev: EnFrEvidence): void {
  total.llr += ev.llr;
  total.words += ev.words;
  total.letters += ev.letters;
  total.known += ev.known;
  total.foreignHints += ev.foreignHints;
  total.surprise += ev.surprise;
  total.unlisted += ev.unlisted;
}

function judge(text: string, range: Range, ev: EnFrEvidence, doc: { language: string; confidence: number }, opts: DetectOptions): SegmentLanguage {
  const inherit = (): SegmentLanguage => ({ ...range, language: doc.language, confidence: doc.confidence, inherited: true });
  if (ev.words < MIN_SEGMENT_WORDS || ev.letters < MIN_SEGMENT_LETTERS) return inherit();
  // A few words none of which is a listed word (a byline, names): no language of its own.
  if (ev.words < SHORT_WORDS && ev.known === 0 && ev.foreignHints === 0) return inherit();
  const prior = doc.language === 'und' ? opts.prior : doc.language;
  const guess = decide(text.slice(range.start, range.end), ev, { ...opts, ...(prior ? { prior } : {}) });
  if (guess.language === 'und') return inherit();
  if (guess.language !== doc.language && guess.confidence < FOREIGN_SEGMENT_MIN_CONFIDENCE) return inherit();
  return { ...range, language: guess.language, confidence: guess.confidence, inherited: false };
}

/**
 * Languages of caller-chosen ranges (e.g. sentences) of a document whose language is known.
 * Inherited ranges get confidence 0.5: the caller's document confidence is not known here.
 */
export function detectSegmentsIn(text: string, ranges: { start: number; end: number }[], docLanguage: string, opts: DetectOptions = {}): SegmentLanguage[] {
  const doc = { language: docLanguage, confidence: INHERITED_CONFIDENCE };
  return ranges.map((r) => {
    const range = { start: r.start, end: r.end };
    return judge(text, range, scoreEnFr(text.slice(r.start, r.end)), doc, opts);
  });
}

/** Paragraphs between two progress reports of detectDocument. */
const PROGRESS_EVERY = 500;

export function detectDocument(text: string, opts: DetectOptions = {}): DocumentLanguage {
  const ranges = paragraphRanges(text);
  // Two passes over the paragraphs (scoring, then judging): each is half of the work told.
  const tell = (pass: number, i: number) => {
    if (opts.onProgress && i % PROGRESS_EVERY === 0 && i > 0) opts.onProgress((pass + i / ranges.length) / 2);
  };
  const evidence = ranges.map((r, i) => {
    tell(0, i);
    return scoreEnFr(text.slice(r.start, r.end));
  });
  const total = emptyEvidence();
  for (const ev of evidence) addEvidence(total, ev);
  // The document may be in another language when most of its letters are in segments
  // that look foreign; franc then reads those segments (not the whole, slow on megabytes).
  let suspectLetters = 0;
  const suspectText: string[] = [];
  let sampled = 0;
  evidence.forEach((ev, i) => {
    if (!mayBeOtherLanguage(ev)) return;
    suspectLetters += ev.letters;
    const r = ranges[i]!;
    if (sampled < FRANC_SAMPLE) {
      suspectText.push(text.slice(r.start, r.end));
      sampled += r.end - r.start;
    }
  });
  const foreignMajority = suspectLetters * 2 > total.letters;
  const docGuess = decide(foreignMajority ? suspectText.join('\n') : '', total, opts, foreignMajority);
  const segments = ranges.map((r, i) => {
    tell(1, i);
    return judge(text, r, evidence[i]!, docGuess, opts);
  });

  // A mixed document is less surely "its" language: scale by the share of judged letters that agree.
  let agree = 0;
  let judged = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.inherited) continue;
    judged += evidence[i]!.letters;
    if (s.language === docGuess.language) agree += evidence[i]!.letters;
  }
  const share = judged > 0 ? agree / judged : 1;
  const confidence = Math.round(docGuess.confidence * share * 1e4) / 1e4;
  for (const s of segments) if (s.inherited) s.confidence = confidence;
  return { language: docGuess.language, confidence, segments };
}
