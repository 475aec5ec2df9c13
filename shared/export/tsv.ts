// One TSV file with both languages and the provenance of each pair. Plain TSV without quoting
// (what MT tooling and `cut` expect): tabs and line breaks inside a cell become spaces, and cells
// are guarded against spreadsheet formula injection (cell.ts). tsv-read.ts reads it back.
import { guardCell } from './cell.js';
import { singleLinePair } from './moses.js';
import type { ExportSegment } from './segments.js';
import { emptyRemoved, toSingleLine } from './text-clean.js';
import type { RemovedChars } from './types.js';

/** Metadata columns after the two language columns, in order. */
export const TSV_META_COLUMNS = ['src_doc', 'tgt_doc', 'pair', 'bead', 'confidence', 'confirmed', 'edited', 'origin'] as const;

export function tsvHeader(srcLang: string, tgtLang: string): string {
  return [srcLang, tgtLang, ...TSV_META_COLUMNS].join('\t') + '\n';
}

export function* tsvChunks(segments: Iterable<ExportSegment>, o: { srcLang: string; tgtLang: string; removed: RemovedChars }): Generator<string> {
  yield tsvHeader(o.srcLang, o.tgtLang);
  const scratch = emptyRemoved();
  for (const s of segments) {
    const texts = singleLinePair(s, o.removed, o.removed);
    if (!texts) continue;
    const meta = [s.src.docName, s.tgt.docName, s.pairId, String(s.bead), String(s.confidence), String(s.confirmed), String(s.edited), s.origin];
    yield [...texts, ...meta.map((m) => toSingleLine(m, scratch))].map(guardCell).join('\t') + '\n';
  }
}
