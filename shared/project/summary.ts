// Derives what the UI shows for a document from what the project stores.
import type { DocumentSummary } from '../api/contract.js';
import type { DocumentRecord } from './format.js';

/** Characters per segment language; the basis of the "segment mix" bar. */
export function segmentMix(rec: DocumentRecord): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const s of rec.detection.segments) mix[s.language] = (mix[s.language] ?? 0) + (s.end - s.start);
  return mix;
}

export function effectiveLanguage(rec: DocumentRecord): string {
  return rec.override ?? rec.detection.language;
}

export function summarize(rec: DocumentRecord): DocumentSummary {
  const language = effectiveLanguage(rec);
  return {
    id: rec.id,
    name: rec.name,
    relPath: rec.relPath,
    format: rec.format,
    encoding: rec.encoding,
    language,
    detectedLanguage: rec.detection.language,
    confidence: rec.detection.confidence,
    override: rec.override,
    reviewed: rec.reviewed,
    segmentMix: segmentMix(rec),
    foreignSegments: rec.detection.segments.filter((s) => !s.inherited && s.language !== language).length,
    words: rec.stats.words,
    sentences: rec.stats.sentences,
    chars: rec.stats.chars,
    importedAt: rec.importedAt,
  };
}

/** Words = runs of letters/digits (apostrophes and hyphens inside a word keep it one word): the
 *  product's one word count (shared/text). */
export { countWords } from '../text/index.js';
