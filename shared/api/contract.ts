// The one API contract. main/ implements it (services), and three fronts reach it:
// Electron IPC via the preload bridge, the loopback HTTP bridge, and the `bitext` CLI.
// Inputs are validated with these zod schemas at every boundary; outputs are plain data.
import { z } from 'zod';
import type { ApiError } from './errors.js';
import type { AlignedBead, CrossLink } from '../alignment/beads.js';
import type { GlossaryEntry } from '../checks/glossary/types.js';
import type { CheckProfile } from '../checks/profile.js';
import type { Finding } from '../checks/types.js';
import type { MessageRef } from '../checks/messages/ref.js';
import type { FindingStatus } from '../history/finding-status.js';
import { glossaryEntrySchema } from '../project/format.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/types.js';

/** BCP-47 primary language code (`en`, `fr`, `de`…) or `und`. */
export const languageCode = z.string().regex(/^(?:[a-z]{2,3}|und)$/, 'a lowercase ISO 639 code or "und"');
export type LanguageCode = string;

import { UI_LANGUAGES, type UiLanguage, type JobKind } from './ui-languages.js';
export { UI_LANGUAGES, JOB_KINDS, type UiLanguage, type JobKind } from './ui-languages.js';

const documentId = z.string().regex(/^d_[0-9a-f]{12,64}$/, 'a document id');
const pairId = z.string().regex(/^p_[0-9a-f]{8,64}$/, 'a pair id');
const beadIndex = z.number().int().min(0).max(10_000_000);
const side = z.enum(['src', 'tgt']);

/** The alignment editor's operations (see shared/alignment/operations.ts). */
export const alignmentOp = z.discriminatedUnion('type', [
  z.object({ type: z.literal('merge-next'), bead: beadIndex }).strict(),
  z.object({ type: z.literal('merge-prev'), bead: beadIndex }).strict(),
  z.object({ type: z.literal('merge-range'), from: beadIndex, to: beadIndex }).strict(),
  z.object({ type: z.literal('split'), bead: beadIndex, srcCount: z.number().int().min(0).optional(), tgtCount: z.number().int().min(0).optional() }).strict(),
  z.object({ type: z.literal('unlink'), bead: beadIndex }).strict(),
  z.object({ type: z.literal('detach'), bead: beadIndex, side }).strict(),
  z.object({ type: z.literal('move'), bead: beadIndex, side, dir: z.enum(['up', 'down']) }).strict(),
  z.object({ type: z.literal('confirm'), bead: beadIndex, confirmed: z.boolean() }).strict(),
  z.object({ type: z.literal('confirm-above'), bead: beadIndex }).strict(),
  z.object({ type: z.literal('cross-link'), src: beadIndex, tgt: beadIndex }).strict(),
]);
export type AlignmentOp = z.infer<typeof alignmentOp>;

const findingId = z.string().regex(/^f_[0-9a-f]{8,64}$/, 'a finding id');
const glossaryEntry = glossaryEntrySchema;

/** One segment's language (paragraph level). Offsets: UTF-16 code units of the decoded text. */
export interface SegmentLanguage {
  start: number;
  end: number;
  language: LanguageCode;
  confidence: number;
  /** True when the segment was too short to judge and took the document's language. */
  inherited: boolean;
}

export interface DocumentSummary {
  id: string;
  name: string;
  /** Path relative to the imported folder (or the bare name for single files). */
  relPath: string;
  format: 'txt' | 'md' | 'html' | 'docx';
  encoding: string;
  /** Language in effect: the override when set, else the detected one. */
  language: LanguageCode;
  detectedLanguage: LanguageCode;
  confidence: number;
  override: LanguageCode | null;
  reviewed: boolean;
  /** Characters per segment language, e.g. { en: 120, fr: 4300 }. */
  segmentMix: Record<string, number>;
  /** Segments whose language differs from the document's (not inherited ones). */
  foreignSegments: number;
  words: number;
  sentences: number;
  chars: number;
  importedAt: string;
}

export interface DocumentDetail {
  summary: DocumentSummary;
  text: string;
  segments: SegmentLanguage[];
}

export interface RejectedFile {
  name: string;
  error: ApiError;
  at: string;
}

export interface ImportReport {
  imported: DocumentSummary[];
  rejected: RejectedFile[];
}

