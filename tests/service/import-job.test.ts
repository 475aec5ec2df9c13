// After an import, analysis, pairing and checks are one job: one entry, one progress, one Cancel.
import { describe, expect, it } from 'vitest';
import type { JobInfo, WorkbenchEvent } from '../../shared/api/contract.js';
import { useSampleWorkbench } from './helpers';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

function jobEvents(wb: { service: { onEvent(cb: (e: WorkbenchEvent) => void): () => void } }) {
  const events: JobInfo[] = [];
  const off = wb.service.onEvent((e) => {
    if (e.type === 'job') events.push(e.job);
  });
  return { events, off };
}

function twoFiles(tag: string) {
  const en = `The minister said on Tuesday that the ${tag} agreement with Canada would be signed in Ottawa next week.\n\nThe talks lasted three days, she said.\n\nDescriptive text here\n`;
  const fr = `La ministre a déclaré mardi que l’accord ${tag} avec le Canada serait signé à Ottawa la semaine prochaine.\n\nLes discussions ont duré trois jours, a-t-elle dit.\n`;
  return [
    { name: `${tag}-en.txt`, dataBase64: b64(en) },
    { name: `${tag}-fr.txt`, dataBase64: b64(fr) },
  ];
}

describe('an import is one job: analysis, then pairing, then checks', () => {
  const wb = useSampleWorkbench();

  it('one job id and kind, progress that never goes back and moves through the three steps, then findings and the pair', async () => {
    await wb.service.settled();
    const { events, off } = jobEvents(wb);
    const report = await wb.service.importUploads({ files: twoFiles('alpha') });
    await wb.service.settled();
    off();
    expect(report.imported).toHaveLength(2);
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect(events.every((e) => e.kind === 'import')).toBe(true);
    expect(events.map((e) => e.stage?.kind)).toEqual(expect.arrayContaining(['import', 'pair', 'check']));
    const stages = events.map((e) => e.stage?.index ?? -1);
    for (let i = 1; i < events.length; i++) {
      expect(stages[i]).toBeGreaterThanOrEqual(stages[i - 1]!);
      expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
      expect(events[i]!.done).toBeLessThanOrEqual(events[i]!.total);
    }
    expect(events.at(-1)).toMatchObject({ state: 'done', stage: { index: 2, count: 3 } });
    expect(events.at(-1)!.done).toBe(events.at(-1)!.total);
    // Progress moved inside the pairing and checking steps, not only between them.
    expect(new Set(events.filter((e) => e.stage?.index === 2).map((e) => e.done)).size).toBeGreaterThan(1);

    const [a, b] = report.imported.map((d) => d.id);
    const st = await wb.service.getFindings({});
    expect(st.unchecked).toEqual([]);
    expect(st.findings.some((f) => f.docId === a)).toBe(true);
    const pairs = (await wb.service.getSnapshot({})).pairs;
    expect(pairs.some((p) => [p.a, p.b].sort().join() === [a, b].sort().join())).toBe(true);
  });

  it('Cancel during the checks stops the whole job; the new documents stay "not checked"', async () => {
    await wb.service.settled();
    const { events, off } = jobEvents(wb);
    let cancelled = false;
    const stop = wb.service.onEvent((e) => {
      if (e.type === 'job' && e.job.state === 'running' && e.job.stage?.kind === 'check' && !cancelled) {
        cancelled = true;
        void wb.service.cancelJob({ id: e.job.id });
      }
    });
    const report = await wb.service.importUploads({ files: twoFiles('beta') });
    await wb.service.settled();
    off();
    stop();
    expect(cancelled).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect(events.at(-1), JSON.stringify(events.at(-1))).toMatchObject({ state: 'cancelled', stage: { kind: 'check' } });
    const st = await wb.service.getFindings({});
    expect(st.unchecked).toEqual(expect.arrayContaining(report.imported.map((d) => d.id)));
  });

  it('Cancel during the import keeps what was imported and neither pairs nor checks', async () => {
    await wb.service.settled();
    const { events, off } = jobEvents(wb);
    const files = Array.from({ length: 30 }, (_, i) => ({
      name: `c${i}.txt`,
      dataBase64: b64(`Document number ${i}: the committee met in Paris and agreed on item ${i * 7}.\n`),
    }));
    let cancelled = false;
    const stop = wb.service.onEvent((e) => {
      if (e.type === 'job' && e.job.state === 'running' && e.job.done >= 2 && !cancelled) {
        cancelled = true;
        void wb.service.cancelJob({ id: e.job.id });
      }
    });
    const report = await wb.service.importUploads({ files });
    await wb.service.settled();
    off();
    stop();
    expect(report.imported.length).toBeGreaterThanOrEqual(2);
    expect(report.imported.length).toBeLessThan(30);
    expect(events.at(-1)).toMatchObject({ state: 'cancelled' });
    expect(events.every((e) => (e.stage?.index ?? 0) === 0)).toBe(true);
  });

  it('a TSV import is the same one job: its two documents come checked, with their pair', async () => {
    await wb.service.settled();
    const { events, off } = jobEvents(wb);
    const tsv =
      'en\tfr\nThe harbour of Kelmor reopened on Monday after the the storm.\tLe port de Kelmor a rouvert lundi après la tempête.\nFishing boats left at dawn.\tLes bateaux de pêche sont partis à l’aube.\n';
    const r = await wb.service.importBitext({ name: 'kelmor.tsv', dataBase64: b64(tsv) });
    await wb.service.settled();
    off();
    expect(r.pair).not.toBeNull();
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect([...new Set(events.map((e) => e.stage?.kind))]).toEqual(['import', 'pair', 'check']);
    expect(events.at(-1)).toMatchObject({ state: 'done' });
    const st = await wb.service.getFindings({ docIds: r.imported.map((d) => d.id) });
    expect(st.unchecked ?? []).toEqual([]);
    expect(st.findings.some((f) => f.docId === r.imported[0]!.id)).toBe(true);
  });

  it('two imports at once: two jobs, the second pairs and checks only after the first has finished', async () => {
    await wb.service.settled();
    const { events, off } = jobEvents(wb);
    const [r1, r2] = await Promise.all([wb.service.importUploads({ files: twoFiles('gamma') }), wb.service.importUploads({ files: twoFiles('delta') })]);
    await wb.service.settled();
    off();
    expect(r1.imported.length + r2.imported.length).toBe(4);
    const ids = [...new Set(events.map((e) => e.id))];
    expect(ids).toHaveLength(2);
    const ended = (id: string) => events.findIndex((e) => e.id === id && e.state !== 'running');
    const followUpStart = (id: string) => events.findIndex((e) => e.id === id && (e.stage?.index ?? 0) >= 1);
    const [first, second] = ended(ids[0]!) < ended(ids[1]!) ? ids : [ids[1]!, ids[0]!];
    expect(events[ended(first!)]!.state).toBe('done');
    expect(followUpStart(second!)).toBeGreaterThan(ended(first!));
    const st = await wb.service.getFindings({});
    expect(st.unchecked).toEqual([]);
  });

  it('imports queued behind a running one: only the last pairs and checks, for all of them', async () => {
    await wb.service.settled();
    const { events, off } = jobEvents(wb);
    const a = wb.service.importUploads({ files: twoFiles('epsilon') });
    await a;
    const first = events[0]!.id;
    // Two more imports (as the next batches of a large upload) while the first one's follow-up runs.
    const [rb, rc] = await Promise.all([wb.service.importUploads({ files: twoFiles('zeta') }), wb.service.importUploads({ files: twoFiles('eta') })]);
    const firstStillRunning = !events.some((e) => e.id === first && e.state !== 'running');
    await wb.service.settled();
    off();
    const ids = [...new Set(events.map((e) => e.id))];
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(events.filter((e) => e.id === id).at(-1)!.state).toBe('done');
    const checked = ids.filter((id) => events.some((e) => e.id === id && e.stage?.kind === 'check'));
    // Both queued while the first still ran (the usual case): one of them did the work for both.
    if (firstStillRunning) expect(checked).toHaveLength(2);
    const st = await wb.service.getFindings({});
    expect(st.unchecked).toEqual([]);
    for (const d of [...rb.imported, ...rc.imported]) expect(st.findings.some((f) => f.docId === d.id)).toBe(true);
  });
});

