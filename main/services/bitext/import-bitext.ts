// A bilingual file (TMX, TSV, XLIFF) becomes two documents (one segment a line), a pair and an
// alignment bead per segment, confirmed unless the file says otherwise. What the documents cannot
// hold (foreign ids, props, notes, dates, the inline codes behind the placeholders, the language
// tags) goes to imports/<pairId>.json (imported-store.ts) for the exports.
import path from 'node:path';
import { bitextLines, foreignUnit, lineSpans } from '../../../shared/export/bitext-corpus.js';
import { ImportFormatError, type ImportedBitext } from '../../../shared/export/imported.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import type { ForeignUnit } from '../../../shared/export/types.js';
import { writeImported } from './imported-store.js';
import { readBitextBytes, type BitextFileOptions } from './read-bitext.js';

export interface BitextImportDeps<R, P> {
  projectDir: string;
  /** Imports two documents (names + bytes); the report lists the imported ones in order. */
  importFiles(files: Array<{ name: string; bytes: Buffer }>): Promise<R>;
  textOf(docId: string): Promise<string>;
  createAligned(
    a: string,
    b: string,
    src: Span[],
    tgt: Span[],
    beads: Array<{ src: number[]; tgt: number[]; confidence: number; confirmed: boolean; origin: 'auto' | 'manual' }>,
  ): Promise<P>;
}

type Span = { start: number; end: number };

export interface BitextImportOutcome<R, P> {
  report: R;
  bitext: ImportedBitext & { encoding: string };
  pair: P | null;
  warnings: string[];
  languages: [string, string];
  segments: number;
}

export async function importBitextFile<R extends { imported: Array<{ id: string; language: string }> }, P extends { id: string }>(
  deps: BitextImportDeps<R, P>,
  name: string,
  bytes: Uint8Array,
  opts: BitextFileOptions = {},
): Promise<BitextImportOutcome<R, P>> {
  const bitext = readBitextBytes(bytes, name, opts);
  const lines = bitextLines(bitext);
  const kept = lines.kept;
  const warnings = [...bitext.warnings, ...lines.warnings];
  if (!kept.length) throw new NoSegmentsError(bitext.segments.length);
  const base = path.basename(name, path.extname(name));
  const srcText = kept.map((x) => x.src).join('\n') + '\n';
  const tgtText = kept.map((x) => x.tgt).join('\n') + '\n';
  const sameTags = bitext.srcLang.toLowerCase() === bitext.tgtLang.toLowerCase();
  const names = sameTags ? [`${base}.source.txt`, `${base}.target.txt`] : [`${base}.${bitext.srcLang}.txt`, `${base}.${bitext.tgtLang}.txt`];
  // Two identical sides (a same-language memory of unchanged units) would be one document:
  // the target is stored as UTF-16 so that its bytes, and so its identity, differ.
  const tgtBytes = srcText === tgtText ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tgtText, 'utf16le')]) : Buffer.from(tgtText, 'utf8');
  const report = await deps.importFiles([
    { name: names[0]!, bytes: Buffer.from(srcText, 'utf8') },
    { name: names[1]!, bytes: tgtBytes },
  ]);
  const languages: [string, string] = [
    bitext.srcLang === 'und' ? (report.imported[0]?.language ?? 'und') : bitext.srcLang,
    bitext.tgtLang === 'und' ? (report.imported[1]?.language ?? 'und') : bitext.tgtLang,
  ];
  if (report.imported.length !== 2) return { report, bitext, pair: null, warnings, languages, segments: kept.length };
  const a = report.imported[0]!;
  const b = report.imported[1]!;
  const [src, tgt] = await Promise.all([deps.textOf(a.id).then(lineSpans), deps.textOf(b.id).then(lineSpans)]);
  const beads = kept.map((x, i) => ({
    src: [i],
    tgt: [i],
    confidence: Math.min(1, Math.max(0, x.seg.meta.confidence ?? 1)),
    confirmed: x.seg.meta.confirmed ?? true,
    origin: x.seg.meta.origin ?? ('manual' as const),
  }));
  const pair = await deps.createAligned(a.id, b.id, src, tgt, beads);
  const units: Record<string, ForeignUnit> = {};
  kept.forEach((x, i) => {
    const u = foreignUnit(x.seg);
    if (u) units[String(i)] = u;
  });
  await writeImported(deps.projectDir, {
    version: 1,
    pairId: pair.id,
    file: path.basename(name),
    format: bitext.format,
    languages,
    units,
    codes: { [a.id]: bitext.codes?.src ?? [], [b.id]: bitext.codes?.tgt ?? [] },
  });
  return { report, bitext, pair, warnings, languages, segments: kept.length };
}

/** A reader's or importer's refusal as an API error (translated in the UI, English in the CLI). */
export function bitextApiError(e: unknown): WorkbenchError | null {
  if (e instanceof NoSegmentsError) return new WorkbenchError('import.bitextNoUnits', { units: e.units }, e.message);
  if (!(e instanceof ImportFormatError)) return null;
  const code = (
    {
      notXml: 'import.bitextNotXml',
      notBilingual: 'import.bitextNotBilingual',
      oneLanguage: 'import.bitextOneLanguage',
      unclosedQuote: 'import.bitextUnclosedQuote',
      columns: 'import.bitextColumns',
      noRows: 'import.bitextNoUnits',
    } as const
  )[e.problem];
  return new WorkbenchError(code, e.problem === 'noRows' ? { units: 0 } : e.params, e.message);
}

export class NoSegmentsError extends Error {
  override name = 'NoSegmentsError';
  constructor(readonly units: number) {
    super(units ? `none of the ${units} units has text on both sides` : 'the file holds no translation unit');
  }
}
