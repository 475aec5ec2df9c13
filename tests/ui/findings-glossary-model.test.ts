// The Glossary view's pure helpers: term rows to entries and back, checks before saving, search.
import { describe, expect, it } from 'vitest';
import {
  emptyEntry,
  entryProblems,
  entryTitle,
  filterEntries,
  formatOfFile,
  fromTermRows,
  newEntryId,
  removeEntry,
  sortEntries,
  termRows,
  upsertEntry,
} from '../../renderer/features/glossary/glossary-model.js';
import type { GlossaryEntryView } from '../../shared/api/contract.js';

const blinken: GlossaryEntryView = {
  id: 'g_1',
  kind: 'name',
  doNotTranslate: true,
  terms: { '*': [{ text: 'Blinken', status: 'preferred' }], fr: [{ text: 'Clignote', status: 'forbidden', note: 'MT' }] },
};
const minister: GlossaryEntryView = {
  id: 'g_2',
  kind: 'title',
  person: 'Antony Blinken',
  terms: { en: [{ text: 'Secretary of State', status: 'preferred' }], fr: [{ text: 'secrétaire d’État', status: 'preferred' }] },
};

describe('glossary model', () => {
  it('makes ids the core accepts and empty entries of a kind', () => {
    expect(newEntryId(() => new Uint8Array([1, 2, 3, 4, 5, 255]))).toBe('g_0102030405ff');
    expect(emptyEntry('name', 'g_x')).toEqual({ id: 'g_x', kind: 'name', doNotTranslate: true, terms: {} });
    expect(emptyEntry('term', 'g_y')).toEqual({ id: 'g_y', kind: 'term', terms: {} });
  });

  it('round-trips terms through editor rows, dropping blank rows and normalising codes', () => {
    const rows = termRows(blinken);
    expect(rows).toEqual([
      { lang: '*', text: 'Blinken', status: 'preferred', note: '' },
      { lang: 'fr', text: 'Clignote', status: 'forbidden', note: 'MT' },
    ]);
    expect(fromTermRows([...rows, { lang: 'EN ', text: '  ', status: 'admitted', note: '' }])).toEqual(blinken.terms);
  });

  it('says what stops an entry from being saved', () => {
    expect(entryProblems([])).toEqual(['noTerms']);
    expect(entryProblems([{ lang: 'english', text: 'x', status: 'preferred', note: '' }])).toEqual(['badLanguage']);
    expect(entryProblems([{ lang: 'fr', text: 'x', status: 'forbidden', note: '' }])).toEqual(['noPreferred']);
    expect(entryProblems(termRows(blinken))).toEqual([]);
  });

  it('titles, searches (accent-insensitive) and sorts entries', () => {
    expect(entryTitle(blinken)).toBe('Blinken');
    expect(entryTitle(minister)).toBe('Secretary of State');
    expect(filterEntries([blinken, minister], 'secretaire').map((e) => e.id)).toEqual(['g_2']);
    expect(filterEntries([blinken, minister], 'clignote').map((e) => e.id)).toEqual(['g_1']);
    expect(sortEntries([minister, blinken], 'en').map((e) => e.id)).toEqual(['g_1', 'g_2']);
  });

  it('adds, replaces and removes entries', () => {
    const changed = { ...blinken, note: 'US' };
    expect(upsertEntry([blinken], changed)).toEqual([changed]);
    expect(upsertEntry([blinken], minister)).toEqual([blinken, minister]);
    expect(removeEntry([blinken, minister], 'g_1')).toEqual([minister]);
  });

  it('tells the import format from the file name', () => {
    expect(formatOfFile('terms.TBX')).toBe('tbx');
    expect(formatOfFile('names.csv')).toBe('csv');
    expect(formatOfFile('notes.pdf')).toBeNull();
  });
});
