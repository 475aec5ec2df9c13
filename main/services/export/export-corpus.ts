// Writes the requested export formats of a BitextCorpus into a folder. Every file is streamed
// from a generator of string chunks through writeStreamedFile (temp + fsync + rename), so a
// cancelled or failed export never leaves a partial file; files finished before the failure stay.
import path from 'node:path';
import { cleanedDocumentChunks, cleanedDocumentPath, metaCsvChunks, metaJsonChunks } from '../../../shared/export/documents.js';
import { jsonlChunks } from '../../../shared/export/jsonl.js';
import { langTagOrUnd, primaryLanguage } from '../../../shared/export/lang-tag.js';
import { mosesChunks } from '../../../shared/export/moses.js';
import { noteText, type ExportNote, type LeftOutReason } from '../../../shared/export/notes.js';
import { reportChunks } from '../../../shared/export/report.js';
import { findingsCsvChunks } from '../../../shared/export/report-findings.js';
import {
  corpusSegments,
  planPairs,
  totalBeads,
  type ExportSegment,
  type SegmentSide,
  type SelectOptions,
  type SkippedPair,
} from '../../../shared/export/segments.js';
import { emptyRemoved } from '../../../shared/export/text-clean.js';
import { tmxChunks } from '../../../shared/export/tmx.js';
import { tsvChunks } from '../../../shared/export/tsv.js';
import {
  EXPORT_FORMATS,
  type BitextCorpus,
  type CorpusFinding,
  type ExportFormat,
  type ManyPolicy,
  type RemovedChars,
  type UiLanguage,
} from '../../../shared/export/types.js';
import { xliffChunks } from '../../../shared/export/xliff.js';
import { xliff12Chunks } from '../../../shared/export/xliff12.js';
import { ExportCancelled, writeStreamedFile } from './stream-file.js';

export interface ExportProgress {
  format: ExportFormat;
  /** Path relative to the output folder. */
  file: string;
  /** Beads scanned (bilingual formats) or documents written, of total, for this file. */
  done: number;
  total: number;
  /** This file's number (1-based) of all files. */
  step: number;
  steps: number;
}

export interface ExportOptions {
  formats?: readonly ExportFormat[];
  /** Export beads no editor confirmed (default false: confirmed beads only). */
  includeUnconfirmed?: boolean;
  /** With includeUnconfirmed: skip unconfirmed beads below this confidence. */
  minConfidence?: number;
  uiLanguage?: UiLanguage;
  signal?: { aborted: boolean };
  onProgress?: (p: ExportProgress) => void;
  /** Base name of the corpus files (default "corpus": corpus.tmx, corpus.en…). */
  baseName?: string;
  /** Beads of several sentences on a side: 'paragraph' (default), 'split' or 'omit'. */
  many?: ManyPolicy;
  /** BCP-47 tags to write (en-GB, fr-CA); default: the imported files' tags, else the corpus languages. */
  languages?: [string, string];
  /** TMX header segtype; default "paragraph" when n:m beads are exported as paragraphs (see tmx.ts). */
  tmxSegtype?: 'sentence' | 'paragraph';
}

export interface ExportedFile {
  format: ExportFormat;
  /** Relative to the output folder, '/'-separated. */
  path: string;
  bytes: number;
  /** Segment pairs (bilingual formats), documents (docs/meta), or undefined. */
  records?: number;
  /** Characters removed because the format cannot hold them. */
  removed?: RemovedChars;
}

export interface ExportSummary {
  outDir: string;
  files: ExportedFile[];
  /** Segment pairs in the bilingual exports (the TMX's, else the first bilingual file's count). */
  segments: number;
  beads: { total: number; confirmed: number };
  pairs: { exported: number; skipped: SkippedPair[] };
  documents: number;
  /** Total removed characters over all files. */
  removedChars: number;
  selection: string;
  /** Every pair not in the bilingual files, by its documents' file names (null: document gone), and why. */
  leftOut: LeftOutPair[];
  /** Files not written, and why (an XLIFF 2.1 with no unit cannot be valid). */
  notWritten?: Array<{ format: ExportFormat; path: string; reason: 'empty' }>;
  /** The language tags written. */
  languages?: [string, string];
}

