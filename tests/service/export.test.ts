import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sampleWorkbench, useSampleWorkbench } from './helpers';

const wb = useSampleWorkbench();

describe('export and import back through the service', () => {
  it('exports confirmed beads with fixes applied; the TMX is valid; TMX and TSV open again as projects', async () => {
    const pair = (await wb.service.listPairs()).find((p) => p.kind === 'translation')!;
    const view = await wb.service.getAlignment({ pairId: pair.id });
    // Comparable articles: link a source gap with the target gap next to it by hand, then confirm.
    const gapSide = (b: { src: number[]; tgt: number[] }) => (b.src.length && !b.tgt.length ? 'src' : !b.src.length && b.tgt.length ? 'tgt' : null);
    // Two real sentences (not a short title or placeholder line), so the re-imported sides keep their language.
    const long = (b: { src: number[]; tgt: number[] }) =>
      [...b.src.map((k) => view.src.sentences[k]!.text), ...b.tgt.map((k) => view.tgt.sentences[k]!.text)].every((t) => t.length > 60);
    const at = view.beads.findIndex((b, i) => {
      const n = view.beads[i + 1];
      return n !== undefined && gapSide(b) !== null && gapSide(n) !== null && gapSide(n) !== gapSide(b) && long(b) && long(n);
    });
    expect(at).toBeGreaterThanOrEqual(0);
    await wb.service.editAlignment({ pairId: pair.id, op: { type: 'merge-range', from: at, to: at + 1 } });
    await wb.service.editAlignment({ pairId: pair.id, op: { type: 'confirm', bead: at, confirmed: true } });
    const flashing = (await wb.service.getFindings({})).findings.find((f) => f.text === 'Clignote')!;
    await wb.service.acceptFinding({ findingId: flashing.id, suggestion: 0 });

    const r = (await wb.service.exportCorpus({ formats: ['tmx', 'tsv', 'txt', 'docs', 'report'], includeUnconfirmed: false }))!;
    expect(r.outDir.startsWith(path.join(wb.tmp, 'proj', 'exports'))).toBe(true);
    expect(r.beads.confirmed).toBeGreaterThanOrEqual(1);
    expect(r.segments).toBeGreaterThanOrEqual(1);
    const files = Object.fromEntries(r.files.map((f) => [f.format, path.join(r.outDir, f.path)]));
    for (const f of Object.values(files)) expect(existsSync(f), f).toBe(true);
    const tmx = readFileSync(files.tmx!, 'utf8');
    expect(tmx).toContain('<tmx version="1.4">');
    const cleaned004 = r.files.find((f) => f.format === 'docs' && f.path.includes('004'));
    expect(cleaned004).toBeDefined();
    expect(readFileSync(path.join(r.outDir, cleaned004!.path), 'utf8')).not.toContain('Clignote');

    const dtd = path.join(root, '.cache/dtd/tmx14.dtd');
    if (existsSync(dtd)) {
      const v = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', dtd, files.tmx!], { encoding: 'utf8' });
      expect(v.status, v.stderr).toBe(0);
    } else if (process.env.CI) {
      throw new Error('CI must provide .cache/dtd/tmx14.dtd (scripts/fetch-tmx-dtd.sh)');
    }

    for (const format of ['tmx', 'tsv'] as const) {
      const other = await sampleWorkbench();
      try {
        const before = (await other.service.getSnapshot()).documents.length;
        const back = await other.service.importBitext({ name: `round.${format}`, dataBase64: readFileSync(files[format]!).toString('base64') });
        expect(back.imported).toHaveLength(2);
        expect(back.pair?.status).toBe('confirmed');
        const v = await other.service.getAlignment({ pairId: back.pair!.id });
        expect(v.beads).toHaveLength(r.segments);
        expect(v.beads.every((b) => b.confirmed && b.src.length === 1 && b.tgt.length === 1)).toBe(true);
        expect(v.src.language).toBe('en');
        expect(v.tgt.language).toBe('fr');
        expect((await other.service.getSnapshot()).documents).toHaveLength(before + 2);
      } finally {
        await other.cleanup();
      }
    }
  });

  it('refuses a file that is not TMX or TSV with a specific error', async () => {
    await expect(wb.service.importBitext({ name: 'x.tmx', dataBase64: Buffer.from('<nope').toString('base64') })).rejects.toMatchObject({
      code: 'import.bitextNotXml',
    });
    await expect(wb.service.importBitext({ name: 'x.pdf', dataBase64: '' })).rejects.toMatchObject({ code: 'import.unsupportedType' });
  });
});
