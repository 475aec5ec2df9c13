// Export options are remembered: what the editor chose comes back in the next session (a new
// ExportSession, as after a restart), formats this version does not know dropped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportSession } from '../../renderer/features/export/export-session.js';
import { DEFAULT_CHOICES, type ExportChoices } from '../../renderer/features/export/export-model.js';
import { fakeBridge } from './fake-bridge.js';

let storage: Map<string, string>;
beforeEach(() => {
  storage = new Map();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  };
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('export options across sessions', () => {
  it('a new session starts from the choices of the last one', () => {
    const first = new ExportSession(fakeBridge({}).bridge);
    expect(first.getState().choices).toEqual(DEFAULT_CHOICES);
    const chosen: ExportChoices = { formats: ['tsv'], scope: 'all', minConfidence: '70', many: 'split', srcTag: 'en-GB', tgtTag: 'fr-CA' };
    first.setChoices(chosen);
    const next = new ExportSession(fakeBridge({}).bridge);
    expect(next.getState().choices).toEqual(chosen);
  });

  it('a damaged or unknown saved choice falls back to the default', () => {
    storage.set('bitext.exportChoices', JSON.stringify({ formats: ['nonsense'], scope: 'everything', minConfidence: 3 }));
    const s = new ExportSession(fakeBridge({}).bridge);
    expect(s.getState().choices.formats).toEqual(DEFAULT_CHOICES.formats);
    expect(s.getState().choices.scope).toBe('confirmed');
    expect(s.getState().choices.minConfidence).toBe(DEFAULT_CHOICES.minConfidence);
  });
});
