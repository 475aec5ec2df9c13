// The project's languages as BCP-47 tags: a checked project setting (contract: setLanguageTags),
// written by every export format, kept when the project is opened again; old projects without
// the setting keep the bare codes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleWorkbench } from './helpers';

const b64 = (s: string) => Buffer.from(s).toString('base64');
// Two confirmed units, no language tags in the file: the pair takes the project's languages.
const PLAIN_TSV = 'The council met on Monday.\tLe conseil s’est réuni lundi.\nIt voted the budget.\tIl a voté le budget.\n';

describe('project language tags', () => {
  it('are checked, written by every format and kept when the project is opened again', async () => {
    const wb = await sampleWorkbench();
    try {
      const before = await wb.service.getSnapshot({});
      expect(before.project.languages).toEqual(['en', 'fr']);
      expect(before.project.languageTags).toBeUndefined();

      await expect(wb.service.setLanguageTags({ tags: ['fr-CA', 'en-GB'] })).rejects.toMatchObject({
        code: 'project.languageTagMismatch',
        params: { tag: 'fr-CA', language: 'en' },
      });
      await expect(wb.service.setLanguageTags({ tags: ['en-GB-', 'fr-CA'] })).rejects.toMatchObject({
        code: 'project.languageTagInvalid',
        params: { tag: 'en-GB-' },
      });
      const info = await wb.service.setLanguageTags({ tags: ['en-gb', 'fr_ca'] });
      expect(info.languageTags).toEqual(['en-GB', 'fr-CA']);
      // Detection still says en/fr.
      expect(info.languages).toEqual(['en', 'fr']);

      const imported = await wb.service.importBitext({ name: 'plain.tsv', dataBase64: b64(PLAIN_TSV), tsvHeader: 'no' });
      expect(imported.pair?.status).toBe('confirmed');
      const r = await wb.service.exportCorpus({ formats: ['tmx', 'xliff12', 'xliff', 'tsv', 'jsonl'], includeUnconfirmed: false });
      expect(r?.languages).toEqual(['en-GB', 'fr-CA']);
      const read = (f: string) => readFileSync(path.join(r!.outDir, f), 'utf8');
      const tmx = read('corpus.tmx');
      expect(tmx).toMatch(/srclang="en-GB"/);
      expect(tmx).toContain('xml:lang="en-GB"');
      expect(tmx).toContain('xml:lang="fr-CA"');
      expect(tmx).not.toMatch(/xml:lang="(en|fr)"/);
      const x12 = read('corpus.xliff12.xlf');
      expect(x12).toMatch(/source-language="en-GB"/);
      expect(x12).toMatch(/target-language="fr-CA"/);
      const x2 = read('corpus.xlf');
      expect(x2).toMatch(/srcLang="en-GB"/);
      expect(x2).toMatch(/trgLang="fr-CA"/);
      expect(read('corpus.tsv').split('\n')[0]!.split('\t').slice(0, 2)).toEqual(['en-GB', 'fr-CA']);
      const line = JSON.parse(read('corpus.jsonl').split('\n')[0]!) as Record<string, unknown>;
      expect(JSON.stringify(line)).toContain('"en-GB"');
      expect(JSON.stringify(line)).toContain('"fr-CA"');
      expect(JSON.stringify(line)).not.toMatch(/"lang":"(en|fr)"/);

      await wb.service.close();
      const again = await wb.reopen();
      try {
        expect((await again.service.getSnapshot({})).project.languageTags).toEqual(['en-GB', 'fr-CA']);
        const r2 = await again.service.exportCorpus({ formats: ['tmx'], includeUnconfirmed: false });
        expect(r2?.languages).toEqual(['en-GB', 'fr-CA']);
      } finally {
        await again.service.close();
      }
    } finally {
      await wb.cleanup().catch(() => undefined);
    }
  });

  it('tags typed for one export of a same-language memory are used without becoming the project’s', async () => {
    const wb = await sampleWorkbench();
    try {
      const r = await wb.service.exportCorpus({ formats: ['tmx'], includeUnconfirmed: true, languages: ['en-US', 'en-GB'] });
      expect(r?.languages).toEqual(['en-US', 'en-GB']);
      expect((await wb.service.getSnapshot({})).project.languageTags).toBeUndefined();
      await wb.service.exportCorpus({ formats: ['tmx'], includeUnconfirmed: true, languages: ['en-IE', 'fr-BE'] });
      expect((await wb.service.getSnapshot({})).project.languageTags).toEqual(['en-IE', 'fr-BE']);
    } finally {
      await wb.cleanup();
    }
  });
});
