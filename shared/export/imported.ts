// What reading a TMX or TSV file back gives: segment pairs plus their metadata, in a shape the
// project layer can turn into documents/pairs (segments grouped by pair id and bead).

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
}

export interface ImportedSegment {
  src: string;
  tgt: string;
  meta: ImportedMeta;
}

export interface ImportedBitext {
  format: 'tmx' | 'tsv';
  srcLang: string;
  tgtLang: string;
  /** TMX header attributes / props; empty for TSV. */
  header: Record<string, string>;
  headerNotes: string[];
  segments: ImportedSegment[];
  /** Things skipped or simplified, in English (e.g. "tu 12: no fr variant"). */
  warnings: string[];
}

export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
}

/** Typed metadata from name/value pairs (TMX props, TSV columns); unknown names go to extra. */
export function metaFrom(entries: Iterable<[string, string]>): ImportedMeta {
  const m: ImportedMeta = { extra: {}, notes: [] };
  for (const [k, v] of entries) {
    switch (k) {
      case 'pair': m.pairId = v; break;
      case 'bead': if (/^\d+$/.test(v)) m.bead = Number(v); else m.extra[k] = v; break;
      case 'doc-src': m.srcDoc = v; break;
      case 'doc-tgt': m.tgtDoc = v; break;
      case 'confidence': { const n = Number(v); if (v.trim() !== '' && Number.isFinite(n)) m.confidence = n; else m.extra[k] = v; break; }
      case 'confirmed': case 'edited': if (v === 'true' || v === 'false') m[k] = v === 'true'; else m.extra[k] = v; break;
      case 'origin': if (v === 'auto' || v === 'manual') m.origin = v; else m.extra[k] = v; break;
      default: m.extra[k] = v;
    }
  }
  if (m.pairId !== undefined && m.bead !== undefined) m.id = `${m.pairId}:${m.bead}`;
  return m;
}
