// XLIFF 1.2 writer: what OmegaT, translate-toolkit, Okapi and most CAT tools in use read. One
// <file> per document pair, one <trans-unit> per bead (or per sentence link, see segments.ts
// `many`); the editor's confirmation is approved="yes" + state="final", else state="translated".
// Edits and check findings become <note>s; our provenance goes into a context-group with x-
// context types, which tools ignore and xliff-read.ts reads back. Valid against the OASIS
// xliff-core-1.2-strict schema (tests/export/xliff12-schema.test.ts). With no segment pair at all,
// one empty <file> keeps the document valid.
import { xliff12Inline } from './inline-xml.js';
import type { ExportSegment, SegmentSide } from './segments.js';
import { editsNote } from './tmx.js';
import { stripUnsafeChars } from './text-clean.js';
import { renderMessage } from '../checks/messages/index.js';
import { CREATION_TOOL, CREATION_TOOL_VERSION, type CorpusFinding, type RemovedChars, type UiLanguage } from './types.js';
import { REPORT_STRINGS } from './report-strings.js';
import { xmlAttr, xmlText } from './xml-escape.js';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

export interface Xliff12Options {
  srcLang: string;
  tgtLang: string;
  removed: RemovedChars;
  /** File-level notes (how beads were selected…). */
  notes?: string[];
  /** Language of the notes (findings' messages); default English. */
  uiLanguage?: UiLanguage;
  /** Findings on a side's range of its document, for notes. */
  findingsFor?: (side: SegmentSide) => readonly CorpusFinding[];
}

const PRIORITY: Record<CorpusFinding['severity'], number> = { error: 1, warning: 3, info: 5 };

function findingNote(f: CorpusFinding, annotates: 'source' | 'target', r: RemovedChars, lang: UiLanguage): string {
  // Worded in the export's language, like the QA report (same strings).
  const words = REPORT_STRINGS[lang];
  const status = f.status === 'open' ? '' : ` (${words.list.statusName[f.status]})`;
  const fix = f.suggestions[0] !== undefined ? ` → “${f.suggestions[0]}”` : '';
  return (
    `        <note from="${xmlAttr(f.rule, r)}" annotates="${annotates}" priority="${PRIORITY[f.severity]}">` +
    `${xmlText(`${words.severity[f.severity]}${status}: ${renderMessage(f.message, lang)} — “${f.text}”${fix}`, r)}</note>\n`
  );
}

function fileOpen(s: ExportSegment | null, o: Xliff12Options, r: RemovedChars): string {
  const original = s ? `${s.src.docName} | ${s.tgt.docName}` : 'empty';
  let out =
    `  <file original="${xmlAttr(original, r)}" source-language="${xmlAttr(o.srcLang, r)}" target-language="${xmlAttr(o.tgtLang, r)}"` +
    ` datatype="plaintext" tool-id="bitext-workbench">\n    <header>\n` +
    `      <tool tool-id="bitext-workbench" tool-name="${xmlAttr(CREATION_TOOL, r)}" tool-version="${xmlAttr(CREATION_TOOL_VERSION, r)}"/>\n`;
  for (const n of o.notes ?? []) out += `      <note>${xmlText(n, r)}</note>\n`;
  // The pair by its documents' file names (source ↔ target), never by its internal id.
  if (s) out += `      <note>${xmlText(`${s.src.docName} ↔ ${s.tgt.docName}`, r)}</note>\n`;
  return out + '    </header>\n    <body>\n';
}

/** Context-group names are unique in a file (schema key): one per unit, named after it. */
function context(unit: string, entries: Array<[string, string]>, r: RemovedChars): string {
  let out = `        <context-group name="x-bitext-${xmlAttr(unit, r)}" purpose="information">\n`;
  for (const [k, v] of entries) out += `          <context context-type="x-${k}">${xmlText(v, r)}</context>\n`;
  return out + '        </context-group>\n';
}

export function* xliff12Chunks(segments: Iterable<ExportSegment>, o: Xliff12Options): Generator<string> {
  const r = o.removed;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF12_NS}">\n`;
  let openPair: string | null = null;
  const ids = new Set<string>();
  for (const s of segments) {
    const src = stripUnsafeChars(s.src.text, r);
    const tgt = stripUnsafeChars(s.tgt.text, r);
    if (!src.trim() || !tgt.trim()) continue;
    if (s.pairId !== openPair) {
      if (openPair !== null) yield '    </body>\n  </file>\n';
      openPair = s.pairId;
      ids.clear();
      yield fileOpen(s, o, r);
    }
    // Unique within the file: the foreign id when it has one, else the bead (and part).
    let id = s.foreign?.id && !s.part ? s.foreign.id : `b${s.bead}${s.part ? `.${s.part}` : ''}`;
    if (ids.has(id)) id = `b${s.bead}${s.part ? `.${s.part}` : ''}`;
    ids.add(id);
    const state = s.confirmed ? 'final' : 'translated';
    let tu =
      `      <trans-unit id="${xmlAttr(id, r)}" resname="${xmlAttr(s.id, r)}" approved="${s.confirmed ? 'yes' : 'no'}" xml:space="preserve"` +
      `${s.segtype === 'paragraph' ? ' restype="x-paragraph"' : ''}>\n` +
      `        <source xml:lang="${xmlAttr(o.srcLang, r)}">${xliff12Inline(src, s.src.codes)}</source>\n` +
      `        <target xml:lang="${xmlAttr(o.tgtLang, r)}" state="${state}">${xliff12Inline(tgt, s.tgt.codes)}</target>\n`;
    tu += context(
      id,
      [
        ['pair', s.pairId],
        ['bead', String(s.bead)],
        ['doc-src', s.src.docName],
        ['doc-tgt', s.tgt.docName],
        ['confidence', String(s.confidence)],
        ['confirmed', String(s.confirmed)],
        ['edited', String(s.edited)],
        ['origin', s.origin],
        ...(s.foreign?.props ?? []).map(([k, v]) => [`prop-${k.replace(/^x-/, '')}`, v] as [string, string]),
        // Another tool's unit attributes (dates, users, counts) as it wrote them.
        ...Object.entries(s.foreign?.attrs ?? {}).map(([k, v]) => [`attr-${k}`, v] as [string, string]),
      ],
      r,
    );
    for (const n of s.foreign?.notes ?? []) tu += `        <note>${xmlText(n, r)}</note>\n`;
    const edits = editsNote(s, o.uiLanguage);
    if (edits) tu += `        <note from="bitext-workbench">${xmlText(edits, r)}</note>\n`;
    if (o.findingsFor) {
      for (const f of o.findingsFor(s.src)) tu += findingNote(f, 'source', r, o.uiLanguage ?? 'en');
      for (const f of o.findingsFor(s.tgt)) tu += findingNote(f, 'target', r, o.uiLanguage ?? 'en');
    }
    yield tu + '      </trans-unit>\n';
  }
  if (openPair === null) yield fileOpen(null, o, r);
  yield '    </body>\n  </file>\n</xliff>\n';
}
