// Document summaries for UI tests.
import type { DocumentSummary } from '../../shared/api/contract.js';

let n = 0;
export function summary(patch: Partial<DocumentSummary> = {}): DocumentSummary {
  const id = `d_${(++n).toString(16).padStart(12, '0')}`;
  return {
    id,
    name: `${id}.txt`,
    relPath: `${id}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    language: 'en',
    detectedLanguage: 'en',
    confidence: 0.9,
    override: null,
    reviewed: false,
    segmentMix: { en: 100 },
    foreignSegments: 0,
    words: 10,
    sentences: 2,
    chars: 100,
    importedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}
