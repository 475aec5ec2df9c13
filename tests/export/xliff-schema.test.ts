// XLIFF 1.2 exports validate against the OASIS xliff-core-1.2-strict schema and XLIFF 2.1 exports
// against xliff-core-2.0 (fetched by scripts/fetch-xliff-xsd.sh), TMX with inline codes against
// the TMX DTD; also when there is nothing to export. In CI a missing schema is a failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus, type ExportSummary } from '../../main/services/export/export-corpus.js';
import { readTmx } from '../../shared/export/tmx-read.js';
import { readXliff } from '../../shared/export/xliff-read.js';
import { stripCodes } from '../../shared/export/inline.js';
import { corpusOf, FOREIGN_TMX, XLIFF12, XLIFF20 } from './bitext-fixtures.js';
import { dtdPath, hasXmllint, hostileCorpus, removeDir, root, tempDir, xmllint } from './helpers.js';

const xsd12 = path.join(root, '.cache', 'xsd', 'xliff-core-1.2-strict.xsd');
const xsd20 = path.join(root, '.cache', 'xsd', 'xliff-core-2.0.xsd');
const inCi = Boolean(process.env.CI);
const missing =
  !existsSync(xsd12) || !existsSync(xsd20) ? 'XLIFF schemas not found (run scripts/fetch-xliff-xsd.sh)' : !hasXmllint() ? 'xmllint not installed' : null;
if (missing && !inCi) console.warn(`[export/xliff-schema] skipping schema validation: ${missing}`);

const valid = (schema: string[], file: string) => {
  const r = xmllint(['--noout', ...schema, file]);
  expect(r.stderr).not.toMatch(/fails to validate|validity error|parser error|Schemas validity error/);
  expect(r.code).toBe(0);
};

describe('XLIFF and TMX exports against their schemas', () => {
  it('has the schemas and xmllint (required in CI)', () => {
    if (missing && inCi) throw new Error(missing);
  });

  describe.skipIf(Boolean(missing) && !inCi)('files', () => {
    const out: Record<string, string> = {};
    const summaries: Record<string, ExportSummary> = {};
    const cases = {
      hostile: () => hostileCorpus(),
      tmxCodes: () => corpusOf(readTmx(FOREIGN_TMX)),
      xliff12Codes: () => corpusOf(readXliff(XLIFF12), 'a.xlf'),
      xliff20Codes: () => corpusOf(readXliff(XLIFF20), 'b.xlf'),
      empty: () => ({ ...hostileCorpus(), pairs: [] }),
    };
    beforeAll(async () => {
      for (const [k, make] of Object.entries(cases)) {
        out[k] = tempDir();
        summaries[k] = await exportCorpus(make(), out[k]!, { formats: ['tmx', 'xliff', 'xliff12'], includeUnconfirmed: true });
      }
    });
    afterAll(() => Object.values(out).forEach(removeDir));

    for (const k of Object.keys(cases)) {
      it(`${k}: XLIFF 1.2 is schema-valid`, () => valid(['--schema', xsd12], path.join(out[k]!, 'corpus.xliff12.xlf')));
      it(`${k}: TMX is DTD-valid`, () => {
        if (!existsSync(dtdPath)) return;
        valid(['--dtdvalid', dtdPath], path.join(out[k]!, 'corpus.tmx'));
      });
      if (k !== 'empty') it(`${k}: XLIFF 2.1 is schema-valid`, () => valid(['--schema', xsd20], path.join(out[k]!, 'corpus.xlf')));
    }

    it('an empty export writes no XLIFF 2.1 (it cannot be valid) and says so', () => {
      expect(existsSync(path.join(out.empty!, 'corpus.xlf'))).toBe(false);
      expect(summaries.empty!.notWritten).toEqual([{ format: 'xliff', path: 'corpus.xlf', reason: 'empty' }]);
      expect(readFileSync(path.join(out.empty!, 'corpus.xliff12.xlf'), 'utf8')).toContain('<body>');
    });

    it('writes the imported tags and the confirm state', () => {
      const x = readFileSync(path.join(out.tmxCodes!, 'corpus.xliff12.xlf'), 'utf8');
      expect(x).toContain('source-language="en-GB" target-language="fr-CA"');
      expect(x).toMatch(/<trans-unit id="T-17"[^>]*approved="yes"/);
      expect(x).toContain('state="final"');
      expect(x).toContain('<bpt id="1" rid="2">&lt;b&gt;</bpt>Save<ept id="2" rid="2">&lt;/b&gt;</ept>');
      expect(x).toContain('<note>checked by Anna</note>');
      expect(x).toContain('<context context-type="x-attr-creationid">ANNA</context>');
      expect(x).toContain('<context context-type="x-prop-Client">Harbour Weekly</context>');
      const x2 = readFileSync(path.join(out.tmxCodes!, 'corpus.xlf'), 'utf8');
      expect(x2).toContain('<notes>\n        <note>checked by Anna</note>');
      expect(x2).toContain('<data id="ds1">&lt;b&gt;</data>');
    });
  });
});

describe('round trips keep codes, ids, props, notes and dates', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await exportCorpus(corpusOf(readTmx(FOREIGN_TMX)), dir, { formats: ['tmx', 'xliff', 'xliff12'] });
  });
  afterAll(() => removeDir(dir));

  it('TMX → TMX', () => {
    const orig = readTmx(FOREIGN_TMX);
    const back = readTmx(readFileSync(path.join(dir, 'corpus.tmx'), 'utf8'));
    expect([back.srcLang, back.tgtLang]).toEqual(['en-GB', 'fr-CA']);
    expect(back.segments.map((s) => s.src)).toEqual(orig.segments.map((s) => s.src));
    expect(back.codes!.src.map((c) => c.xml)).toEqual(orig.codes!.src.map((c) => c.xml));
    const m = back.segments[0]!.meta;
    expect(m.id).toBe('T-17');
    expect(m.attrs).toMatchObject({ creationdate: '20230102T030405Z', creationid: 'ANNA', changedate: '20230203T040506Z', changeid: 'BEN', usagecount: '4' });
    expect(m.props).toEqual([['x-Client', 'Harbour Weekly']]);
    expect(m.notes).toEqual(['checked by Anna']);
  });

  it('TMX → XLIFF 1.2 and 2.1 → readers: same text, same number of codes', () => {
    const orig = readTmx(FOREIGN_TMX);
    for (const f of ['corpus.xliff12.xlf', 'corpus.xlf']) {
      const back = readXliff(readFileSync(path.join(dir, f), 'utf8'));
      expect(back.segments.map((s) => stripCodes(s.tgt))).toEqual(orig.segments.map((s) => stripCodes(s.tgt)));
      expect(back.segments[0]!.src.length - stripCodes(back.segments[0]!.src).length).toBe(3);
      expect(back.segments[0]!.meta.confirmed).toBe(true);
    }
  });
});
