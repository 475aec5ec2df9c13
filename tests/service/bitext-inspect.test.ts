// inspectBitext: what a bilingual file holds, read without importing it (the app asks for the two
// languages of a multilingual TM before anything enters the project).
import { describe, expect, it } from 'vitest';
import { MULTI_TMX } from '../export/bitext-fixtures.js';
import { sampleWorkbench } from './helpers';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('inspectBitext', () => {
  it('lists every language of a multilingual TM and imports nothing', async () => {
    const wb = await sampleWorkbench();
    try {
      const before = (await wb.service.getSnapshot({})).documents.length;
      const r = await wb.service.inspectBitext({ name: 'three.tmx', dataBase64: b64(MULTI_TMX) });
      expect(r.format).toBe('tmx');
      expect([...r.languagesFound].sort()).toEqual(['de-DE', 'en-US', 'fr-FR']);
      // The two the import would take by default (offered first in the choice).
      expect(r.languagesFound).toEqual(expect.arrayContaining(r.languages));
      expect(r.languages[0]).not.toBe(r.languages[1]);
      expect((await wb.service.getSnapshot({})).documents.length).toBe(before);
      // The chosen pair is then what gets imported.
      const imp = await wb.service.importBitext({ name: 'three.tmx', dataBase64: b64(MULTI_TMX), languages: ['de-DE', 'fr-FR'] });
      expect(imp.languages).toEqual(['de-DE', 'fr-FR']);
      expect(imp.segments).toBe(1);
    } finally {
      await wb.cleanup();
    }
  });

  it('refuses an unreadable file with the import’s own error code', async () => {
    const wb = await sampleWorkbench();
    try {
      await expect(wb.service.inspectBitext({ name: 'broken.tmx', dataBase64: b64('<tmx><body><tu>') })).rejects.toMatchObject({ code: 'import.bitextNotXml' });
      await expect(wb.service.inspectBitext({ name: 'notes.docx', dataBase64: b64('x') })).rejects.toMatchObject({ code: 'import.unsupportedType' });
    } finally {
      await wb.cleanup();
    }
  });
});
