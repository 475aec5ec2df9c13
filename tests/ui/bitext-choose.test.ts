// "Open TMX/TSV/XLIFF…" with a TM of more than two languages: the session asks which two before
// importing (inspectBitext, then importBitext with the choice); two-language files open at once.
import { describe, expect, it } from 'vitest';
import { BitextImportSession } from '../../renderer/features/import/bitext-import.js';
import { apiFailure, fakeBridge } from './fake-bridge.js';

const report = { imported: [], rejected: [], pair: null, warnings: [] };

describe('BitextImportSession: languages chosen before import', () => {
  it('asks for two languages when the TM holds more, then imports with the choice', async () => {
    const { bridge, calls } = fakeBridge({
      inspectBitext: () => ({ format: 'tmx', encoding: 'utf-8', languagesFound: ['de-DE', 'en-US', 'fr-FR'], languages: ['en-US', 'fr-FR'], segments: 2 }),
      importBitext: () => report,
    });
    let refreshed = 0;
    const s = new BitextImportSession(bridge, async () => void refreshed++);
    const asked = await s.open('three.tmx', async () => 'PHRteC8+');
    expect(asked).toEqual({ state: 'choose', name: 'three.tmx', languagesFound: ['de-DE', 'en-US', 'fr-FR'], languages: ['en-US', 'fr-FR'] });
    expect(calls.map((c) => c[0])).toEqual(['inspectBitext']);
    expect(refreshed).toBe(0);
    const done = await s.choose(['de-DE', 'fr-FR']);
    expect(done.state).toBe('done');
    expect(calls[1]).toEqual(['importBitext', { name: 'three.tmx', dataBase64: 'PHRteC8+', languages: ['de-DE', 'fr-FR'] }]);
    expect(refreshed).toBe(1);
  });

  it('opens a two-language TM at once, and lets the import report a file inspect cannot read', async () => {
    const two = fakeBridge({
      inspectBitext: () => ({ format: 'tmx', encoding: 'utf-8', languagesFound: ['en-GB', 'fr-CA'], languages: ['en-GB', 'fr-CA'], segments: 1 }),
      importBitext: () => report,
    });
    expect((await new BitextImportSession(two.bridge, async () => undefined).open('two.tmx', async () => 'AA==')).state).toBe('done');
    expect(two.calls.map((c) => c[0])).toEqual(['inspectBitext', 'importBitext']);

    const bad = fakeBridge({
      inspectBitext: apiFailure({ code: 'import.bitextNotXml', params: { line: 1, reason: 'x' } }),
      importBitext: apiFailure({ code: 'import.bitextNotXml', params: { line: 1, reason: 'x' } }),
    });
    const r = await new BitextImportSession(bad.bridge, async () => undefined).open('bad.tmx', async () => 'AA==');
    expect(r.state).toBe('failed');
    expect(bad.calls.map((c) => c[0])).toEqual(['inspectBitext', 'importBitext']);
  });

  it('does not ask for a TSV or when the languages are given', async () => {
    const { bridge, calls } = fakeBridge({ importBitext: () => report });
    const s = new BitextImportSession(bridge, async () => undefined);
    await s.open('pairs.tsv', async () => 'AA==');
    await s.open('three.tmx', async () => 'AA==', undefined, { languages: ['en-US', 'fr-FR'] });
    expect(calls.map((c) => c[0])).toEqual(['importBitext', 'importBitext']);
  });
});