export interface LeftOutPair {
  a: string | null;
  b: string | null;
  reason: LeftOutReason;
}

const BILINGUAL: ReadonlySet<ExportFormat> = new Set(['tmx', 'tsv', 'txt', 'xliff', 'xliff12', 'jsonl']);

/** The tags of the imported files when every pair that is not rejected came from files that agree on them. */
export function importedLanguages(corpus: BitextCorpus): [string, string] | null {
  let tags: [string, string] | null = null;
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const p of corpus.pairs) {
    if (p.status === 'rejected') continue;
    const imp = p.imported;
    if (!imp) return null;
    // Oriented like the corpus languages when the pair's first document is in the second language.
    const a = docs.get(p.a);
    const swap =
      a &&
      primaryLanguage(a.language) === primaryLanguage(corpus.languages[1]) &&
      primaryLanguage(corpus.languages[0]) !== primaryLanguage(corpus.languages[1]);
    const t: [string, string] = swap ? [imp.languages[1], imp.languages[0]] : imp.languages;
    if (tags && (tags[0].toLowerCase() !== t[0].toLowerCase() || tags[1].toLowerCase() !== t[1].toLowerCase())) return null;
    tags = t;
  }
  return tags;
}

function hasParagraphUnit(corpus: BitextCorpus, select: SelectOptions): boolean {
  for (const s of corpusSegments(corpus, select)) if (s.segtype === 'paragraph') return true;
  return false;
}

/** Findings overlapping a segment side, from a per-document index sorted by start. */
function findingsIndex(findings: readonly CorpusFinding[]): (side: SegmentSide) => CorpusFinding[] {
  const byDoc = new Map<string, CorpusFinding[]>();
  for (const f of findings) {
    const l = byDoc.get(f.docId) ?? [];
    l.push(f);
    byDoc.set(f.docId, l);
  }
  for (const l of byDoc.values()) l.sort((a, b) => a.start - b.start);
  return (side) => (byDoc.get(side.docId) ?? []).filter((f) => f.start < side.end && f.end > side.start);
}

interface Job {
  format: ExportFormat;
  file: string;
  total: number;
  kind: 'segments' | 'docs';
  removed?: RemovedChars;
  chunks: (count: (n: number) => void, progress: (done: number) => void) => Iterable<string>;
}

export function describeSelection(o: SelectOptions): string {
  if (!o.includeUnconfirmed) return 'confirmed beads only';
  return o.minConfidence ? `all beads with confidence >= ${o.minConfidence} (confirmed or not)` : 'all beads (confirmed or not)';
}

