// Moses/OPUS plain parallel text: one file per language, line N of one translating line N of the
// other. Each segment is ONE line: line breaks and tabs inside become a space (toSingleLine also
// catches VT/FF/NEL/U+2028, which Python's splitlines treats as line ends). Both files are
// written from the same segment stream with the same skip rule, so their line counts match.
import { stripCodes } from './inline.js';
import type { ExportSegment } from './segments.js';
import { emptyRemoved, toSingleLine } from './text-clean.js';
import type { RemovedChars } from './types.js';

/** The pair of lines for a segment, or null when a side is empty once made single-line. */
export function singleLinePair(s: ExportSegment, srcRemoved: RemovedChars, tgtRemoved: RemovedChars): [string, string] | null {
  // Plain text has no markup: inline codes of imported files are left out.
  const src = toSingleLine(stripCodes(s.src.text), srcRemoved).trim();
  const tgt = toSingleLine(stripCodes(s.tgt.text), tgtRemoved).trim();
  return src && tgt ? [src, tgt] : null;
}

/** Lines of one side, LF-terminated, no BOM. `removed` counts this side's removed characters. */
export function* mosesChunks(segments: Iterable<ExportSegment>, side: 'src' | 'tgt', removed: RemovedChars): Generator<string> {
  const other = emptyRemoved();
  for (const s of segments) {
    const lines = side === 'src' ? singleLinePair(s, removed, other) : singleLinePair(s, other, removed);
    if (!lines) continue;
    yield (side === 'src' ? lines[0] : lines[1]) + '\n';
  }
}
