// Pure helpers of the Export view: which formats exist and in what order, what the choices turn into
// as an exportCorpus request, what the project holds before exporting (from the pairs' aligned
// counts), and how a result is grouped for display. No React, so tests run in Node.
import type { ApiInput, ExportResult, PairSummary } from '../../../shared/api/contract.js';
import type { ExportFormat, ManyPolicy } from '../../../shared/export/types.js';

/** Shown in this order: the bilingual files first, then documents, metadata and the report. */
export const FORMAT_ORDER: readonly ExportFormat[] = ['tmx', 'txt', 'tsv', 'xliff12', 'xliff', 'jsonl', 'docs', 'meta', 'report'];

/** Formats that hold bead pairs (confirmed-only / minimum confidence apply to them). */
export const BILINGUAL_FORMATS: ReadonlySet<ExportFormat> = new Set(['tmx', 'txt', 'tsv', 'xliff', 'xliff12', 'jsonl']);

/** The files each format writes (names are not translated: they are what appears on disk). */
export const FORMAT_FILES: Readonly<Record<ExportFormat, string>> = {
  tmx: 'corpus.tmx',
  txt: 'corpus.en, corpus.fr',
  tsv: 'corpus.tsv',
  xliff: 'corpus.xlf',
  xliff12: 'corpus.xliff12.xlf',
  jsonl: 'corpus.jsonl',
  docs: 'documents/<lang>/…',
  meta: 'documents.json, documents.csv',
  report: 'report.html',
};

export const DEFAULT_FORMATS: readonly ExportFormat[] = ['tmx', 'report'];

/** Default minimum confidence (percent) when unconfirmed beads are included. */
export const DEFAULT_MIN_CONFIDENCE = 50;

export interface ExportChoices {
  formats: readonly ExportFormat[];
  scope: 'confirmed' | 'all';
  /** Percent, as typed (0–100); only used with scope 'all'. */
  minConfidence: string;
  /** Beads of several sentences on a side (absent: one paragraph unit). */
  many?: ManyPolicy;
  /** Language tags to write, as typed; both empty: the imported files' tags, else the project's. */
  srcTag?: string;
  tgtTag?: string;
}

export const DEFAULT_CHOICES: ExportChoices = {
  formats: DEFAULT_FORMATS,
  scope: 'confirmed',
  minConfidence: String(DEFAULT_MIN_CONFIDENCE),
  many: 'paragraph',
  srcTag: '',
  tgtTag: '',
};

const TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/;

/** The two tags typed, [] when both are empty, or null when they are not two valid tags. */
export function chosenTags(c: ExportChoices): [string, string] | [] | null {
  const a = (c.srcTag ?? '').trim();
  const b = (c.tgtTag ?? '').trim();
  if (!a && !b) return [];
  return TAG.test(a) && TAG.test(b) ? [a, b] : null;
}

/** Adds or removes a format, keeping FORMAT_ORDER. */
export function toggleFormat(formats: readonly ExportFormat[], format: ExportFormat, on: boolean): ExportFormat[] {
  const set = new Set(formats);
  if (on) set.add(format);
  else set.delete(format);
  return FORMAT_ORDER.filter((f) => set.has(f));
}

/** "50", "50 %", "72,5" → 0.5, 0.5, 0.725; empty or out of 0–100 → null. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  if (!(n >= 0 && n <= 100)) return null;
  return Math.round(n * 10) / 1000;
}

export type ChoicesProblem = 'noFormat' | 'badConfidence' | 'badTags';

/** What stops an export, if anything. */
export function choicesProblem(c: ExportChoices): ChoicesProblem | null {
  if (c.formats.length === 0) return 'noFormat';
  if (c.scope === 'all' && parsePercent(c.minConfidence) === null) return 'badConfidence';
  if (chosenTags(c) === null) return 'badTags';
  return null;
}

/** The exportCorpus input for these choices, or null when they cannot be exported. */
export function exportRequest(c: ExportChoices): ApiInput<'exportCorpus'> | null {
  if (choicesProblem(c)) return null;
  const formats = FORMAT_ORDER.filter((f) => c.formats.includes(f));
  const tags = chosenTags(c);
  const extra = {
    ...(c.many && c.many !== 'paragraph' ? { many: c.many } : {}),
    ...(tags && tags.length === 2 ? { languages: tags } : {}),
  };
  if (c.scope === 'confirmed') return { formats, includeUnconfirmed: false, ...extra };
  const min = parsePercent(c.minConfidence)!;
  return min > 0 ? { formats, includeUnconfirmed: true, minConfidence: min, ...extra } : { formats, includeUnconfirmed: true, ...extra };
}

export interface ExportPreview {
  /** Translation pairs that feed the bilingual files (not rejected). */
  pairs: number;
  /** Of those, the ones aligned (beads known). */
  aligned: number;
  beads: number;
  confirmed: number;
  /** Beads with a sentence on both sides (the only ones the bilingual files can hold), and of those the confirmed ones. */
  linked: number;
  linkedConfirmed: number;
  /** Left out of the bilingual files: same-language version pairs and rejected pairs. */
  versionPairs: number;
  rejectedPairs: number;
}

