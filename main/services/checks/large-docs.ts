// Very large documents (megabytes of text in one file) are checked in bounded windows: memory is
// that of one window, not of the whole (a 49 MB text took 2.7 GB as one model), and the time
// budget is looked at between and within windows. Below LARGE_DOC_CHARS nothing changes.
import { CheckCancelled, runChecks } from '../../../shared/checks/engine.js';
import { hash53 } from '../../../shared/checks/util/hash.js';
import type { CheckContext, CorpusDoc, Finding } from '../../../shared/checks/types.js';
import { detectDocument, type DetectOptions, type DocumentLanguage } from '../../../shared/lang/index.js';

/** A document above this is checked in windows (about 330k words of prose). */
export const LARGE_DOC_CHARS = 2_000_000;
/** Window size: a window's model is a few hundred MB at most, and is built in well under a second. */
export const WINDOW_CHARS = 1_000_000;
/** Characters of a large document read to decide its language (spread over the document). */
export const LANGUAGE_SAMPLE_CHARS = 1_000_000;
const SAMPLE_PIECES = 16;

export interface Span {
  start: number;
  end: number;
}

/**
 * Cuts [0, text.length) into spans of at most `size`, each ending at a paragraph break (a blank
 * line, else a line break, else a space) in the second half of its span, so that sentences and
 * lines stay whole. A span with no break at all is cut at `size`.
 */
