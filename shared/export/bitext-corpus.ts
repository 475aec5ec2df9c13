// An imported bilingual file as corpus parts: two documents (one segment a line) and a confirmed
// pair with one bead per segment, carrying the file's foreign unit data and inline codes. Used by
// `bitext clean` for .tmx/.tsv/.xlf inputs (the app stores the same through import-bitext.ts).
import { stripCodes } from './inline.js';
import type { ImportedBitext, ImportedSegment } from './imported.js';
import type { CorpusDocument, CorpusPair, ForeignUnit } from './types.js';

/** One segment a line: the line structure is the alignment. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** What another tool said about a unit (nothing for units our own exports wrote). */
export function foreignUnit(seg: ImportedSegment): ForeignUnit | null {
  const m = seg.meta;
  const u: ForeignUnit = {};
  const ownId = m.pairId !== undefined && m.bead !== undefined;
  if (m.id && !ownId) u.id = m.id;
  if (m.attrs) {
    const { tuid: _t, id: _i, ...rest } = m.attrs;
    if (Object.keys(rest).length) u.attrs = rest;
  }
  if (m.props?.length) u.props = m.props;
  if (m.notes.length) u.notes = m.notes;
  return Object.keys(u).length ? u : null;
}

export interface BitextLines {
  kept: Array<{ seg: ImportedSegment; src: string; tgt: string }>;
  warnings: string[];
}

/** Segments with text on both sides, as single lines; the others are named in warnings. */
export function bitextLines(bitext: ImportedBitext): BitextLines {
  const warnings: string[] = [];
  const kept: BitextLines['kept'] = [];
  bitext.segments.forEach((x, i) => {
    const src = oneLine(x.src);
    const tgt = oneLine(x.tgt);
    if (stripCodes(src).trim() && stripCodes(tgt).trim()) kept.push({ seg: x, src, tgt });
    else warnings.push(`segment ${i + 1}: one side is empty, skipped`);
  });
  return { kept, warnings };
}

/** Line spans of a text made of lines joined by "\n". */
export function lineSpans(t: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const line of t.split('\n')) {
    if (line.length) out.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return out;
}

export function bitextCorpusParts(
  bitext: ImportedBitext,
  o: { fileName: string; base: string; ids: [string, string]; pairId: string; languages?: [string, string] },
): { docs: [CorpusDocument, CorpusDocument]; pair: CorpusPair; warnings: string[] } {
  const { kept, warnings } = bitextLines(bitext);
  const languages = o.languages ?? [bitext.srcLang, bitext.tgtLang];
  const doc = (i: 0 | 1, lines: string[], codes: ImportedBitext['codes'] extends infer C ? C : never): CorpusDocument => {
    const text = lines.join('\n') + '\n';
    const lang = languages[i];
    return {
      id: o.ids[i],
      name: `${o.base}.${lang}.txt`,
      relPath: `${o.base}.${lang}.txt`,
      language: lang,
      detectedLanguage: lang,
      confidence: 1,
      override: null,
      reviewed: true,
      segmentMix: { [lang]: text.length },
      originalText: text,
      edits: [],
      ...((i === 0 ? codes?.src : codes?.tgt)?.length ? { codes: i === 0 ? codes!.src : codes!.tgt } : {}),
    };
  };
  const a = doc(
    0,
    kept.map((x) => x.src),
    bitext.codes,
  );
  const b = doc(
    1,
    kept.map((x) => x.tgt),
    bitext.codes,
  );
  const units: Record<number, ForeignUnit> = {};
  kept.forEach((x, i) => {
    const u = foreignUnit(x.seg);
    if (u) units[i] = u;
  });
  const pair: CorpusPair = {
    id: o.pairId,
    a: a.id,
    b: b.id,
    kind: languages[0].split('-')[0]!.toLowerCase() === languages[1].split('-')[0]!.toLowerCase() ? 'version' : 'translation',
    status: 'confirmed',
    score: 1,
    srcSentences: lineSpans(a.originalText),
    tgtSentences: lineSpans(b.originalText),
    beads: kept.map((x, i) => ({
      src: [i],
      tgt: [i],
      confidence: Math.min(1, Math.max(0, x.seg.meta.confidence ?? 1)),
      confirmed: x.seg.meta.confirmed ?? true,
      origin: x.seg.meta.origin ?? 'manual',
    })),
    imported: { file: o.fileName, format: bitext.format, languages, units },
  };
  return { docs: [a, b], pair, warnings };
}
