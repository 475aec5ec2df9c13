// Word diff of a bead in a same-language pair: the two sides' sentences are joined and compared
// with jsdiff, then the result is cut back into per-sentence runs so each sentence stays its own
// element (to focus, edit and label). Whitespace-only differences are not highlighted.
import { diffWordsWithSpace } from 'diff';
import { pushPiece, type Piece } from './text-pieces.js';

/** Beyond this many edits two texts are simply different; highlighting everything helps nobody. */
const MAX_EDIT_LENGTH = 400;
/** Below this share of common text, a bead's sides are rewrites, not versions: shown plain. */
const MIN_SHARED = 0.15;
/** A crossing link joins two single sentences: related ones share much more (calibrated on 000 ⇄ 001). */
const MIN_SHARED_LINKED = 0.3;
const JOIN = ' ';

export interface BeadDiff {
  src: Piece[][];
  tgt: Piece[][];
  /** False when the texts were too different to compare (shown plain). */
  compared: boolean;
}

const plain = (texts: readonly string[]): Piece[][] => texts.map((t) => (t ? [{ text: t, kind: 'same' }] : []));

/** Cuts runs laid over a joined text back into one list per sentence. */
function cut(runs: Piece[], texts: readonly string[]): Piece[][] {
  const out: Piece[][] = texts.map(() => []);
  // Sentence k covers [starts[k], starts[k] + texts[k].length) of the joined text.
  const starts: number[] = [];
  let pos = 0;
  for (const t of texts) {
    starts.push(pos);
    pos += t.length + JOIN.length;
  }
  let offset = 0;
  let k = 0;
  for (const run of runs) {
    let at = 0;
    while (at < run.text.length) {
      while (k < texts.length && offset + at >= starts[k]! + texts[k]!.length + JOIN.length) k++;
      if (k >= texts.length) break;
      const end = starts[k]! + texts[k]!.length;
      const abs = offset + at;
      if (abs >= end) {
        // The joining space between two sentences belongs to neither.
        at += 1;
        continue;
      }
      const take = Math.min(run.text.length - at, end - abs);
      pushPiece(out[k]!, run.text.slice(at, at + take), /^\s+$/.test(run.text.slice(at, at + take)) ? 'same' : run.kind);
      at += take;
    }
    offset += run.text.length;
  }
  return out;
}

/** Share of the non-space characters the two sides have in common (0..1). */
export function sharedRatio(changes: readonly { value: string; added: boolean; removed: boolean }[]): number {
  let same = 0;
  let total = 0;
  for (const c of changes) {
    const n = c.value.replace(/\s+/g, '').length;
    if (!c.added && !c.removed) {
      same += 2 * n;
      total += 2 * n;
    } else total += n;
  }
  return total === 0 ? 1 : same / total;
}

export function diffBead(srcTexts: readonly string[], tgtTexts: readonly string[]): BeadDiff {
  if (srcTexts.length === 0 || tgtTexts.length === 0) return { src: plain(srcTexts), tgt: plain(tgtTexts), compared: false };
  const changes = diffWordsWithSpace(srcTexts.join(JOIN), tgtTexts.join(JOIN), { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes || sharedRatio(changes) < MIN_SHARED) return { src: plain(srcTexts), tgt: plain(tgtTexts), compared: false };
  const srcRuns: Piece[] = [];
  const tgtRuns: Piece[] = [];
  for (const c of changes) {
    if (!c.added) pushPiece(srcRuns, c.value, c.removed ? 'removed' : 'same');
    if (!c.removed) pushPiece(tgtRuns, c.value, c.added ? 'added' : 'same');
  }
  return { src: cut(srcRuns, srcTexts), tgt: cut(tgtRuns, tgtTexts), compared: true };
}

/** One text showing both versions inline (for a crossing link's counterpart). */
export function unifiedDiff(from: string, to: string): Piece[] | null {
  const changes = diffWordsWithSpace(from, to, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes || sharedRatio(changes) < MIN_SHARED_LINKED) return null;
  const out: Piece[] = [];
  for (const c of changes) pushPiece(out, c.value, c.added ? 'added' : c.removed ? 'removed' : 'same');
  return out;
}
