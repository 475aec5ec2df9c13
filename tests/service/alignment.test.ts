import { describe, expect, it } from 'vitest';
import { checkChain } from '../../shared/alignment';
import { useSampleWorkbench } from './helpers';

const wb = useSampleWorkbench();

const pairOf = async (a: string, b: string) => (await wb.service.listPairs()).find((p) => p.aName.startsWith(a) && p.bName.startsWith(b))!;

describe('pairs and alignments through the service', () => {
  it('a new project suggests 000⇄001 (version) and 002⇄004 (translation) first, and not 003', async () => {
    const pairs = await wb.service.listPairs();
    expect(
      pairs
        .slice(0, 2)
        .map((p) => `${p.aName.slice(0, 3)}-${p.bName.slice(0, 3)}:${p.kind}`)
        .sort(),
    ).toEqual(['000-001:version', '002-004:translation']);
    expect(pairs.every((p) => !p.aName.startsWith('003') && !p.bName.startsWith('003'))).toBe(true);
    expect((await wb.service.getSnapshot()).pairs).toHaveLength(pairs.length);
  });

  it('aligns a pair on first request; every sentence is in exactly one bead', async () => {
    const p = await pairOf('000', '001');
    const v = await wb.service.getAlignment({ pairId: p.id });
    expect(v.src.language).toBe('en');
    expect(v.src.sentences.length).toBeGreaterThan(10);
    expect(checkChain(v.beads, v.src.sentences.length, v.tgt.sentences.length)).toBeNull();
    expect(v.pair.aligned?.beads).toBe(v.beads.length);
  });

  // Issue 11: the Export view counts the beads that can go into the bilingual files (both sides).
  it('the pair summary counts the beads with a sentence on both sides, and the confirmed ones among them', async () => {
    const p = await pairOf('000', '001');
    const v = await wb.service.getAlignment({ pairId: p.id });
    const both = v.beads.map((b, i) => [b, i] as const).filter(([b]) => b.src.length > 0 && b.tgt.length > 0);
    expect(v.pair.aligned?.linked).toBe(both.length);
    const first = both.find(([b]) => !b.confirmed)!;
    const before = v.pair.aligned!.linkedConfirmed!;
    await wb.service.editAlignment({ pairId: p.id, op: { type: 'confirm', bead: first[1], confirmed: true } });
    expect((await pairOf('000', '001')).aligned?.linkedConfirmed).toBe(before + 1);
    await wb.service.undo({});
    expect((await pairOf('000', '001')).aligned?.linkedConfirmed).toBe(before);
  });

  it('edits are patches, recorded, undoable and redoable, and survive a reopen', async () => {
    const p = await pairOf('000', '001');
    const before = await wb.service.getAlignment({ pairId: p.id });
    const merged = await wb.service.editAlignment({ pairId: p.id, op: { type: 'merge-next', bead: 0 } });
    expect(merged.patch).toMatchObject({ start: 0, deleteCount: 2 });
    expect(merged.patch!.insert).toHaveLength(1);
    expect(merged.history).toMatchObject({ canUndo: true, undoLabel: 'merge' });
    const confirmed = await wb.service.editAlignment({ pairId: p.id, op: { type: 'confirm', bead: 0, confirmed: true } });
    expect(confirmed.patch!.insert[0]!.confirmed).toBe(true);
    await wb.service.undo({});
    await wb.service.undo({});
    expect((await wb.service.getAlignment({ pairId: p.id })).beads).toEqual(before.beads);
    await wb.service.redo({});
    await wb.service.redo({});
    const after = await wb.service.getAlignment({ pairId: p.id });
    expect(after.beads[0]).toMatchObject({ confirmed: true, origin: 'manual' });
    expect(after.beads[0]!.src).toEqual([...before.beads[0]!.src, ...before.beads[1]!.src]);

    // A reopened project has the same alignment and can still undo.
    const again = await wb.reopen();
    const reopened = await again.service.getAlignment({ pairId: p.id });
    expect(reopened.beads).toEqual(after.beads);
    expect(reopened.history.canUndo).toBe(true);
    await again.service.close();
  });

  it('invalid operations are refused with alignment.invalidOp and change nothing', async () => {
    const p = await pairOf('000', '001');
    const v = await wb.service.getAlignment({ pairId: p.id });
    await expect(wb.service.editAlignment({ pairId: p.id, op: { type: 'merge-next', bead: v.beads.length - 1 } })).rejects.toMatchObject({
      code: 'alignment.invalidOp',
    });
    expect((await wb.service.getAlignment({ pairId: p.id })).beads).toEqual(v.beads);
  });

  it('realigning keeps the confirmed beads', async () => {
    const p = await pairOf('000', '001');
    const v = await wb.service.getAlignment({ pairId: p.id });
    const kept = v.beads.filter((b) => b.confirmed);
    expect(kept.length).toBeGreaterThan(0);
    const re = await wb.service.getAlignment({ pairId: p.id, realign: true });
    for (const k of kept) expect(re.beads).toContainEqual(k);
    expect(checkChain(re.beads, re.src.sentences.length, re.tgt.sentences.length)).toBeNull();
  });

  it('an inline sentence edit changes the sentence, not the original, and undoes', async () => {
    const p = await pairOf('002', '004');
    const v = await wb.service.getAlignment({ pairId: p.id });
    const idx = v.tgt.sentences.findIndex((s) => s.text.startsWith('Clignote'));
    expect(idx).toBeGreaterThanOrEqual(0);
    const text = v.tgt.sentences[idx]!.text.replace('Clignote', 'Blinken');
    const r = await wb.service.editSentence({ pairId: p.id, side: 'tgt', index: idx, text });
    expect(r.patch?.sentences?.find((s) => s.index === idx)?.sentence).toMatchObject({ text, edited: true });
    const doc = await wb.service.getDocument({ id: p.b });
    expect(doc.text).toContain('Clignote a déclaré');
    expect((await wb.service.getCleanText({ id: p.b })).cleaned).toContain('Blinken a déclaré');
    await wb.service.undo({});
    expect((await wb.service.getAlignment({ pairId: p.id })).tgt.sentences[idx]).toMatchObject({ edited: false });
  });

  it('the editor can reject a pair, make one by hand, and undo the rejection', async () => {
    const p = await pairOf('002', '004');
    expect((await wb.service.setPairStatus({ pairId: p.id, status: 'rejected' })).status).toBe('rejected');
    await wb.service.undo({});
    expect((await pairOf('002', '004')).status).toBe('suggested');
    const docs = (await wb.service.getSnapshot()).documents;
    const made = await wb.service.createPair({ a: docs[2]!.id, b: docs[3]!.id });
    expect(made).toMatchObject({ status: 'confirmed', origin: 'manual', kind: 'translation' });
    await expect(wb.service.createPair({ a: docs[0]!.id, b: docs[0]!.id })).rejects.toMatchObject({ code: 'pair.sameDocument' });
  });
});
