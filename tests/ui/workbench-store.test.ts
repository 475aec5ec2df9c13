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

  it('events: job progress is kept, project-changed updates savedAt and history, refreshes only for a structure change, commands are queued', async () => {
    let snapshots = 0;
    const fake = fakeBridge({ getSnapshot: () => (snapshots++, snapshot()) });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    await store.load();
    fake.emit({ type: 'job', job: { id: 'j1', kind: 'import', state: 'running', done: 1, total: 4 } });
    expect(store.getState().job?.done).toBe(1);
    const history = { canUndo: true, canRedo: false, undoLabel: 'accept-fix', redoLabel: null };
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:00.000Z', history });
    expect(store.getState().snapshot?.project.savedAt).toBe('2026-01-01T10:00:00.000Z');
    expect(store.getState().snapshot?.history).toEqual(history);
    await new Promise((r) => setTimeout(r, 150));
    expect(snapshots).toBe(1);
    // Documents added or removed: a burst of such events costs one snapshot.
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:01.000Z', structure: true });
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:02.000Z', structure: true });
    await new Promise((r) => setTimeout(r, 150));
    expect(snapshots).toBe(2);
    fake.emit({ type: 'command', command: 'show-keys' });
    fake.emit({ type: 'command', command: 'show-keys' });
    expect(store.getState().command).toEqual({ seq: 2, name: 'show-keys' });
  });

  it('named events update only what they name: the shown queries of that document, no snapshot', async () => {
    let snapshots = 0;
    const other = summary({ name: 'b.txt' });
    const clean = (id: string) => ({ original: id, cleaned: id, edits: [] });
    const fake = fakeBridge({
      getSnapshot: () => (snapshots++, { ...snapshot(), documents: [doc, other] }),
      getCleanText: ({ id }: { id: string }) => clean(id),
      getDocument: ({ id }: { id: string }) => ({ id, text: id, segments: [] }),
      getGlossary: () => [],
    });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    await store.load();
    // Two views shown: each document's clean text, and the first one's text and segments.
    const shown = [
      store.queries.store('getCleanText', { id: doc.id }),
      store.queries.store('getCleanText', { id: other.id }),
      store.queries.store('getDocument', { id: doc.id }),
      store.queries.store('getGlossary', {}),
    ].map((q) => q.subscribe(() => undefined));
    await Promise.all([
      store.queries.ensure('getCleanText', { id: doc.id }),
      store.queries.ensure('getCleanText', { id: other.id }),
      store.queries.ensure('getDocument', { id: doc.id }),
      store.queries.ensure('getGlossary', {}),
    ]);
    const asked = () => fake.calls.slice(before).map(([m, i]) => `${m} ${JSON.stringify(i)}`);
    const before = fake.calls.length;
    fake.emit({ type: 'document-changed', id: doc.id, summary: { ...doc, reviewed: true } });
    expect(store.getState().snapshot?.documents.find((d) => d.id === doc.id)?.reviewed).toBe(true);
    // Three text changes of one document in a burst: a request, then one more after its answer (not three).
    fake.emit({ type: 'document-changed', id: doc.id, text: true });
    fake.emit({ type: 'document-changed', id: doc.id, text: true });
    fake.emit({ type: 'document-changed', id: doc.id, text: true });
    fake.emit({ type: 'pairs-changed', pairs: [] });
    expect(store.getState().snapshot?.pairs).toEqual([]);
    fake.emit({ type: 'glossary-changed' });
    await new Promise((r) => setTimeout(r, 150));
    expect(asked()).toEqual([`getCleanText {"id":"${doc.id}"}`, 'getGlossary {}', `getCleanText {"id":"${doc.id}"}`]);
    // A new encoding changes the document's own text: its detail is read again.
    fake.emit({ type: 'document-changed', id: doc.id, summary: { ...doc, reviewed: true, encoding: 'windows-1252' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(asked().at(-1)).toBe(`getDocument {"id":"${doc.id}"}`);
    expect(snapshots).toBe(1);
    shown.forEach((stop) => stop());
  });

  it('the stream reopening after a drop catches up: the snapshot and the shown queries are read again', async () => {
    let snapshots = 0;
    const fake = fakeBridge({ getSnapshot: () => (snapshots++, snapshot()), getGlossary: () => [] });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    await store.load();
    const stop = store.queries.store('getGlossary', {}).subscribe(() => undefined);
    await store.queries.ensure('getGlossary', {});
    const glossaryReads = () => fake.calls.filter(([m]) => m === 'getGlossary').length;
    expect([snapshots, glossaryReads()]).toEqual([1, 1]);
    fake.reopen();
    await new Promise((r) => setTimeout(r, 150));
    expect([snapshots, glossaryReads()]).toEqual([2, 2]);
    stop();
  });

  it('a read of the cache that finds the session gone shows the lost-session banner', async () => {
    const store = new WorkbenchStore(fakeBridge({ getSnapshot: snapshot, getGlossary: apiFailure({ code: 'session.lost' }) }).bridge);
    await store.load();
    await store.queries.ensure('getGlossary', {});
    expect(store.getState().sessionLost).toBe(true);
    expect(store.getState().notices).toEqual([]);
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

  it('a snapshot asked for before a pairs-changed event does not bring back the older pairs', async () => {
    const answers: Array<(s: Snapshot) => void> = [];
    const fake = fakeBridge({ getSnapshot: () => new Promise<Snapshot>((r) => answers.push(r)) });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    const loaded = store.refresh();
    answers[0]!(snapshot());
    await loaded;
    // An import's structure refresh is on its way when its pairing step tells the new pair.
    const slow = store.refresh();
    const pair = { id: 'p1', a: doc.id, b: 'd2', kind: 'translation', status: 'suggested' } as unknown as Snapshot['pairs'][number];
    fake.emit({ type: 'pairs-changed', pairs: [pair] });
    expect(store.getState().snapshot?.pairs).toEqual([pair]);
    answers[1]!(snapshot()); // read on the server before the pairing: no pairs
    await slow;
    expect(store.getState().snapshot?.pairs).toEqual([pair]);
    // A later snapshot, asked for after the event, is the truth again.
    const later = store.refresh();
    answers[2]!({ ...snapshot(), pairs: [] });
    await later;
    expect(store.getState().snapshot?.pairs).toEqual([]);
  });

  it('a snapshot read before an edit was told keeps the told history and document', async () => {
    const answers: Array<(s: Snapshot) => void> = [];
    const fake = fakeBridge({ getSnapshot: () => new Promise<Snapshot>((r) => answers.push(r)) });
    const store = new WorkbenchStore(fake.bridge);
    store.connectEvents();
    const loaded = store.refresh();
    answers[0]!(snapshot());
    await loaded;
    const slow = store.refresh();
    const history = { canUndo: true, canRedo: false, undoLabel: 'fix', redoLabel: null };
    fake.emit({ type: 'project-changed', savedAt: '2026-01-01T10:00:00.000Z', history });
    fake.emit({ type: 'document-changed', id: doc.id, summary: { ...doc, reviewed: true } });
    answers[1]!(snapshot()); // read before the edit
    await slow;
    expect(store.getState().snapshot?.history).toEqual(history);
    expect(store.getState().snapshot?.project.savedAt).toBe('2026-01-01T10:00:00.000Z');
    expect(store.getState().snapshot?.documents[0]?.reviewed).toBe(true);
  });
});
