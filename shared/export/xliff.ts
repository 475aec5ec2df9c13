// XLIFF 2.1 writer for CAT tools. 2.1 keeps the 2.0 namespace and says version="2.1"; languages
// sit on the root (srcLang/trgLang). One <file> per document pair, one <unit> per bead with one
// <segment>; the editor's confirmation maps to the segment state (unconfirmed → translated,
// confirmed → reviewed). Provenance goes into the Metadata module (mda:), which the core schema
// allows at the start of <file> and <unit>.
import { xliff2Inline } from './inline-xml.js';
import type { ExportSegment } from './segments.js';
import { stripUnsafeChars } from './text-clean.js';
import type { RemovedChars } from './types.js';
import { xmlAttr, xmlText } from './xml-escape.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

export interface XliffOptions {
  srcLang: string;
  tgtLang: string;
  removed: RemovedChars;
}

function meta(entries: Array<[string, string]>, category: string, r: RemovedChars, indent: string): string {
  let out = `${indent}<mda:metadata>\n${indent}  <mda:metaGroup category="${category}">\n`;
  for (const [k, v] of entries) out += `${indent}    <mda:meta type="${k}">${xmlText(v, r)}</mda:meta>\n`;
  return out + `${indent}  </mda:metaGroup>\n${indent}</mda:metadata>\n`;
}

/** Another tool's notes on the unit (imported files), after the metadata as the schema orders them. */
function foreignNotes(s: ExportSegment, r: RemovedChars): string {
  const notes = s.foreign?.notes ?? [];
  if (!notes.length) return '';
  return '      <notes>\n' + notes.map((n) => `        <note>${xmlText(n, r)}</note>\n`).join('') + '      </notes>\n';
}

export function xliffState(s: Pick<ExportSegment, 'confirmed'>): 'translated' | 'reviewed' {
  return s.confirmed ? 'reviewed' : 'translated';
}

export function* xliffChunks(segments: Iterable<ExportSegment>, o: XliffOptions): Generator<string> {
  const r = o.removed;
  yield (
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.1"` +
    ` srcLang="${xmlAttr(o.srcLang, r)}" trgLang="${xmlAttr(o.tgtLang, r)}">\n`
  );
  let openPair: string | null = null;
  for (const s of segments) {
    const src = stripUnsafeChars(s.src.text, r);
    const tgt = stripUnsafeChars(s.tgt.text, r);
    if (!src.trim() || !tgt.trim()) continue;
    if (s.pairId !== openPair) {
      if (openPair !== null) yield '  </file>\n';
      openPair = s.pairId;
      // Pair ids (p_ + hex) are valid NMTOKENs, unique in the document as <file id> must be.
      yield (
        `  <file id="${xmlAttr(s.pairId, r)}" original="${xmlAttr(s.src.docName, r)}">\n` +
        meta(
          [
            ['source-document', s.src.docName],
            ['target-document', s.tgt.docName],
          ],
          'document-pair',
          r,
          '    ',
        )
      );
    }
    const data: Array<[string, string]> = [];
    const srcXml = xliff2Inline(src, s.src.codes, 's', data);
    const tgtXml = xliff2Inline(tgt, s.tgt.codes, 't', data);
    // Inline codes keep their native text in <originalData>, which comes before the segment.
    const original = data.length
      ? '      <originalData>\n' + data.map(([id, v]) => `        <data id="${id}">${xmlText(v, r)}</data>\n`).join('') + '      </originalData>\n'
      : '';
    yield (
      `    <unit id="b${s.bead}${s.part ? `-${s.part}` : ''}" name="${xmlAttr(s.id, r)}">\n` +
      meta(
        [
          ['confidence', String(s.confidence)],
          ['confirmed', String(s.confirmed)],
          ['edited', String(s.edited)],
          ['origin', s.origin],
          ['source-sentences', s.src.sentences.join(' ')],
          ['target-sentences', s.tgt.sentences.join(' ')],
          ['segtype', s.segtype],
        ],
        'alignment',
        r,
        '      ',
      ) +
      foreignNotes(s, r) +
      original +
      `      <segment id="s1" state="${xliffState(s)}">\n` +
      `        <source>${srcXml}</source>\n` +
      `        <target>${tgtXml}</target>\n` +
      '      </segment>\n    </unit>\n'
    );
  }
  if (openPair !== null) yield '  </file>\n';
  yield '</xliff>\n';
}
