// JSON Lines: one bead per line with everything needed to trace it back — documents, languages,
// offsets in the ORIGINAL decoded text, confidence, confirmation and the text edits applied.
// JSON.stringify escapes control characters and lone surrogates, so text is kept exactly.
import { stripCodes } from './inline.js';
import type { ExportSegment, SegmentSide } from './segments.js';

function sideJson(s: SegmentSide) {
  return {
    doc: s.docId,
    name: s.docName,
    lang: s.lang,
    sentences: s.sentences,
    start: s.start,
    end: s.end,
    // Inline codes of imported files are left out of the text (offsets still address the original).
    text: stripCodes(s.text),
    edits: s.edits.map((e) => ({
      start: e.start,
      end: e.end,
      before: e.before,
      after: e.after,
      source: e.source,
      ...(e.findingId ? { finding: e.findingId } : {}),
    })),
  };
}

export function jsonlLine(s: ExportSegment): string {
  return (
    JSON.stringify({
      id: s.id,
      pair: s.pairId,
      bead: s.bead,
      confidence: s.confidence,
      confirmed: s.confirmed,
      origin: s.origin,
      edited: s.edited,
      segtype: s.segtype,
      ...(s.foreign?.id ? { foreignId: s.foreign.id } : {}),
      src: sideJson(s.src),
      tgt: sideJson(s.tgt),
    }) + '\n'
  );
}

export function* jsonlChunks(segments: Iterable<ExportSegment>): Generator<string> {
  for (const s of segments) yield jsonlLine(s);
}
