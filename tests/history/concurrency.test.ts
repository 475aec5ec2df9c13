// Simultaneous edits and undos on one project: every acknowledged edit is kept (in memory and on
// disk), and undo walks back to the start, whatever the order the calls arrive in.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChain } from '../../shared/alignment';
import { useSampleWorkbench } from '../service/helpers';

const wb = useSampleWorkbench();

async function firstPair() {
  const pairs = await wb.service.listPairs();
  const p = pairs.find((x) => x.aName.startsWith('000') && x.bName.startsWith('001'))!;
  return p;
}

async function undoAll() {
  for (;;) {
    const s = await wb.service.getSnapshot();
    if (!s.history.canUndo) return;
    await wb.service.undo({});
  }
}

describe('serialised edits and undo', () => {
  for (const n of [2, 5, 20]) {
    it(`${n} simultaneous bead confirmations are all kept, and ${n} simultaneous undos walk back to the start`, async () => {
      const p = await firstPair();
      const start = await wb.service.getAlignment({ pairId: p.id });
      expect(start.beads.length).toBeGreaterThanOrEqual(n);
      const results = await Promise.allSettled(
        Array.from({ length: n }, (_, i) =>
          wb.service.editAlignment({ pairId: p.id, op: { type: 'confirm', bead: i, confirmed: !start.beads[i]!.confirmed } }),
        ),
      );
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const after = await wb.service.getAlignment({ pairId: p.id });
      for (let i = 0; i < n; i++) expect(after.beads[i]!.confirmed, `bead ${i}`).toBe(!start.beads[i]!.confirmed);

      // What the disk holds is what was acknowledged.
      const reopened = await wb.reopen();
      const onDisk = await reopened.service.getAlignment({ pairId: p.id });
      expect(onDisk.beads).toEqual(after.beads);

      const undos = await Promise.allSettled(Array.from({ length: n }, () => wb.service.undo({})));
      expect(undos.filter((r) => r.status === 'rejected')).toEqual([]);
      expect((await wb.service.getAlignment({ pairId: p.id })).beads).toEqual(start.beads);
      await undoAll();
    });
  }

  it('edits, undos and redos fired together leave alignment and history in step', async () => {
    const p = await firstPair();
    const start = await wb.service.getAlignment({ pairId: p.id });
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < 12; i++) {
      calls.push(wb.service.editAlignment({ pairId: p.id, op: i % 3 === 0 ? { type: 'merge-next', bead: i } : { type: 'confirm', bead: i, confirmed: true } }));
      if (i % 4 === 3) calls.push(wb.service.undo({}));
      if (i % 6 === 5) calls.push(wb.service.redo({}).catch(() => 'nothing to redo'));
    }
    const settled = await Promise.allSettled(calls);
    // An undo may find nothing to undo or an edit a bead that moved; nothing else may fail.
    for (const r of settled) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toMatch(/^(history\.nothingTo|alignment\.invalidOp)/);
    const mid = await wb.service.getAlignment({ pairId: p.id });
    expect(checkChain(mid.beads, mid.src.sentences.length, mid.tgt.sentences.length)).toBeNull();
    await undoAll();
    expect((await wb.service.getAlignment({ pairId: p.id })).beads).toEqual(start.beads);
  });

  it('a failed save changes nothing in memory and says so; the next save works', async () => {
    const p = await firstPair();
    const start = await wb.service.getAlignment({ pairId: p.id });
    const before = (await wb.service.getSnapshot()).history;
    // A folder where the journal must go: every save with side files fails.
    const blocker = path.join(wb.tmp, 'proj', '.journal.json');
    mkdirSync(path.join(blocker, 'x'), { recursive: true });
    try {
      await expect(wb.service.editAlignment({ pairId: p.id, op: { type: 'merge-next', bead: 0 } })).rejects.toMatchObject({ code: 'project.unwritable' });
      expect((await wb.service.getAlignment({ pairId: p.id })).beads).toEqual(start.beads);
      expect((await wb.service.getSnapshot()).history).toEqual(before);
    } finally {
      rmSync(blocker, { recursive: true, force: true });
    }
    const ok = await wb.service.editAlignment({ pairId: p.id, op: { type: 'merge-next', bead: 0 } });
    expect(ok.history.canUndo).toBe(true);
    await undoAll();
  });

  it('an edited sentence is patched into the pair being edited when its document is in two pairs', async () => {
    const pairs = await wb.service.listPairs();
    const p1 = await firstPair();
    // A second pair with the same first document.
    const other = (await wb.service.getSnapshot()).documents.find((d) => d.id !== p1.a && d.id !== p1.b)!;
    const p2 = await wb.service.createPair({ a: p1.a, b: other.id });
    expect(pairs.some((x) => x.id === p2.id) || p2.status === 'confirmed').toBe(true);
    await wb.service.getAlignment({ pairId: p1.id });
    await wb.service.getAlignment({ pairId: p2.id });
    const r = await wb.service.editSentence({ pairId: p2.id, side: 'src', index: 1, text: 'An edited sentence.' });
    expect(r.patch?.pairId).toBe(p2.id);
    expect((await wb.service.getAlignment({ pairId: p2.id })).src.sentences[1]!.text).toBe('An edited sentence.');
    // The other pair showing the same document sees it too.
    expect((await wb.service.getAlignment({ pairId: p1.id })).src.sentences[1]!.text).toBe('An edited sentence.');
    await undoAll();
  });
});
