import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/api/contract.js';
import { WorkbenchStore } from '../../renderer/state/workbench-store.js';
import { apiFailure, fakeBridge } from './fake-bridge.js';
import { summary } from './fixtures.js';

const doc = summary({ name: 'a.txt' });
const snapshot = (): Snapshot => ({
  project: { name: 'P', dir: '/p', formatVersion: 1, languages: ['en', 'fr'], savedAt: null },
  documents: [doc],
  rejected: [],
  settings: { uiLanguage: 'fr', recentProjects: [] },
  capabilities: { nativeDialogs: false },
  pairs: [],
  history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
});

describe('WorkbenchStore', () => {
  it('loads the snapshot, and a failed load is reported as such', async () => {
    const ok = new WorkbenchStore(fakeBridge({ getSnapshot: snapshot }).bridge);
    await ok.load();
    expect(ok.getState().status).toBe('ready');
    expect(ok.getState().snapshot?.settings.uiLanguage).toBe('fr');

    const bad = new WorkbenchStore(fakeBridge({ getSnapshot: apiFailure({ code: 'project.corrupt', params: { reason: 'x' } }) }).bridge);
    await bad.load();
    expect(bad.getState().status).toBe('failed');
  });

  it('an override replaces the row with what the API answered, and shows Saving… meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { bridge, calls } = fakeBridge({
      getSnapshot: snapshot,
      setLanguageOverride: async ({ language }) => {
        await gate;
        return { ...doc, override: language, language };
      },
    });
    const store = new WorkbenchStore(bridge);
    await store.load();
    const pending = store.setOverride(doc.id, 'fr');
    expect(store.getState().pendingSaves).toBe(1);
    release();
    await pending;
    expect(store.getState().pendingSaves).toBe(0);
    expect(store.getState().snapshot?.documents[0]).toMatchObject({ override: 'fr', language: 'fr' });
    expect(calls).toContainEqual(['setLanguageOverride', { id: doc.id, language: 'fr' }]);
  });

  it('reviewed flips at once and flips back with a notice when the call fails', async () => {
    const store = new WorkbenchStore(
      fakeBridge({ getSnapshot: snapshot, setReviewed: apiFailure({ code: 'project.unwritable', params: { reason: 'disk full' } }) }).bridge,
    );
    await store.load();
    const p = store.setReviewed(doc.id, true);
    expect(store.getState().snapshot?.documents[0]?.reviewed).toBe(true);
    await p;
    expect(store.getState().snapshot?.documents[0]?.reviewed).toBe(false);
    expect(store.getState().notices).toHaveLength(1);
  });

  it('events: job progress is kept, project-changed updates savedAt and refreshes, commands are queued', async () => {
    let snapshots = 0;
    const fake = fakeBridge({ getSnapshot: () => (snapshots++, snapshot()) });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    await store.load();
    fake.emit({ type: 'job', job: { id: 'j1', kind: 'import', state: 'running', done: 1, total: 4 } });
    expect(store.getState().job?.done).toBe(1);
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:00.000Z' });
    expect(store.getState().snapshot?.project.savedAt).toBe('2026-01-01T10:00:00.000Z');
    // A burst of project-changed events costs one snapshot.
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:01.000Z' });
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:02.000Z' });
    await new Promise((r) => setTimeout(r, 150));
    expect(snapshots).toBe(2);
    fake.emit({ type: 'command', command: 'show-keys' });
    fake.emit({ type: 'command', command: 'show-keys' });
    expect(store.getState().command).toEqual({ seq: 2, name: 'show-keys' });
  });

  it('named events update only what they name, without asking the core again', async () => {
    let snapshots = 0;
    const fake = fakeBridge({ getSnapshot: () => (snapshots++, snapshot()) });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    await store.load();
    fake.emit({ type: 'document-changed', id: doc.id, summary: { ...doc, reviewed: true } });
    expect(store.getState().snapshot?.documents.find((d) => d.id === doc.id)?.reviewed).toBe(true);
    fake.emit({ type: 'document-changed', id: doc.id, text: true });
    fake.emit({ type: 'document-changed', id: doc.id, text: true });
    expect(store.getState().textVersions).toEqual({ [doc.id]: 2 });
    fake.emit({ type: 'pairs-changed', pairs: [] });
    expect(store.getState().snapshot?.pairs).toEqual([]);
    fake.emit({ type: 'glossary-changed' });
    expect(store.getState().glossaryVersion).toBe(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(snapshots).toBe(1);
  });

  it('merges batched import reports; an empty report (dialog closed) shows nothing', async () => {
    const store = new WorkbenchStore(fakeBridge({ getSnapshot: snapshot }).bridge);
    await store.load();
    const rejected = { name: 'x.bin', at: 'now', error: { code: 'import.binary' as const } };
    await store.runImport([async () => ({ imported: [doc], rejected: [] }), async () => ({ imported: [], rejected: [rejected] })]);
    expect(store.getState().lastImport).toEqual({ imported: [doc], rejected: [rejected] });
    store.dismissImport();
    await store.runImport([async () => ({ imported: [], rejected: [] })]);
    expect(store.getState().lastImport).toBeNull();
  });

  it('drops a snapshot answer that arrives after a newer one was asked for', async () => {
    const answers: Array<(s: Snapshot) => void> = [];
    const store = new WorkbenchStore(fakeBridge({ getSnapshot: () => new Promise<Snapshot>((r) => answers.push(r)) }).bridge);
    const first = store.refresh();
    const second = store.refresh();
    answers[1]!({ ...snapshot(), project: { ...snapshot().project, name: 'new' } });
    answers[0]!({ ...snapshot(), project: { ...snapshot().project, name: 'old' } });
    await Promise.all([first, second]);
    expect(store.getState().snapshot?.project.name).toBe('new');
  });
});