export interface ProjectInfo {
  name: string;
  dir: string;
  formatVersion: number;
  languages: LanguageCode[];
  /** The languages as BCP-47 tags written by exports (en-GB, fr-CA); absent: none chosen, the bare codes. */
  languageTags?: [string, string];
  savedAt: string | null;
  /** Set when another process holds the project: this front can read it but not change it. */
  lockedBy?: { pid: number; host: string };
}

export interface Settings {
  uiLanguage: UiLanguage;
  recentProjects: string[];
}

export interface Snapshot {
  project: ProjectInfo;
  documents: DocumentSummary[];
  rejected: RejectedFile[];
  settings: Settings;
  capabilities: { nativeDialogs: boolean };
  pairs: PairSummary[];
  history: HistoryState;
}

export interface JobInfo {
  id: string;
  kind: JobKind;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Progress in the job's units; may be fractional (an import moves within a large file). */
  done: number;
  total: number;
  message?: string;
  error?: ApiError;
  /** A job made of steps (an import, then pair suggestions, then checks): the step under way. */
  stage?: { kind: JobKind; index: number; count: number };
}

/** What two documents share, shown with a pair's score (shared/pair pairDocuments). */
export interface PairEvidence {
  /** Shared names (folded), most specific first. */
  names: string[];
  /** Shared numbers and dates, normalised. */
  numbers: string[];
  /** Shared features in all. */
  shared: number;
  /** Sentences (both sides) the aligner linked with high confidence, of all sentences. */
  linkedSentences?: number;
  sentences?: number;
  /** Of linkedSentences, those whose links keep one order in both documents. */
  inOrder?: number;
  /** Same-language pairs: share of the better covered document's sentences in confident links. */
  coveredShare?: number;
  /** The pair's score over the best score either document has with another document. */
  standsOut?: number;
}

export interface PairSummary {
  id: string;
  a: string;
  b: string;
  aName: string;
  bName: string;
  score: number;
  kind: 'translation' | 'version';
  status: 'suggested' | 'confirmed' | 'rejected';
  origin: 'auto' | 'manual';
  /** Null until the pair has been aligned. */
  aligned: {
    beads: number;
    confirmed: number;
    alignedAt: string;
    /** Unconfirmed beads the aligner was unsure of (absent in older projects). */ doubtful?: number;
    /** Beads with a sentence on both sides, and of those the confirmed ones (absent in older projects). */ linked?: number;
    linkedConfirmed?: number;
  } | null;
  /** Why the pair was suggested (absent for pairs made by hand and older projects). */
  evidence?: PairEvidence;
  /** How the pair was aligned: one monotone chain (parallel) or links anywhere (comparable). */
  method?: 'parallel' | 'comparable';
}

export interface SentenceView {
  start: number;
  end: number;
  /** The sentence as it reads now (with the editor's edits). */
  text: string;
  edited: boolean;
}