export async function exportCorpus(corpus: BitextCorpus, outDir: string, opts: ExportOptions = {}): Promise<ExportSummary> {
  const formats = [...new Set(opts.formats ?? EXPORT_FORMATS)];
  const select: SelectOptions = {
    includeUnconfirmed: opts.includeUnconfirmed ?? false,
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
    ...(opts.many ? { many: opts.many } : {}),
  };
  const base = opts.baseName ?? 'corpus';
  const [l1, l2] = (opts.languages ?? importedLanguages(corpus) ?? corpus.languages).map(langTagOrUnd) as [string, string];
  select.languages = [l1, l2];
  const beadsTotal = totalBeads(corpus, select.languages);
  const { plans, skipped } = planPairs(corpus, select.languages);
  // A paragraph unit anywhere: the header says so, for the tools that only read the header.
  const tmxSegtype = opts.tmxSegtype ?? (formats.includes('tmx') && select.many !== 'omit' && hasParagraphUnit(corpus, select) ? 'paragraph' : 'sentence');
  const anySegment = () => !corpusSegments(corpus, select).next().done;
  const notWritten: NonNullable<ExportSummary['notWritten']> = [];
  const selection = describeSelection(select);
  const ui = opts.uiLanguage ?? 'en';
  // Every pair left out, named by its documents' file names, then how beads were chosen.
  const docNames = new Map(corpus.documents.map((d) => [d.id, d.name]));
  const leftOut: LeftOutPair[] = [
    ...(corpus.notes ?? []).flatMap((n) => (n.kind === 'pairLeftOut' ? [{ a: n.a, b: n.b, reason: n.reason }] : [])),
    ...skipped.map((p) => ({ a: docNames.get(p.a) ?? null, b: docNames.get(p.b) ?? null, reason: p.reason })),
  ];
  const noteData: ExportNote[] = [
    ...(corpus.notes ?? []).filter((n) => n.kind !== 'pairLeftOut'),
    ...leftOut.map((l): ExportNote => ({ kind: 'pairLeftOut', ...l })),
    { kind: 'selection', includeUnconfirmed: select.includeUnconfirmed ?? false, ...(select.minConfidence ? { minConfidence: select.minConfidence } : {}) },
  ];
  const notes = noteData.map((n) => noteText(n, ui));

  // Counts segments as a format consumes them; progress by beads scanned.
  const segs = (count: (n: number) => void, progress: (d: number) => void): Iterable<ExportSegment> => {
    let n = 0;
    return (function* () {
      for (const s of corpusSegments(corpus, select, progress)) {
        n++;
        yield s;
      }
      count(n);
    })();
  };

  const jobs: Job[] = [];
  for (const f of formats) {
    if (f === 'tmx') {
      const removed = emptyRemoved();
      jobs.push({
        format: f,
        file: `${base}.tmx`,
        total: beadsTotal,
        kind: 'segments',
        removed,
        chunks: (c, p) =>
          tmxChunks(segs(c, p), {
            srcLang: l1,
            tgtLang: l2,
            createdAt: corpus.createdAt,
            notes,
            segtype: tmxSegtype,
            props: { 'x-corpus': corpus.name, 'x-selection': selection },
            removed,
            uiLanguage: ui,
          }),
      });
    } else if (f === 'tsv') {
      const removed = emptyRemoved();
      jobs.push({
        format: f,
        file: `${base}.tsv`,
        total: beadsTotal,
        kind: 'segments',
        removed,
        chunks: (c, p) => tsvChunks(segs(c, p), { srcLang: l1, tgtLang: l2, removed }),
      });
    } else if (f === 'txt') {
      for (const [side, lang] of [
        ['src', l1],
        ['tgt', l2],
      ] as const) {
        const removed = emptyRemoved();
        jobs.push({
          format: f,
          file: `${base}.${lang}`,
          total: beadsTotal,
          kind: 'segments',
          removed,
          chunks: (c, p) => mosesChunks(segs(c, p), side, removed),
        });
      }
    } else if (f === 'xliff') {
      const removed = emptyRemoved();
      // XLIFF 2 needs at least one unit per file: with nothing to export, no file (and we say so).
      if (!anySegment()) notWritten.push({ format: f, path: `${base}.xlf`, reason: 'empty' });
      else
        jobs.push({
          format: f,
          file: `${base}.xlf`,
          total: beadsTotal,
          kind: 'segments',
          removed,
          chunks: (c, p) => xliffChunks(segs(c, p), { srcLang: l1, tgtLang: l2, removed }),
        });
    } else if (f === 'xliff12') {
      const removed = emptyRemoved();
      const findingsFor = findingsIndex(corpus.findings);
      jobs.push({
        format: f,
        file: `${base}.xliff12.xlf`,
        total: beadsTotal,
        kind: 'segments',
        removed,
        chunks: (c, p) => xliff12Chunks(segs(c, p), { srcLang: l1, tgtLang: l2, removed, notes, findingsFor, uiLanguage: ui }),
      });
    } else if (f === 'jsonl') {
      jobs.push({ format: f, file: `${base}.jsonl`, total: beadsTotal, kind: 'segments', chunks: (c, p) => jsonlChunks(segs(c, p)) });
    } else if (f === 'docs') {
      const used = new Set<string>();
      for (const d of corpus.documents) {
        let rel = `documents/${cleanedDocumentPath(d)}`;
        // Two documents with the same relative path (imported twice): keep both.
        if (used.has(rel)) rel = rel.replace(/(\.[^./]+)?$/, `.${d.id}$1`);
        used.add(rel);
        jobs.push({
          format: f,
          file: rel,
          total: 1,
          kind: 'docs',
          chunks: (c, p) => {
            c(1);
            p(1);
            return cleanedDocumentChunks(d);
          },
        });
      }
    } else if (f === 'meta') {
      jobs.push({
        format: f,
        file: 'documents.json',
        total: corpus.documents.length,
        kind: 'docs',
        chunks: (c) => {
          c(corpus.documents.length);
          return metaJsonChunks(corpus.documents);
        },
      });
      jobs.push({
        format: f,
        file: 'documents.csv',
        total: corpus.documents.length,
        kind: 'docs',
        chunks: (c) => {
          c(corpus.documents.length);
          return metaCsvChunks(corpus.documents);
        },
      });
    }
  }
  // The report last: it can show how many segment pairs the other files hold.
  const wantReport = formats.includes('report');
  const steps = jobs.length + (wantReport ? 2 : 0);

  const files: ExportedFile[] = [];
  let segments: number | undefined;
  let step = 0;
  const run = async (job: Job) => {
    if (opts.signal?.aborted) throw new ExportCancelled();
    step++;
    let records: number | undefined;
    let last = -1;
    const progress = (done: number) => {
      // Throttled: at most every 1000 beads, plus the end.
      if (done - last < 1000 && done !== job.total) return;
      last = done;
      opts.onProgress?.({ format: job.format, file: job.file, done, total: job.total, step, steps });
    };
    opts.onProgress?.({ format: job.format, file: job.file, done: 0, total: job.total, step, steps });
    const target = path.join(outDir, ...job.file.split('/'));
    const { bytes } = await writeStreamedFile(
      target,
      job.chunks((n) => {
        records = n;
      }, progress),
      opts.signal ? { signal: opts.signal } : {},
    );
    progress(job.total);
    if (job.kind === 'segments' && records !== undefined && (segments === undefined || job.format === 'tmx')) segments = records;
    files.push({ format: job.format, path: job.file, bytes, ...(records !== undefined ? { records } : {}), ...(job.removed ? { removed: job.removed } : {}) });
  };
  for (const job of jobs) await run(job);
  if (wantReport) {
    await run({
      format: 'report',
      file: 'report.html',
      total: 1,
      kind: 'docs',
      chunks: (_c, p) => {
        p(1);
        return reportChunks({ ...corpus, notes: noteData }, { uiLanguage: ui, ...(segments !== undefined ? { exportedSegments: segments } : {}) });
      },
    });
    // The findings as a spreadsheet beside the page: sortable and filterable by severity, rule, document.
    await run({
      format: 'report',
      file: 'findings.csv',
      total: corpus.findings.length,
      kind: 'docs',
      chunks: (c) => {
        c(corpus.findings.length);
        return findingsCsvChunks(corpus, ui);
      },
    });
  }

  let confirmed = 0;
  for (const p of plans) for (const b of p.pair.beads) if (b.confirmed) confirmed++;
  return {
    outDir,
    files,
    segments: segments ?? 0,
    beads: { total: beadsTotal, confirmed },
    pairs: { exported: plans.length, skipped },
    documents: corpus.documents.length,
    removedChars: files.reduce((n, f) => n + (f.removed?.count ?? 0), 0),
    selection,
    leftOut,
    ...(notWritten.length ? { notWritten } : {}),
    languages: [l1, l2],
  };
}

export function isBilingualFormat(f: ExportFormat): boolean {
  return BILINGUAL.has(f);
}
