// After an import the renderer asks for the snapshot once: the structure events the core sends
// while importing, the import's own refresh, then the pairing and checks that follow (named events).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/api/contract.js';
import { WorkbenchStore } from '../../renderer/state/workbench-store.js';
import { fakeBridge } from './fake-bridge.js';
import { summary } from './fixtures.js';

const a = summary({ name: 'a.txt' });
const b = summary({ name: 'b.txt' });
let docs = [a];
const snapshot = (): Snapshot => ({
  project: { name: 'P', dir: '/p', formatVersion: 1, languages: ['en', 'fr'], savedAt: null },
  documents: docs,
  rejected: [],
  settings: { uiLanguage: 'en', recentProjects: [] },
  capabilities: { nativeDialogs: false },
  pairs: [],
  history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
});

describe('snapshot requests of one import', () => {
  it('one getSnapshot after the import, whatever the core said meanwhile and afterwards', async () => {
    let snapshots = 0;
    const fake = fakeBridge({ getSnapshot: () => (snapshots++, snapshot()) });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    await store.load();
    await new Promise((r) => setTimeout(r, 150));
    const before = snapshots;
    await store.runImport([
      async () => {
        // The core saves batches during the import: structure changed (twice here), then answers.
        docs = [a, b];
        fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:00.000Z', structure: true });
        fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:01.000Z', structure: true });
        return { imported: [b], rejected: [] };
      },
    ]);
    // What follows the import (one job: pairing, then checks) is said by named events.
    fake.emit({ type: 'job', job: { id: 'j1', kind: 'import', state: 'running', done: 3, total: 9, stage: { kind: 'pair', index: 1, count: 3 } } });
    fake.emit({ type: 'pairs-changed', pairs: [] });
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:02.000Z' });
    fake.emit({ type: 'findings-changed' });
    await new Promise((r) => setTimeout(r, 300));
    expect(snapshots - before).toBe(1);
    expect(store.getState().snapshot?.documents.map((d) => d.name)).toEqual(['a.txt', 'b.txt']);
  });
});