export interface AlignmentSide {
  docId: string;
  name: string;
  language: LanguageCode;
  sentences: SentenceView[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface AlignmentView {
  pair: PairSummary;
  src: AlignmentSide;
  tgt: AlignmentSide;
  beads: AlignedBead[];
  crossLinks: CrossLink[];
  history: HistoryState;
}

/** A change to one pair's alignment: beads[start, start+deleteCount) replaced by insert. */
export interface AlignmentPatch {
  pairId: string;
  start: number;
  deleteCount: number;
  insert: AlignedBead[];
  crossLinks: CrossLink[];
  /** Sentences whose text changed (inline edits), by side and index. */
  sentences?: { side: 'src' | 'tgt'; index: number; sentence: SentenceView }[];
}

export interface EditResult {
  patch: AlignmentPatch | null;
  history: HistoryState;
}

export type { FindingStatus };

/**
 * A finding as the workflow shows it: the one Finding model (shared/checks/types.ts), offsets in
 * the document's ORIGINAL decoded text, plus what the editor did (shared/history/finding-status.ts).
 * Message and evidence are catalogue references: render them with renderMessage (shared/checks/messages).
 */
export interface FindingView extends Omit<Finding, 'evidence'> {
  docName: string;
  evidence: MessageRef[];
  status: FindingStatus;
  /** The replacement in effect when accepted or edited. */
  appliedText?: string;
  rejectReason?: string;
  /** Sentence around the finding (original text), for the list and the diff. */
  context: { before: string; after: string };
}

export interface FindingsState {
  checkedAt: string | null;
  findings: FindingView[];
  counts: Record<string, { open: number; total: number }>;
  /** Documents the checks have not seen yet (imported after the last run): their count is unknown, not 0. */
  unchecked?: string[];
  /**
   * Documents whose checks were stopped at the per-document time limit (error check.timeLimit with
   * these seconds): they have no findings, which does not mean clean. A very large document checked
   * in windows keeps the findings of its first `checkedChars` of `totalChars` (checked text): it is
   * partly checked.
   */
  timedOut?: Array<{ docId: string; seconds: number; checkedChars?: number; totalChars?: number }>;
}

/** Where else the same fix applies (for "Apply to all N", after a preview). */
export interface FixOccurrence {
  docId: string;
  docName: string;
  start: number;
  end: number;
  text: string;
  findingId: string | null;
  context: { before: string; after: string };
}

export interface FixResult {
  history: HistoryState;
  /** After a hand fix of one word: the same fix offered wherever else it occurs. */
  offer?: { from: string; to: string; occurrences: FixOccurrence[] };
}

/** The saved profile plus the catalogue of checks it configures. */
export interface CheckProfileView {
  profile: CheckProfile;
  rules: Array<{
    id: string;
    category: string;
    severity: 'error' | 'warning' | 'info';
    description: { en: string; fr: string };
    languages?: string[];
    defaults?: Record<string, number | string | boolean>;
  }>;
  /** Version of the checks' word lists and patterns in use ("…+profile" when the profile changes them). */
  dataVersion?: string;
}

/** Glossary entries are the check engine's model (shared/checks/glossary/types.ts). */
export type GlossaryEntryView = GlossaryEntry;

export interface ExportResult {
  /** Where the files are (a folder the editor chose, or the project's exports/ folder). */
  outDir: string;
  files: Array<{ format: ExportFormat; path: string; bytes: number; records?: number; removedChars?: number }>;
  segments: number;
  beads: { total: number; confirmed: number };
  pairs: { exported: number; skipped: number };
  documents: number;
  /** Characters XML or the format could not hold, removed and counted. */
  removedChars: number;
  /** Files not written because they would hold nothing valid (XLIFF 2.1 without units). */
  notWritten?: Array<{ format: ExportFormat; path: string; reason: 'empty' }>;
  /** Language tags written. */
  languages?: [string, string];
  /** Every pair not in the bilingual files: its documents' file names (null: document gone) and why. */
  leftOut?: Array<{ a: string | null; b: string | null; reason: 'rejected' | 'version' | 'languages' | 'missing-document' | 'no-alignment' }>;
  /** The bead selection actually used (advice after the export depends on it). */
  selection?: { includeUnconfirmed: boolean; minConfidence?: number };
}

/** A BCP-47 tag as the editor types it (en, en-GB, fr_CA); canonicalised by the export. */
const bitextLangTag = z
  .string()
  .regex(/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/)
  .max(35);

/** Corpus search: what to find, where (languages, original or cleaned text). */
const searchQuery = z
  .object({
    text: z.string().min(1).max(1000),
    regex: z.boolean(),
    wholeWord: z.boolean(),
    caseSensitive: z.boolean(),
  })
  .strict();
const searchWhere = {
  query: searchQuery,
  /** Documents in these languages only (empty or absent: every document). */
  languages: z.array(languageCode).max(20).optional(),
  textMode: z.enum(['original', 'cleaned']),
};

export type SearchInput = ApiInput<'searchCorpus'> & { docIds?: string[] };
export type ReplaceInput = ApiInput<'replaceInCorpus'>;

/** One place the search found: offsets in the searched text (original or cleaned) and in the original. */
export interface SearchHit {
  docId: string;
  docName: string;
  language: LanguageCode;
  start: number;
  end: number;
  origStart: number;
  origEnd: number;
  text: string;
  context: { before: string; after: string };
  /** False inside an earlier fix (replace would overwrite it): shown, not offered for replace. */
  replaceable: boolean;
  /** What replace would write here (regex groups expanded), when a replacement was given. */
  replacement?: string;
  /** The sentence aligned with this one in the document's pair, when the pair is aligned. */
  aligned: { pairId: string; docId: string; docName: string; language: LanguageCode; text: string } | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every match counted (hits may be fewer: see truncated). */
  total: number;
  truncated: boolean;
  /** Documents searched. */
  documents: number;
}

export interface ReplaceResult {
  replaced: number;
  /** Chosen places not replaced (the text there changed since the search, or inside an earlier fix). */
  skipped: number;
  history: HistoryState;
}

/** Events pushed from main to the UI (IPC send / HTTP server-sent events). */
export type WorkbenchEvent =
  | { type: 'job'; job: JobInfo }
  /**
   * The project was saved. `history`: the undo/redo state now (every window shows it). `structure`:
   * the documents list, refused files or project settings changed (import, removal, language tags),
   * which no named event below says: views read the snapshot again. Anything else is named below.
   */
  | { type: 'project-changed'; savedAt: string | null; history?: HistoryState; structure?: boolean }
  /**
   * Findings changed (checks ran, or an edit changed what is open). `docIds`: only the findings of
   * these documents changed (none: nothing to ask for); absent: any may have changed.
   */
  | { type: 'findings-changed'; docIds?: string[] }
  /**
   * One document changed: its summary (reviewed, language, encoding) when given, and `text: true`
   * when its cleaned text changed (a fix, an edit, undo/redo): views of other documents keep theirs.
   */
  | { type: 'document-changed'; id: string; summary?: DocumentSummary; text?: boolean }
  /** The pairs changed (suggested, confirmed, rejected, made): the list as it is now. */
  | { type: 'pairs-changed'; pairs: PairSummary[] }
  /** The glossary changed (from the Glossary view, a finding, an import). */
  | { type: 'glossary-changed' }
  /** An undo/redo or edit changed an alignment (so every open view can apply it). */
  | { type: 'alignment-changed'; patch: AlignmentPatch }
  /** A native-menu command the renderer carries out (e.g. open the keys overlay). */
  | { type: 'command'; command: 'show-keys' | 'about' };

// ---- Method table: name → input schema. Output types below in `ApiOutputs`. ----
const uploadFile = z.object({
  name: z.string().min(1).max(1024),
  /** Folder-relative path for folder uploads (webkitRelativePath); else the name. */
  relPath: z.string().max(4096).optional(),
  /** File bytes, base64. 70 MB of base64 ≈ the 50 MB import limit plus slack. */
  dataBase64: z.string().max(70 * 1024 * 1024),
});

export const apiInputs = {
  getSnapshot: z.object({}).strict(),
  getDocument: z.object({ id: documentId }).strict(),
  importUploads: z.object({ files: z.array(uploadFile).min(1).max(5000) }).strict(),
  /** Electron only: the main process shows the OS dialog; the renderer never names a path. */
  importWithDialog: z.object({ mode: z.enum(['files', 'folder']) }).strict(),
  /** Electron only: dropped files, paths obtained in preload via webUtils.getPathForFile; main re-checks them. */
  importDropped: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(5000) }).strict(),
  setLanguageOverride: z.object({ id: documentId, language: languageCode.nullable() }).strict(),
  setReviewed: z.object({ id: documentId, reviewed: z.boolean() }).strict(),
  setEncoding: z.object({ id: documentId, encoding: z.string().min(2).max(40) }).strict(),
  removeDocument: z.object({ id: documentId }).strict(),
  setUiLanguage: z.object({ language: z.enum(UI_LANGUAGES) }).strict(),
  listPairs: z.object({}).strict(),
  /** Scores every pair of documents again; the editor's confirmed/rejected/manual pairs are kept. */
  /** dictionary: the editor's bilingual dictionary, hunalign's text format ("target @ source" per
   *  line), used to check candidates by aligning them (the shipped EN–FR lexicon is used anyway). */
  suggestPairs: z.object({ dictionary: z.string().max(20_000_000).optional() }).strict(),
  setPairStatus: z.object({ pairId: pairId, status: z.enum(['suggested', 'confirmed', 'rejected']) }).strict(),
  createPair: z.object({ a: documentId, b: documentId }).strict(),
  /** The pair's alignment; aligned on first request. realign: align again (confirmed beads stay). */
  getAlignment: z.object({ pairId: pairId, realign: z.boolean().optional(), dictionary: z.string().max(20_000_000).optional() }).strict(),
  editAlignment: z.object({ pairId: pairId, op: alignmentOp }).strict(),
  /** Inline edit of one sentence's text; recorded as an edit of the document, the original stays. */
  editSentence: z.object({ pairId: pairId, side: z.enum(['src', 'tgt']), index: z.number().int().min(0), text: z.string().max(100_000) }).strict(),
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),
  /** Runs every enabled check over the corpus (a job), with the cleaned text and the glossary. */
  runChecks: z.object({}).strict(),
  /** `docIds`: the findings of these documents only (a view refetching what an event named). */
  getFindings: z.object({ docIds: z.array(documentId).max(10_000).optional() }).strict(),
  acceptFinding: z.object({ findingId, suggestion: z.number().int().min(0).max(50) }).strict(),
  /** A hand-written fix for a finding's span. */
  editFinding: z.object({ findingId, text: z.string().max(100_000) }).strict(),
  /** reason is kept so it is not raised again; ignorePattern: never raise this rule on this text again. */
  rejectFinding: z.object({ findingId, reason: z.string().max(500).optional(), ignorePattern: z.boolean().optional() }).strict(),
  reopenFinding: z.object({ findingId }).strict(),
  /** Where else the same fix (same text, same check) applies. */
  previewApplyToAll: z.object({ findingId, suggestion: z.number().int().min(0).max(50) }).strict(),
  applyToAll: z.object({ findingId, suggestion: z.number().int().min(0).max(50), findingIds: z.array(findingId).max(100_000) }).strict(),
  /** Replace a span of a document by hand (offsets in the original text). */
  fixText: z.object({ docId: documentId, start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().max(100_000) }).strict(),
  /** Apply one replacement at the given places (the "offer" after a hand fix). */
  applyFixAt: z
    .object({
      from: z.string().min(1).max(1000),
      to: z.string().max(1000),
      places: z.array(z.object({ docId: documentId, start: z.number().int().min(0), end: z.number().int().min(0) })).max(100_000),
    })
    .strict(),
  getCleanText: z.object({ id: documentId }).strict(),
  /** From a name-translation finding: the name goes into the glossary with its wrong variant. */
  addNameToGlossary: z.object({ findingId, name: z.string().min(1).max(200).optional() }).strict(),
  /** The check profile (enable/disable, severities, thresholds, house style) and every check's description. */
  getCheckProfile: z.object({}).strict(),
  setCheckProfile: z.object({ profile: z.unknown() }).strict(),
  getGlossary: z.object({}).strict(),
  setGlossary: z.object({ entries: z.array(glossaryEntry).max(100_000) }).strict(),
  importGlossary: z.object({ format: z.enum(['tbx', 'csv']), content: z.string().max(50 * 1024 * 1024) }).strict(),
  exportGlossary: z.object({ format: z.enum(['tbx', 'csv']) }).strict(),
  /** Writes the cleaned bilingual corpus (a job). Electron asks for a folder; elsewhere it goes to the project's exports/. */
  exportCorpus: z
    .object({
      formats: z.array(z.enum(EXPORT_FORMATS as unknown as [ExportFormat, ...ExportFormat[]])).min(1),
      includeUnconfirmed: z.boolean(),
      minConfidence: z.number().min(0).max(1).optional(),
      /** Beads of several sentences on a side: one paragraph unit (default), split into sentences, or left out. */
      many: z.enum(['paragraph', 'split', 'omit']).optional(),
      /** BCP-47 tags to write (en-GB, fr-CA); default: the imported files' tags, else the project's languages. */
      languages: z.tuple([bitextLangTag, bitextLangTag]).optional(),
    })
    .strict(),
  /** The project's two languages as BCP-47 tags (en-GB, fr-CA): each must be a tag of the language at its place. */
  setLanguageTags: z.object({ tags: z.tuple([bitextLangTag, bitextLangTag]) }).strict(),
  /** Opens a TMX, TSV or XLIFF file (ours or another tool's) as two documents, a pair and a confirmed alignment. */
  importBitext: z
    .object({
      name: z.string().min(1).max(1024),
      dataBase64: z.string().max(70 * 1024 * 1024),
      /** [source, target] tags to take from a multilingual file; default: the project's languages. */
      languages: z.tuple([bitextLangTag, bitextLangTag]).optional(),
      /** TSV: whether the first row is a header ('auto': when it holds two language tags). */
      tsvHeader: z.enum(['auto', 'yes', 'no']).optional(),
    })
    .strict(),
  /** Reads a bilingual file without importing it: which languages it holds (a multilingual TM asks which two first). */
  inspectBitext: z.object({ name: z.string().min(1).max(1024), dataBase64: z.string().max(70 * 1024 * 1024) }).strict(),
  /** Finds text across the corpus (plain, whole word, case, regex under a time bound) as a concordance. */
  searchCorpus: z.object({ ...searchWhere, replacement: z.string().max(1000).optional() }).strict(),
  /** Replaces the chosen search hits (offsets as searchCorpus gave them) as one undoable edit. */
  replaceInCorpus: z
    .object({
      ...searchWhere,
      replacement: z.string().max(1000),
      places: z
        .array(z.object({ docId: documentId, start: z.number().int().min(0), end: z.number().int().min(0) }))
        .min(1)
        .max(100_000),
    })
    .strict(),
  getJob: z.object({ id: z.string().max(64) }).strict(),
  cancelJob: z.object({ id: z.string().max(64) }).strict(),
} as const;

