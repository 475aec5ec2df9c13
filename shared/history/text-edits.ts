// Cleaned text is derived, never stored: the original decoded text plus the text edits in effect.
// Edit offsets refer to the original text, so edits never shift one another.
import type { TextEdit } from './records.js';

/**
 * The edits that apply to one document, in original-text order. When edits overlap, the later
 * one wins (it was made while looking at the earlier one's result, over the same span).
 */
export function effectiveEdits(edits: readonly TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const e of edits) {
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      const overlaps = e.start < k.end && k.start < e.end;
      const sameInsertPoint = e.start === e.end && k.start === k.end && e.start === k.start;
      if (overlaps || sameInsertPoint || (e.start <= k.start && k.end <= e.end && e.start !== e.end)) kept.splice(i, 1);
    }
    kept.push(e);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Applies effective (non-overlapping, sorted) edits to a range of the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[], from = 0, to = text.length): string {
  let out = '';
  let pos = from;
  for (const e of edits) {
    if (e.end < from || e.start > to) continue;
    // Only edits entirely inside the range change it.
    if (e.start < from || e.end > to) continue;
    out += text.slice(pos, e.start) + e.after;
    pos = e.end;
  }
  return out + text.slice(pos, to);
}
