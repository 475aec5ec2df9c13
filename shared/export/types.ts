// The input of every export: a cleaned bilingual corpus, independent of where it came from (a
// project folder, or the headless `bitext clean` pipeline). Offsets are UTF-16 code units in the
// ORIGINAL decoded text; cleaned text is always derived (original + effective text edits).
import type { InlineCode } from './inline.js';
import type { ExportNote } from './notes.js';

import type { Finding } from '../checks/types.js';
import type { FindingStatus } from '../history/finding-status.js';

/** A replacement in a document's original text (as in shared/history TextEdit, minus history data). */
export interface CorpusTextEdit {
  start: number;
  end: number;
  before: string;
  /** "" removes the span (e.g. excluded boilerplate). */
  after: string;
  /** Rule id of the check that proposed it, or 'manual'. */
  source: string;
  findingId?: string;
}

export interface CorpusDocument {
  id: string;
  name: string;
  relPath: string;
  /** Language in effect: the override if any, else the detected language. */
  language: string;
  detectedLanguage: string;
  confidence: number;
  override: string | null;
  reviewed: boolean;
  /** Characters per segment language (the "segment mix"). */
  segmentMix: Record<string, number>;
  originalText: string;
  /** Effective edits: non-overlapping, sorted by start (see effectiveEdits). */
  edits: CorpusTextEdit[];
  /** Inline codes of a document read from a bilingual file: U+E000+k in the text is codes[k]. */
  codes?: InlineCode[];
}

export interface SentenceRange {
  start: number;
  end: number;
}

export interface CorpusBead {
  src: number[];
  tgt: number[];
  confidence: number;
  confirmed: boolean;
  origin: 'auto' | 'manual';
}

/** What another tool wrote about a unit of an imported bilingual file, carried to the exports. */
export interface ForeignUnit {
  /** The unit's id in its file (TMX tuid, XLIFF trans-unit id). */
  id?: string;
  /** Unit attributes as written (TMX: creationdate, creationid, changedate, changeid…). */
  attrs?: Record<string, string>;
  /** Props as written, type first. */
  props?: Array<[string, string]>;
  notes?: string[];
}

/** A pair made by importing a bilingual file: where it came from, and its units by bead index. */
export interface ImportedPairInfo {
  file: string;
  format: 'tmx' | 'tsv' | 'xliff12' | 'xliff2';
  /** The file's language tags (source, target) as found, e.g. en-GB, fr-CA. */
  languages: [string, string];
  units: Record<number, ForeignUnit>;
}

export interface CorpusPair {
  id: string;
  /** Source document id (its sentences are `src`). */
  a: string;
  /** Target document id. */
  b: string;
  kind: 'translation' | 'version';
  status: 'suggested' | 'confirmed' | 'rejected';
  score: number;
  srcSentences: SentenceRange[];
  tgtSentences: SentenceRange[];
  beads: CorpusBead[];
  /** Present when the pair was imported from a TMX/TSV/XLIFF file. */
  imported?: ImportedPairInfo;
  /**
   * Known sentence links inside beads (n:m beads of an imported or merged alignment), by bead
   * index: 1:1 sub-links in the bead's own sentence indices. Used to split n:m beads on export.
   */
  subLinks?: Record<number, Array<{ src: number[]; tgt: number[] }>>;
}

export type { FindingStatus };

/** A check finding (the one Finding model) plus what the editor did with it (finding-status.ts). */
export interface CorpusFinding extends Omit<Finding, 'safe'> {
  /** Whether `--fix safe` may apply it (absent: not known, e.g. read from an older project). */
  safe?: boolean;
  status: FindingStatus;
}

export interface BitextCorpus {
  name: string;
  /** [source, target] language of the bilingual exports, e.g. ['en', 'fr']. */
  languages: [string, string];
  /** When the corpus was produced (ISO 8601); used for TMX creationdate. */
  createdAt: string;
  documents: CorpusDocument[];
  pairs: CorpusPair[];
  findings: CorpusFinding[];
  /** Notes for readers of the exports, as data: worded in the export's language (notes.ts). */
  notes?: ExportNote[];
}

export type ExportFormat = 'tmx' | 'tsv' | 'txt' | 'xliff' | 'xliff12' | 'jsonl' | 'docs' | 'meta' | 'report';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['tmx', 'tsv', 'txt', 'xliff', 'xliff12', 'jsonl', 'docs', 'meta', 'report'];

/** How beads of several sentences on a side (n:m) are exported. */
export type ManyPolicy = 'paragraph' | 'split' | 'omit';
export const MANY_POLICIES: readonly ManyPolicy[] = ['paragraph', 'split', 'omit'];

export type UiLanguage = 'en' | 'fr';

/** Text that XML cannot hold and was removed, per export file. */
export interface RemovedChars {
  count: number;
  /** Code point (U+XXXX) → occurrences. */
  byCodePoint: Record<string, number>;
}

export const CREATION_TOOL = 'Bitext Workbench';
export const CREATION_TOOL_VERSION = '0.1.0';
