// Cleaned text = original text with edits applied. Checks run on the cleaned text, but edits are
// recorded in original coordinates: this maps positions between the two.
import type { TextEdit } from './records.js';

export interface OffsetMap {
  cleaned: string;
  /** Cleaned position → original position (inside a replacement: the edit's span edge). */
  toOriginal(pos: number, side: 'start' | 'end'): number;
  toCleaned(pos: number): number;
}

/** edits: effective (non-overlapping, sorted) edits of one document. */
export function buildOffsetMap(original: string, edits: readonly TextEdit[]): OffsetMap {
  // Segments: [cleanedStart, originalStart, length, isReplacement, originalEnd]
  const segs: Array<{ c: number; o: number; cl: number; ol: number; repl: boolean }> = [];
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    if (e.start > pos) {
      segs.push({ c: out.length, o: pos, cl: e.start - pos, ol: e.start - pos, repl: false });
      out += original.slice(pos, e.start);
    }
    segs.push({ c: out.length, o: e.start, cl: e.after.length, ol: e.end - e.start, repl: true });
    out += e.after;
    pos = e.end;
  }
  if (pos < original.length || segs.length === 0) {
    segs.push({ c: out.length, o: pos, cl: original.length - pos, ol: original.length - pos, repl: false });
    out += original.slice(pos);
  }
  const find = <K extends 'c' | 'o'>(key: K, p: number) => {
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]![key] <= p) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo]!;
  };
  return {
    cleaned: out,
    toOriginal(p, side) {
      let s = find('c', p);
      // A position at the boundary of an insertion/deletion belongs to the previous segment for ends.
      if (side === 'end' && p === s.c && p > 0) s = find('c', p - 1);
      if (!s.repl) return s.o + Math.min(p - s.c, s.ol);
      return side === 'start' ? s.o : s.o + s.ol;
    },
    toCleaned(p) {
      const s = find('o', p);
      if (!s.repl) return s.c + Math.min(p - s.o, s.cl);
      return p === s.o ? s.c : s.c + s.cl;
    },
  };
}
