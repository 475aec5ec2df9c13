// One pair's session in the renderer: edits go out one at a time, their patches land once even
// when undo both answers with a patch and broadcasts it, and a patch that no longer fits reloads.
import { describe, expect, it } from 'vitest';
import { applyChange, invertChange, mergeWithNext, type AlignmentChange } from '../../shared/alignment/index.js';
import type { AlignmentPatch } from '../../shared/api/contract.js';
import { AlignmentSession } from '../../renderer/features/pairs/alignment-session.js';
import { WorkbenchStore } from '../../renderer/state/workbench-store.js';
import { fakeBridge } from './fake-bridge.js';
import { alignmentView, bead } from './pair-fixtures.js';

const PAIR = 'p_0123456789abcdef';
const history = { canUndo: true, canRedo: false, undoLabel: 'merge', redoLabel: null };
const toPatch = (c: AlignmentChange): AlignmentPatch => {
  if (c.kind !== 'beads') throw new Error('beads only');
  return { pairId: PAIR, start: c.start, deleteCount: c.before.length, insert: c.after, crossLinks: [] };
};
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('AlignmentSession', () => {
  it('applies an edit, and an undo announced twice only once', async () => {
    let server = alignmentView([bead([0], [0]), bead([1], [1]), bead([2], [2])], 3, 3);
    const merge = mergeWithNext(server, 0);
    const fake = fakeBridge({
      getSnapshot: () => ({}),
      getAlignment: () => server,
      editAlignment: () => {
        server = { ...server, ...applyChange(server, merge) };
        return { patch: toPatch(merge), history };
      },
      undo: () => {
        const undo = invertChange(merge);
        server = { ...server, ...applyChange(server, undo) };
        // The server also pushes the patch as an event before answering.
        fake.emit({ type: 'alignment-changed', patch: toPatch(undo) });
        return { patch: toPatch(undo), history: { ...history, canUndo: false, canRedo: true } };
      },
    });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    const session = new AlignmentSession(store, PAIR);
    session.start();
    await flush();
    expect(session.getState().view?.beads).toHaveLength(3);

    await session.edit({ type: 'merge-next', bead: 0 });
    expect(session.getState().view?.beads.map((b) => b.src)).toEqual([[0, 1], [2]]);

    await store.undo();
    expect(session.getState().view?.beads.map((b) => b.src)).toEqual([[0], [1], [2]]);
    expect(fake.calls.filter(([m]) => m === 'getAlignment')).toHaveLength(1);
  });

  it('reloads when a patch does not fit what it shows', async () => {
    const server = alignmentView([bead([0], [0]), bead([1], [1])], 2, 2);
    const fake = fakeBridge({ getAlignment: () => server });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    const session = new AlignmentSession(store, PAIR);
    session.start();
    await flush();
    fake.emit({ type: 'alignment-changed', patch: { pairId: PAIR, start: 1, deleteCount: 2, insert: [bead([1, 2], [1, 2])], crossLinks: [] } });
    await flush();
    expect(fake.calls.filter(([m]) => m === 'getAlignment')).toHaveLength(2);
  });
});