describe('the desktop paths (dialog, drop) are the same one job', () => {
  it('files picked in the dialog and files dropped are read, paired and checked as one job each', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { openWorkbench } = await import('../../main/services/open-workbench');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-importjob-'));
    const files = twoFiles('theta').map((f) => {
      const p = path.join(tmp, f.name);
      writeFileSync(p, Buffer.from(f.dataBase64, 'base64'));
      return p;
    });
    const { service } = await openWorkbench({
      projectDir: path.join(tmp, 'p'),
      configDir: path.join(tmp, 'cfg'),
      host: { pickImportPaths: async () => [files[0]!], pickExportDir: async () => null, takeDroppedPaths: (p) => p.filter((x) => x === files[1]) },
    });
    try {
      for (const run of [() => service.importWithDialog({ mode: 'files' }), () => service.importDropped({ paths: [files[1]!] })]) {
        const { events, off } = jobEvents({ service });
        const r = await run();
        await service.settled();
        off();
        expect(r.imported).toHaveLength(1);
        expect(new Set(events.map((e) => e.id)).size).toBe(1);
        expect([...new Set(events.map((e) => e.stage?.kind))]).toEqual(['import', 'pair', 'check']);
        expect(events.at(-1)).toMatchObject({ state: 'done' });
        expect((await service.getFindings({})).unchecked ?? []).toEqual([]);
      }
      // The two stories found each other.
      expect((await service.getSnapshot({})).pairs).toHaveLength(1);
    } finally {
      await service.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
