// Cuts a document's text into the blocks the detail view renders: one per language segment, plus
// any text the segmentation did not cover (it keeps the document's language).
import type { DocumentDetail, SegmentLanguage } from '../../../shared/api/contract.js';

export interface TextBlock {
  /** Index into detail.segments, or -1 for uncovered text. */
  segmentIndex: number;
  start: number;
  end: number;
  text: string;
  /** BCP-47 code for the element's lang attribute. */
  language: string;
  segment: SegmentLanguage | null;
  /** A judged segment in a language other than the document's. */
  foreign: boolean;
}

export function isForeign(seg: SegmentLanguage, docLanguage: string): boolean {
  return !seg.inherited && seg.language !== docLanguage;
}

export function textBlocks(detail: DocumentDetail): TextBlock[] {
  const { text, segments, summary } = detail;
  const docLang = summary.language;
  const ordered = segments.map((segment, segmentIndex) => ({ segment, segmentIndex })).sort((a, b) => a.segment.start - b.segment.start);
  const blocks: TextBlock[] = [];
  let pos = 0;
  const gap = (end: number) => {
    const slice = text.slice(pos, end);
    if (slice.trim() !== '') blocks.push({ segmentIndex: -1, start: pos, end, text: slice.trim(), language: docLang, segment: null, foreign: false });
  };
  for (const { segment, segmentIndex } of ordered) {
    const start = Math.max(pos, Math.min(segment.start, text.length));
    const end = Math.max(start, Math.min(segment.end, text.length));
    gap(start);
    const slice = text.slice(start, end);
    if (slice.trim() !== '') {
      blocks.push({ segmentIndex, start, end, text: slice.trim(), language: segment.language, segment, foreign: isForeign(segment, docLang) });
    }
    pos = end;
  }
  gap(text.length);
  return blocks;
}
