// What reading a TMX or TSV file back gives: segment pairs plus their metadata, in a shape the
// project layer can turn into documents/pairs (segments grouped by pair id and bead).
import type { InlineCode } from './inline.js';

export interface ImportedMeta {
  /** TMX tuid, or `${pair}:${bead}` for TSV. */
  id?: string;
  pairId?: string;
  bead?: number;
  srcDoc?: string;
  tgtDoc?: string;
  confidence?: number;
  confirmed?: boolean;
  edited?: boolean;
  origin?: 'auto' | 'manual';
  /** Every other prop (TMX) or extra column (TSV), by name. */
  extra: Record<string, string>;
  notes: string[];
  /** Another tool's props (TMX <prop>, XLIFF attributes kept as props), type as written, in order. */
  props?: Array<[string, string]>;
  /** The unit's own attributes as written (TMX tu: tuid, creationdate, creationid, changedate…). */
  attrs?: Record<string, string>;
}

export interface ImportedSegment {
  src: string;
  tgt: string;
  meta: ImportedMeta;
}

export type BitextFormat = 'tmx' | 'tsv' | 'xliff12' | 'xliff2';

export interface ImportedBitext {
  format: BitextFormat;
  srcLang: string;
  tgtLang: string;
  /** TMX header attributes / props; empty for TSV. */
  header: Record<string, string>;
  headerNotes: string[];
  segments: ImportedSegment[];
  /** Inline codes of each side: placeholder U+E000+k in the text is codes[k] (see inline.ts). */
  codes?: { src: InlineCode[]; tgt: InlineCode[] };
  /** Every language tag the file holds, as written (canonical case), first seen first. */
  languagesFound?: string[];
  /** TSV: whether the first row was read as a header. */
  headerRow?: boolean;
  /** Things skipped or simplified, in English (e.g. "tu 12: no fr variant"). */
  warnings: string[];
}

/** What is wrong with a bilingual file, for a message in the user's language (api error codes import.bitext*). */
export type ImportProblem = 'notXml' | 'notBilingual' | 'oneLanguage' | 'unclosedQuote' | 'columns' | 'noRows';

export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
  constructor(
    message: string,
    readonly problem: ImportProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Typed metadata from name/value pairs (TMX props, TSV columns); unknown names go to extra. */
/** Options every reader takes. */
export interface BitextReadOptions {
  /** [source, target] tags chosen by the user; matched case-insensitively, then by primary language. */
  languages?: [string, string];
  /** Languages to prefer when the file holds more than two (the project's), by primary language. */
  prefer?: readonly string[];
}

export function metaFrom(entries: Iterable<[string, string]>): ImportedMeta {
  const m: ImportedMeta = { extra: {}, notes: [] };
  for (const [k, v] of entries) {
    switch (k) {
      case 'pair':
        m.pairId = v;
        break;
      case 'bead':
        if (/^\d+$/.test(v)) m.bead = Number(v);
        else m.extra[k] = v;
        break;
      case 'doc-src':
        m.srcDoc = v;
        break;
      case 'doc-tgt':
        m.tgtDoc = v;
        break;
      case 'confidence': {
        const n = Number(v);
        if (v.trim() !== '' && Number.isFinite(n)) m.confidence = n;
        else m.extra[k] = v;
        break;
      }
      case 'confirmed':
      case 'edited':
        if (v === 'true' || v === 'false') m[k] = v === 'true';
        else m.extra[k] = v;
        break;
      case 'origin':
        if (v === 'auto' || v === 'manual') m.origin = v;
        else m.extra[k] = v;
        break;
      default:
        m.extra[k] = v;
    }
  }
  if (m.pairId !== undefined && m.bead !== undefined) m.id = `${m.pairId}:${m.bead}`;
  return m;
}