export type ApiMethod = keyof typeof apiInputs;
export type ApiInput<M extends ApiMethod> = z.infer<(typeof apiInputs)[M]>;

export interface ApiOutputs {
  getSnapshot: Snapshot;
  getDocument: DocumentDetail;
  importUploads: ImportReport;
  importWithDialog: ImportReport;
  importDropped: ImportReport;
  setLanguageOverride: DocumentSummary;
  setReviewed: DocumentSummary;
  setEncoding: DocumentSummary;
  removeDocument: { removed: boolean };
  setUiLanguage: Settings;
  listPairs: PairSummary[];
  suggestPairs: PairSummary[];
  setPairStatus: PairSummary;
  createPair: PairSummary;
  getAlignment: AlignmentView;
  editAlignment: EditResult;
  editSentence: EditResult;
  undo: EditResult;
  redo: EditResult;
  runChecks: FindingsState;
  getFindings: FindingsState;
  acceptFinding: FixResult;
  editFinding: FixResult;
  rejectFinding: FixResult;
  reopenFinding: FixResult;
  previewApplyToAll: FixOccurrence[];
  applyToAll: FixResult;
  fixText: FixResult;
  applyFixAt: FixResult;
  getCleanText: {
    original: string;
    cleaned: string;
    edits: Array<{ start: number; end: number; before: string; after: string; source: string; /** The finding this edit fixes. */ findingId?: string }>;
  };
  addNameToGlossary: GlossaryEntryView[];
  getCheckProfile: CheckProfileView;
  setCheckProfile: CheckProfileView;
  getGlossary: GlossaryEntryView[];
  setGlossary: GlossaryEntryView[];
  importGlossary: GlossaryEntryView[];
  exportGlossary: { content: string; fileName: string };
  exportCorpus: ExportResult | null;
  setLanguageTags: ProjectInfo;
  importBitext: ImportReport & {
    pair: PairSummary | null;
    warnings: string[];
    /** Added fields: what was read (absent in older servers). */
    format?: 'tmx' | 'tsv' | 'xliff12' | 'xliff2';
    encoding?: string;
    /** The two tags taken, and every tag the file holds (a multilingual TM offers a choice). */
    languages?: [string, string];
    languagesFound?: string[];
    /** TSV: whether the first row was read as a header. */
    headerRow?: boolean;
    segments?: number;
    codes?: number;
  };
  /** languages: the two the import would take by default (the project's languages when the file holds them). */
  inspectBitext: { format: 'tmx' | 'tsv' | 'xliff12' | 'xliff2'; encoding: string; languagesFound: string[]; languages: [string, string]; segments: number };
  searchCorpus: SearchResult;
  replaceInCorpus: ReplaceResult;
  getJob: JobInfo;
  cancelJob: JobInfo;
}

/** Every call answers with a Result: errors cross the bridge intact (Electron drops custom error fields). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type WorkbenchApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]> };

export const API_METHODS = Object.keys(apiInputs) as ApiMethod[];

/** Parse an untrusted payload for a method; returns the typed input or an ApiError. */
export function parseInput<M extends ApiMethod>(method: M, payload: unknown): { ok: true; value: ApiInput<M> } | { ok: false; error: ApiError } {
  const schema = apiInputs[method];
  const r = schema.safeParse(payload ?? {});
  if (r.success) return { ok: true, value: r.data as ApiInput<M> };
  const issue = r.error.issues[0];
  return {
    ok: false,
    error: {
      code: 'ipc.invalidPayload',
      params: { reason: `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}` },
    },
  };
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiInputs, name);
}

/** The IPC channel name for a method (one channel per operation; raw ipcRenderer never leaks). */
export const ipcChannel = (m: ApiMethod): string => `workbench:${m}`;
export const IPC_EVENT_CHANNEL = 'workbench:event';