export function windowSpans(text: string, size: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const floor = start + Math.floor(size / 2);
      const cut = lastBreak(text, floor, end);
      if (cut > start) end = cut;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** The end of the last break in text[floor, end): blank line, line break, then space. */
function lastBreak(text: string, floor: number, end: number): number {
  const para = text.lastIndexOf('\n\n', end - 2);
  if (para >= floor) return para + 2;
  const line = text.lastIndexOf('\n', end - 1);
  if (line >= floor) return line + 1;
  const space = text.lastIndexOf(' ', end - 1);
  if (space >= floor) return space + 1;
  return -1;
}

/**
 * Up to `maxChars` of the text in SAMPLE_PIECES pieces spread evenly over it, each cut at
 * paragraph breaks (detection reads paragraphs), joined by blank lines. `pieces` gives where each
 * piece came from, to map offsets in the sample back to the text.
 */
export function spreadSample(text: string, maxChars = LANGUAGE_SAMPLE_CHARS): { text: string; pieces: Array<{ at: number; from: number; length: number }> } {
  if (text.length <= maxChars) return { text, pieces: [{ at: 0, from: 0, length: text.length }] };
  const piece = Math.floor(maxChars / SAMPLE_PIECES);
  const step = Math.floor(text.length / SAMPLE_PIECES);
  const parts: string[] = [];
  const pieces: Array<{ at: number; from: number; length: number }> = [];
  let at = 0;
  for (let k = 0; k < SAMPLE_PIECES; k++) {
    let from = k * step;
    if (k > 0) {
      // Start after a break near the nominal place (never in the middle of a paragraph if avoidable).
      const br = text.indexOf('\n', from);
      if (br >= 0 && br < from + piece / 2) from = br + 1;
    }
    let to = Math.min(text.length, from + piece);
    if (to < text.length) {
      const cut = lastBreak(text, from + Math.floor(piece / 2), to);
      if (cut > from) to = cut;
    }
    const s = text.slice(from, to).replace(/\s+$/u, '');
    if (!s) continue;
    if (parts.length) at += 2;
    pieces.push({ at, from, length: s.length });
    parts.push(s);
    at += s.length;
  }
  return { text: parts.join('\n\n'), pieces };
}

export interface LargeDocOptions {
  context: Omit<CheckContext, 'docs' | 'partners'>;
  /** The user's cancel. */
  signal?: { aborted: boolean } | undefined;
  /** When the document's budget ends (on the `now` scale); Infinity: none. */
  deadline: number;
  /** The clock the deadline is read on (Date.now; tests stop the budget at a chosen point). */
  now?: () => number;
  windowChars?: number;
  onError?: (event: string, data: Record<string, unknown>) => void;
  /** Fraction of this document done, 0..1. */
  onProgress?: (fraction: number) => void;
}

/** What a large document's check gave: the findings of the windows checked to the end. */
export interface LargeDocResult {
  findings: Finding[];
  /** Characters from the start of the document whose windows were checked to the end. */
  checkedChars: number;
  /** False when the deadline stopped it: the findings cover [0, checkedChars) only. */
  complete: boolean;
}

/**
 * Checks one large document alone, window by window, as the engine checks a document: the same
 * rules, findings in document offsets, ids anchored in the window (made unique over the
 * document). Evidence that spans windows (a line repeated in two windows, a name introduced in
 * an earlier window) is not seen. When the deadline passes, the windows checked to the end keep
 * their findings (a window stopped midway gives none) and the result says where it stopped;
 * throws CheckCancelled on the user's cancel.
 */
export function checkLargeDocument(doc: CorpusDoc, opts: LargeDocOptions): LargeDocResult {
  const user = opts.signal;
  const deadline = opts.deadline;
  const now = opts.now ?? Date.now;
  const signal = {
    get aborted() {
      return Boolean(user?.aborted) || now() > deadline;
    },
  };
  const spans = windowSpans(doc.text, opts.windowChars ?? WINDOW_CHARS);
  const out: Finding[] = [];
  const seenIds = new Map<string, number>();
  let checkedChars = 0;
  const stopped = (): LargeDocResult => ({ findings: out, checkedChars, complete: false });
  for (let k = 0; k < spans.length; k++) {
    if (user?.aborted) throw new CheckCancelled();
    if (now() > deadline) return stopped();
    const { start, end } = spans[k]!;
    const window: CorpusDoc = { ...doc, text: doc.text.slice(start, end) };
    let found: Finding[];
    try {
      found = runChecks(
        { ...opts.context, docs: [window] },
        {
          signal,
          ...(opts.onError ? { onError: opts.onError } : {}),
          ...(opts.onProgress ? { onProgress: (done: number, total: number) => opts.onProgress!((k + done / Math.max(1, total)) / spans.length) } : {}),
        },
      );
    } catch (e) {
      if (!(e instanceof CheckCancelled)) throw e;
      if (user?.aborted) throw e;
      return stopped();
    }
    for (const f of found) {
      f.start += start;
      f.end += start;
      // The same words around the same finding in two windows: number the later ones, as the
      // engine numbers repeated occurrences within one text.
      const n = seenIds.get(f.id) ?? 0;
      seenIds.set(f.id, n + 1);
      if (n > 0) f.id = `f_${hash53(`${f.id}\u0000${n}`)}`;
      out.push(f);
    }
    checkedChars = end;
  }
  return { findings: out, checkedChars, complete: true };
}

/**
 * Language of a large document, read from a spread sample (detectDocument on megabytes builds
 * evidence for every paragraph): the document's language and confidence come from the sample, and
 * the segments are those of the sampled paragraphs, at their places in the document.
 */
export function detectLarge(text: string, opts: DetectOptions = {}): DocumentLanguage {
  const sample = spreadSample(text);
  const det = detectDocument(sample.text, opts);
  const segments: DocumentLanguage['segments'] = [];
  let p = 0;
  for (const s of det.segments) {
    while (p < sample.pieces.length && s.start >= sample.pieces[p]!.at + sample.pieces[p]!.length) p++;
    const piece = sample.pieces[p];
    if (!piece || s.start < piece.at || s.end > piece.at + piece.length) continue;
    const shift = piece.from - piece.at;
    segments.push({ ...s, start: s.start + shift, end: s.end + shift });
  }
  return { ...det, segments };
}

/** Sentences of a large text, counted window by window (the spans of a whole split are not kept). */
export function countSentences(text: string, lang: string, split: (text: string, lang: string) => unknown[]): number {
  if (text.length <= LARGE_DOC_CHARS) return split(text, lang).length;
  let n = 0;
  for (const w of windowSpans(text, WINDOW_CHARS)) n += split(text.slice(w.start, w.end), lang).length;
  return n;
}
