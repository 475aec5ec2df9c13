import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  filterDocuments,
  foreignShare,
  languageCounts,
  LOW_CONFIDENCE_SORT,
  nextSort,
  NO_FILTERS,
  SORT_COLUMNS,
  sortDocuments,
} from '../../renderer/features/documents/document-query.js';
import { mixParts } from '../../renderer/features/documents/segment-mix.js';
import { summary } from './fixtures.js';

const docs = [
  summary({ name: 'Été 2.txt', language: 'fr', confidence: 0.4, words: 300, reviewed: true }),
  summary({ name: 'ete 10.txt', language: 'en', confidence: 0.95, words: 20, override: 'en' }),
  summary({ name: 'alpha.txt', language: 'en', confidence: 0.7, words: 20, segmentMix: { en: 50, fr: 50 }, foreignSegments: 3 }),
];
const names = (list: { name: string }[]) => list.map((d) => d.name);

describe('filterDocuments', () => {
  it('matches names without regard to case or accents', () => {
    expect(names(filterDocuments(docs, { ...NO_FILTERS, query: 'ETE' }))).toEqual(['Été 2.txt', 'ete 10.txt']);
  });
  it('filters by language in effect and by review state', () => {
    expect(names(filterDocuments(docs, { ...NO_FILTERS, language: 'fr' }))).toEqual(['Été 2.txt']);
    expect(names(filterDocuments(docs, { ...NO_FILTERS, notReviewed: true }))).toEqual(['ete 10.txt', 'alpha.txt']);
  });
});

describe('sortDocuments', () => {
  it('sorts names naturally (2 before 10) and descending on request', () => {
    expect(names(sortDocuments(docs, DEFAULT_SORT, 'en'))).toEqual(['alpha.txt', 'Été 2.txt', 'ete 10.txt']);
    expect(names(sortDocuments(docs, { column: 'name', direction: 'desc' }, 'en'))).toEqual(['ete 10.txt', 'Été 2.txt', 'alpha.txt']);
  });
  it('"low confidence first" puts the least certain detection on top', () => {
    expect(names(sortDocuments(docs, LOW_CONFIDENCE_SORT, 'en'))).toEqual(['Été 2.txt', 'alpha.txt', 'ete 10.txt']);
  });
  it('breaks ties by name so the order is stable', () => {
    expect(names(sortDocuments(docs, { column: 'words', direction: 'asc' }, 'en'))).toEqual(['alpha.txt', 'ete 10.txt', 'Été 2.txt']);
  });
  it('can sort by every column without throwing and keeps every row', () => {
    for (const column of SORT_COLUMNS)
      for (const direction of ['asc', 'desc'] as const) expect(sortDocuments(docs, { column, direction }, 'fr')).toHaveLength(3);
  });
  it('mix sorts by foreign content', () => {
    expect(sortDocuments(docs, { column: 'mix', direction: 'desc' }, 'en')[0]!.name).toBe('alpha.txt');
  });
});

describe('helpers', () => {
  it('nextSort flips the same column and starts a new one ascending', () => {
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'words')).toEqual({ column: 'words', direction: 'asc' });
  });
  it('foreignShare and languageCounts', () => {
    expect(foreignShare(docs[2]!)).toBe(0.5);
    expect(foreignShare(summary({ segmentMix: {} }))).toBe(0);
    expect(languageCounts(docs)).toEqual([
      { code: 'en', count: 2 },
      { code: 'fr', count: 1 },
    ]);
  });
  it('mixParts folds other languages into one band and drops empty bands', () => {
    expect(mixParts({ en: 60, de: 10, es: 10, und: 20 })).toEqual([
      { band: 'en', chars: 60, share: 0.6 },
      { band: 'other', chars: 20, share: 0.2 },
      { band: 'und', chars: 20, share: 0.2 },
    ]);
    expect(mixParts({})).toEqual([]);
  });
});
