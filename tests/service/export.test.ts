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
    const linked = view.beads.findIndex((b) => b.src.length > 0 && b.tgt.length > 0);
    await wb.service.editAlignment({ pairId: pair.id, op: { type: 'confirm-above', bead: linked } });
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
    await expect(wb.service.importBitext({ name: 'x.tmx', dataBase64: Buffer.from('<nope').toString('base64') })).rejects.toMatchObject({ code: 'ipc.invalidPayload' });
    await expect(wb.service.importBitext({ name: 'x.pdf', dataBase64: '' })).rejects.toMatchObject({ code: 'import.unsupportedType' });
  });
});
