// Cleaned documents and their language metadata. A cleaned document is its original text with
// the text edits in effect (accepted fixes, removed boilerplate), written under a folder named
// after its language, with its original (relative) name.
import { csvField } from './cell.js';
import { langTagOrUnd } from './lang-tag.js';
import { cleanedDocument } from './segments.js';
import type { CorpusDocument } from './types.js';

/**
 * Relative output path: `<lang>/<relPath>`. Path segments that could leave the folder ("..",
 * ".", empty, drive letters) are dropped; non-text originals (.docx, .html) get ".txt" appended
 * because what we write is plain text.
 */
export function cleanedDocumentPath(doc: CorpusDocument): string {
  const parts = doc.relPath.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..' && !/^[A-Za-z]:$/.test(p));
  const safe = parts.map((p) => p.replace(/[\u0000-\u001F<>:"|?*]/g, '_'));
  if (!safe.length) safe.push(doc.id);
  const last = safe[safe.length - 1]!;
  if (!/\.(txt|md)$/i.test(last)) safe[safe.length - 1] = last + '.txt';
  return `${langTagOrUnd(doc.language)}/${safe.join('/')}`;
}

/** The cleaned text, in chunks (a document can be large; the text is derived, not stored). */
export function* cleanedDocumentChunks(doc: CorpusDocument): Generator<string> {
  yield cleanedDocument(doc);
}

export interface DocumentMeta {
  file: string;
  relPath: string;
  detectedLanguage: string;
  confidence: number;
  override: string | null;
  language: string;
  reviewed: boolean;
  /** Share of characters per segment language, 0..1, rounded to 3 decimals. */
  segmentMix: Record<string, number>;
  edits: number;
}

export function documentMeta(doc: CorpusDocument): DocumentMeta {
  const total = Object.values(doc.segmentMix).reduce((a, b) => a + b, 0);
  const mix: Record<string, number> = {};
  for (const [k, v] of Object.entries(doc.segmentMix).sort((a, b) => b[1] - a[1])) mix[k] = total ? Math.round((v / total) * 1000) / 1000 : 0;
  return {
    file: doc.name,
    relPath: doc.relPath,
    detectedLanguage: langTagOrUnd(doc.detectedLanguage),
    confidence: Math.round(doc.confidence * 1000) / 1000,
    override: doc.override === null ? null : langTagOrUnd(doc.override),
    language: langTagOrUnd(doc.language),
    reviewed: doc.reviewed,
    segmentMix: mix,
    edits: doc.edits.length,
  };
}

export function* metaJsonChunks(docs: readonly CorpusDocument[]): Generator<string> {
  yield '[\n';
  for (let i = 0; i < docs.length; i++) yield '  ' + JSON.stringify(documentMeta(docs[i]!)) + (i + 1 < docs.length ? ',\n' : '\n');
  yield ']\n';
}

export const META_CSV_COLUMNS = ['file', 'rel_path', 'detected_language', 'confidence', 'override', 'language', 'reviewed', 'segment_mix', 'edits'] as const;

export function* metaCsvChunks(docs: readonly CorpusDocument[]): Generator<string> {
  yield META_CSV_COLUMNS.join(',') + '\r\n';
  for (const d of docs) {
    const m = documentMeta(d);
    const mix = Object.entries(m.segmentMix)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
    yield (
      [m.file, m.relPath, m.detectedLanguage, String(m.confidence), m.override ?? '', m.language, String(m.reviewed), mix, String(m.edits)]
        .map(csvField)
        .join(',') + '\r\n'
    );
  }
}
