// Opening another tool's bilingual files through the service: regional tags kept, a same-language
// memory gives a pair (never ok with nothing), XLIFF accepted, and a project export writes back the
// foreign unit ids, dates, props, notes and inline codes (imports/<pairId>.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { corpusFromProject } from '../../main/services/export/corpus-from-project.js';
import { FOREIGN_TMX, SAME_LANGUAGE_TMX, XLIFF12 } from '../export/bitext-fixtures.js';
import { sampleWorkbench } from './helpers';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('importBitext', () => {
  it('opens a UTF-16 TMX with codes, keeps its tags and writes everything back on export', async () => {
    const wb = await sampleWorkbench();
    try {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FOREIGN_TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
      const r = await wb.service.importBitext({ name: 'memory.tmx', dataBase64: b64(utf16) });
      expect(r).toMatchObject({ format: 'tmx', encoding: 'utf-16le', languages: ['en-GB', 'fr-CA'], segments: 2, codes: 6 });
      expect(r.pair?.status).toBe('confirmed');
      const dir = wb.service['store'].dir as string;
      expect(existsSync(path.join(dir, 'imports', `${r.pair!.id}.json`))).toBe(true);
      const corpus = await corpusFromProject(dir);
      const out = path.join(dir, 'out');
      // Only the imported pair is a confirmed translation pair with the file's tags.
      corpus.pairs = corpus.pairs.filter((p) => p.id === r.pair!.id);
      const summary = await exportCorpus(corpus, out, { formats: ['tmx', 'xliff12'] });
      expect(summary.languages).toEqual(['en-GB', 'fr-CA']);
      const tmx = readFileSync(path.join(out, 'corpus.tmx'), 'utf8');
      expect(tmx).toContain(
        '<tuv xml:lang="en-GB"><seg>Press <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph x="2">&lt;br/&gt;</ph>, please.</seg></tuv>',
      );
      expect(tmx).toMatch(/<tu tuid="T-17" usagecount="4" creationdate="20230102T030405Z" creationid="ANNA"/);
      expect(tmx).toContain('<note>checked by Anna</note>');
      expect(tmx).toContain('<prop type="x-Client">Harbour Weekly</prop>');
    } finally {
      await wb.cleanup();
    }
  });

  it('opens a same-language memory (en-US → en-GB) as a pair, identical units included', async () => {
    const wb = await sampleWorkbench();
    try {
      const r = await wb.service.importBitext({ name: 'variants.tmx', dataBase64: b64(SAME_LANGUAGE_TMX) });
      expect(r.languages).toEqual(['en-US', 'en-GB']);
      expect(r.imported).toHaveLength(2);
      expect(r.pair).not.toBeNull();
      const v = await wb.service.getAlignment({ pairId: r.pair!.id });
      expect(v.beads).toHaveLength(2);
      // Both sides identical: still two documents.
      const same = await wb.service.importBitext({
        name: 'same.tmx',
        dataBase64: b64(
          SAME_LANGUAGE_TMX.replace('The color of the harbor', 'Nothing changed here').replace('The colour of the harbour', 'Nothing changed here'),
        ),
      });
      expect(same.imported).toHaveLength(2);
      expect(same.pair).not.toBeNull();
    } finally {
      await wb.cleanup();
    }
  });

  it('opens XLIFF 1.2 and refuses a file without units with the reason', async () => {
    const wb = await sampleWorkbench();
    try {
      const r = await wb.service.importBitext({ name: 'a.xlf', dataBase64: b64(XLIFF12) });
      expect(r).toMatchObject({ format: 'xliff12', languages: ['en-US', 'fr-CA'], segments: 2 });
      expect(r.warnings).toContain('unit u2: no target, skipped');
      const v = await wb.service.getAlignment({ pairId: r.pair!.id });
      expect(v.beads.map((b) => b.confirmed)).toEqual([true, false]);
      await expect(wb.service.importBitext({ name: 'e.tmx', dataBase64: b64('<tmx version="1.4"><header srclang="en"/><body/></tmx>') })).rejects.toMatchObject(
        { code: 'import.bitextNoUnits', params: { units: 0 } },
      );
    } finally {
      await wb.cleanup();
    }
  });
});

describe('export language tags', () => {
  it('keeps the tags an editor chose for the project (its languageTags) for later exports', async () => {
    const wb = await sampleWorkbench();
    try {
      const first = await wb.service.exportCorpus({ formats: ['tmx'], includeUnconfirmed: true, languages: ['en-GB', 'fr-CA'] });
      expect(first?.languages).toEqual(['en-GB', 'fr-CA']);
      const again = await wb.service.exportCorpus({ formats: ['tmx'], includeUnconfirmed: true });
      expect(again?.languages).toEqual(['en-GB', 'fr-CA']);
      expect(readFileSync(path.join(again!.outDir, 'corpus.tmx'), 'utf8')).toMatch(/srclang="en-GB"/);
    } finally {
      await wb.cleanup();
    }
  });
});
