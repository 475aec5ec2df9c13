// TMX 1.4b writer, checked against the official DTD (tmx14.dtd, see scripts/fetch-tmx-dtd.sh).
// The DTD fixes version="1.4" (not "1.4b"), requires the seven header attributes, and puts a
// tu's/tuv's props and notes BEFORE its tuvs/seg. One tu per segment pair; inline codes of
// imported files are written back (inline-xml.ts), and another tool's tuid, tu attributes, props
// and notes are carried through. Yields small string chunks: the caller streams them.
import { tmxDate } from './dates.js';
import { tmxInline } from './inline-xml.js';
import type { ExportSegment } from './segments.js';
import { CREATION_TOOL, CREATION_TOOL_VERSION, type RemovedChars, type UiLanguage } from './types.js';
import { REPORT_STRINGS } from './report-strings.js';
import { stripUnsafeChars } from './text-clean.js';
import { xmlAttr, xmlText } from './xml-escape.js';

export interface TmxOptions {
  srcLang: string;
  tgtLang: string;
  /** ISO 8601; written as the header's creationdate. */
  createdAt: string;
  /** Header notes (e.g. how beads were selected). */
  notes?: string[];
  /** Header props (type → value), type should start with "x-". */
  props?: Record<string, string>;
  /** Receives every character removed because XML cannot hold it. */
  removed: RemovedChars;
  /**
   * Header segtype (default "sentence"). "paragraph" tells CAT tools to re-segment every unit
   * with their own rules, which OmegaT needs to match units of several sentences: it reads the
   * header's segtype, not the unit's.
   */
  segtype?: 'sentence' | 'paragraph';
  /** Language of the notes we write (edits); default English. */
  uiLanguage?: UiLanguage;
}

/** Provenance props of a tu, in the order written; tmx-read maps them back. */
export function tuProps(s: ExportSegment): Array<[string, string]> {
  return [
    ['x-pair', s.pairId],
    ['x-bead', String(s.bead)],
    ['x-doc-src', s.src.docName],
    ['x-doc-tgt', s.tgt.docName],
    ['x-confidence', String(s.confidence)],
    ['x-confirmed', String(s.confirmed)],
    ['x-edited', String(s.edited)],
    ['x-origin', s.origin],
  ];
}

/** Human-readable list of the text edits behind a segment, for a tu note. */
export function editsNote(s: ExportSegment, lang: UiLanguage = 'en'): string | null {
  const all = [...s.src.edits, ...s.tgt.edits];
  if (!all.length) return null;
  const words = REPORT_STRINGS[lang];
  return `${words.note.edits}: ` + all.map((e) => `“${e.before}” → ${e.after === '' ? words.removed : `“${e.after}”`} (${e.source})`).join('; ');
}

/** Attributes the TMX DTD allows on <tu> (besides tuid and segtype, which we write ourselves). */
const TU_ATTRS = [
  'o-encoding',
  'datatype',
  'usagecount',
  'lastusagedate',
  'creationtool',
  'creationtoolversion',
  'creationdate',
  'creationid',
  'changedate',
  'changeid',
  'o-tmf',
  'srclang',
];

/** A tu's opening tag, foreign attributes included. */
function tuOpen(s: ExportSegment, r: RemovedChars): string {
  let a = ` tuid="${xmlAttr(s.foreign?.id && !s.part ? s.foreign.id : s.id, r)}"`;
  for (const k of TU_ATTRS) {
    const v = s.foreign?.attrs?.[k];
    if (v !== undefined) a += ` ${k}="${xmlAttr(v, r)}"`;
  }
  const segtype = s.segtype === 'paragraph' ? 'paragraph' : s.foreign?.attrs?.segtype;
  if (segtype) a += ` segtype="${xmlAttr(segtype, r)}"`;
  return `    <tu${a}>\n`;
}

export function* tmxChunks(segments: Iterable<ExportSegment>, o: TmxOptions): Generator<string> {
  const r = o.removed;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n';
  yield (
    `  <header creationtool="${xmlAttr(CREATION_TOOL, r)}" creationtoolversion="${xmlAttr(CREATION_TOOL_VERSION, r)}"` +
    ` segtype="${o.segtype ?? 'sentence'}" o-tmf="bitext-workbench" adminlang="en" srclang="${xmlAttr(o.srcLang, r)}" datatype="plaintext"` +
    ` o-encoding="UTF-8" creationdate="${tmxDate(o.createdAt)}">\n`
  );
  for (const n of o.notes ?? []) yield `    <note>${xmlText(n, r)}</note>\n`;
  for (const [k, v] of Object.entries(o.props ?? {})) yield `    <prop type="${xmlAttr(k, r)}">${xmlText(v, r)}</prop>\n`;
  yield '  </header>\n  <body>\n';
  for (const s of segments) {
    const src = stripUnsafeChars(s.src.text, r);
    const tgt = stripUnsafeChars(s.tgt.text, r);
    // A side made only of unsafe characters is empty: such a bead is no translation unit.
    if (!src.trim() || !tgt.trim()) continue;
    let tu = tuOpen(s, r);
    for (const n of s.foreign?.notes ?? []) tu += `      <note>${xmlText(n, r)}</note>\n`;
    const note = editsNote(s, o.uiLanguage);
    if (note) tu += `      <note>${xmlText(note, r)}</note>\n`;
    for (const [k, v] of s.foreign?.props ?? []) tu += `      <prop type="${xmlAttr(k, r)}">${xmlText(v, r)}</prop>\n`;
    for (const [k, v] of tuProps(s)) tu += `      <prop type="${k}">${xmlText(v, r)}</prop>\n`;
    tu += `      <tuv xml:lang="${xmlAttr(o.srcLang, r)}"><seg>${tmxInline(src, s.src.codes)}</seg></tuv>\n`;
    tu += `      <tuv xml:lang="${xmlAttr(o.tgtLang, r)}"><seg>${tmxInline(tgt, s.tgt.codes)}</seg></tuv>\n`;
    yield tu + '    </tu>\n';
  }
  yield '  </body>\n</tmx>\n';
}