/** What the bilingual files can hold, from the snapshot's pairs (before any export ran). */
export function previewExport(pairs: readonly PairSummary[]): ExportPreview {
  const p: ExportPreview = { pairs: 0, aligned: 0, beads: 0, confirmed: 0, linked: 0, linkedConfirmed: 0, versionPairs: 0, rejectedPairs: 0 };
  for (const pair of pairs) {
    if (pair.status === 'rejected') p.rejectedPairs++;
    else if (pair.kind === 'version') p.versionPairs++;
    else {
      p.pairs++;
      if (pair.aligned) {
        p.aligned++;
        p.beads += pair.aligned.beads;
        p.confirmed += pair.aligned.confirmed;
        // Older projects do not count the beads with both sides: every bead is then an upper bound.
        p.linked += pair.aligned.linked ?? pair.aligned.beads;
        p.linkedConfirmed += pair.aligned.linked !== undefined ? (pair.aligned.linkedConfirmed ?? 0) : pair.aligned.confirmed;
      }
    }
  }
  return p;
}

/** Why nothing can go into the bilingual files, or null when something can (or none is chosen). */
export type NoBeadsReason = 'noPairs' | 'notAligned' | 'noLinks' | 'noneConfirmed';

/**
 * What the summary says about the bilingual files: at most `count` beads (the same counts as the
 * list above it), or, when that is 0, why nothing will go in. The advice depends on the choices:
 * "include unconfirmed beads" only when they are not included already.
 */
export function beadsOutlook(c: ExportChoices, preview: ExportPreview): { count: number; reason: NoBeadsReason | null } {
  const count = c.scope === 'confirmed' ? preview.linkedConfirmed : preview.linked;
  if (count > 0) return { count, reason: null };
  if (preview.pairs === 0) return { count, reason: 'noPairs' };
  if (preview.aligned === 0) return { count, reason: 'notAligned' };
  if (preview.linked === 0) return { count, reason: 'noLinks' };
  return { count, reason: 'noneConfirmed' };
}

/** Would the chosen bilingual formats come out empty? */
export function expectsNoBeads(c: ExportChoices, preview: ExportPreview): boolean {
  const bilingual = c.formats.some((f) => BILINGUAL_FORMATS.has(f));
  if (!bilingual) return false;
  return beadsOutlook(c, preview).count === 0;
}

/** After an export with no segment pair: what to do, from the selection actually used. */
export type EmptyAdvice = 'confirmOrInclude' | 'confirmOrLower' | 'linkSentences';

export function emptyResultAdvice(result: Pick<ExportResult, 'selection'>): EmptyAdvice {
  const sel = result.selection;
  // Older servers do not say: the advice that holds whatever was chosen.
  if (!sel) return 'linkSentences';
  if (!sel.includeUnconfirmed) return 'confirmOrInclude';
  return sel.minConfidence ? 'confirmOrLower' : 'linkSentences';
}

type LeftOutReason = NonNullable<ExportResult['leftOut']>[number]['reason'];

/** The catalogue key (export.result.leftOutReason.*) of a left-out pair's reason. */
export function leftOutKey(reason: LeftOutReason): 'rejected' | 'version' | 'languages' | 'missingDocument' | 'noAlignment' {
  return reason === 'missing-document' ? 'missingDocument' : reason === 'no-alignment' ? 'noAlignment' : reason;
}

export type ResultFile = ExportResult['files'][number];

export interface ResultRow {
  format: ExportFormat;
  /** The file's path, or for cleaned documents the folder (`documents/`). */
  path: string;
  /** More than one file (cleaned documents): they are listed under the row. */
  files: ResultFile[];
  bytes: number;
  records: number | undefined;
  removedChars: number;
}

/** One row per file, except the cleaned documents: one row for the folder. In FORMAT_ORDER. */
export function resultRows(files: readonly ResultFile[]): ResultRow[] {
  const rows: ResultRow[] = [];
  const docs = files.filter((f) => f.format === 'docs');
  for (const format of FORMAT_ORDER) {
    if (format === 'docs') {
      if (docs.length > 0)
        rows.push({
          format,
          path: 'documents/',
          files: docs,
          bytes: docs.reduce((n, f) => n + f.bytes, 0),
          records: docs.length,
          removedChars: docs.reduce((n, f) => n + (f.removedChars ?? 0), 0),
        });
      continue;
    }
    for (const f of files)
      if (f.format === format) rows.push({ format, path: f.path, files: [f], bytes: f.bytes, records: f.records, removedChars: f.removedChars ?? 0 });
  }
  return rows;
}

/** Does the record count of this format count segment pairs (else documents)? */
export function countsSegments(format: ExportFormat): boolean {
  return BILINGUAL_FORMATS.has(format);
}

/** 812 → "812 bytes", 12_345 → "12.3 kB" / "12,3 ko" (SI units, as file managers on Linux and macOS show). */
export function formatBytes(lng: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(lng, { style: 'unit', unit: units[i], unitDisplay: i === 0 ? 'long' : 'short', maximumFractionDigits: i === 0 ? 0 : 1 }).format(
    value,
  );
}

/** Joins the output folder and a '/'-separated relative path with the folder's own separator. */
export function joinOutPath(outDir: string, rel: string): string {
  const sep = outDir.includes('\\') && !outDir.includes('/') ? '\\' : '/';
  const base = outDir.endsWith(sep) ? outDir.slice(0, -1) : outDir;
  return `${base}${sep}${rel.split('/').join(sep)}`;
}
