// The findings store against a fake bridge: loading, selection that reveals the span, decisions
// that move the selection on, the "same fix elsewhere" offer, apply to all, and re-running checks.
import { describe, expect, it } from 'vitest';
import type { FindingView, FindingsState } from '../../shared/api/contract.js';
import { FindingsStore } from '../../renderer/features/findings/findings-store.js';
import { WorkbenchStore } from '../../renderer/state/workbench-store.js';
import { apiFailure, fakeBridge } from './fake-bridge.js';
import { finding } from './findings-fixtures.js';

const HISTORY = { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null };

function setup(initial: FindingView[], extra: Record<string, (input: any) => unknown> = {}) {
  let findings = initial;
  const state = (input?: { docIds?: string[] }): FindingsState => ({
    checkedAt: 'now',
    findings: input?.docIds ? findings.filter((f) => input.docIds!.includes(f.docId)) : findings,
    counts: {},
  });
  const fake = fakeBridge({
    getFindings: state,
    acceptFinding: ({ findingId }: { findingId: string }) => {
      findings = findings.map((f) => (f.id === findingId ? { ...f, status: 'accepted' } : f));
      // As the core does: the findings that changed are named by event, not in the answer.
      const docIds = findings.filter((f) => f.id === findingId).map((f) => f.docId);
      setTimeout(() => fake.emit({ type: 'findings-changed', docIds }), 0);
      return { history: HISTORY };
    },
    runChecks: state,
    ...extra,
  });
  const wb = new WorkbenchStore(fake.bridge);
  wb.connectEvents();
  return { wb, store: new FindingsStore(wb), fake, set: (f: FindingView[]) => (findings = f) };
}

/** Lets pending events and the requests they cause settle. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('FindingsStore', () => {
  it('loads the findings', async () => {
    const { store } = setup([finding()]);
    await store.load();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().data?.findings).toHaveLength(1);
  });

  it('selecting a finding asks the views to reveal its span', async () => {
    const f = finding({ docId: 'd_x', start: 3, end: 9 });
    const { store, wb } = setup([f]);
    await store.load();
    store.select(f.id);
    expect(wb.getState().reveal).toMatchObject({ docId: 'd_x', start: 3, end: 9, findingId: f.id });
    const seq = wb.getState().reveal!.seq;
    store.select(f.id);
    expect(wb.getState().reveal!.seq).toBe(seq + 1);
  });

  it('accepting moves the selection to the next open finding and shows the history', async () => {
    const a = finding({ start: 1 });
    const b = finding({ start: 2 });
    const { store, wb } = setup([a, b]);
    await store.load();
    store.select(a.id);
    await store.accept(a, 0);
    await settle();
    expect(store.getState().selectedId).toBe(b.id);
    expect(wb.getState().snapshot).toBeNull(); // no snapshot loaded: history has nowhere to go, no crash
    expect(wb.getState().pendingSaves).toBe(0);
  });

  it('a hand edit that carries an offer keeps it until answered, then applies it at the chosen places', async () => {
    const f = finding({ text: 'bussiness' });
    const place = { docId: 'd_b', docName: 'b.txt', start: 4, end: 13, text: 'bussiness', findingId: null, context: { before: '', after: '' } };
    const { store, fake } = setup([f], {
      editFinding: () => ({ history: HISTORY, offer: { from: 'bussiness', to: 'business', occurrences: [place] } }),
      applyFixAt: () => ({ history: HISTORY }),
    });
    await store.load();
    await store.edit(f, 'business');
    expect(store.getState().offer?.occurrences).toHaveLength(1);
    await store.applyOffer(store.getState().offer!, [place]);
    expect(store.getState().offer).toBeNull();
    expect(fake.calls.find(([m]) => m === 'applyFixAt')?.[1]).toEqual({ from: 'bussiness', to: 'business', places: [{ docId: 'd_b', start: 4, end: 13 }] });
  });

  it('apply to all sends the chosen finding ids in one call', async () => {
    const f = finding();
    const { store, fake } = setup([f], { applyToAll: () => ({ history: HISTORY }) });
    await store.load();
    await store.applyToAll(f, 0, [f.id, 'f_00000099']);
    expect(fake.calls.filter(([m]) => m === 'applyToAll').map(([, i]) => i)).toEqual([{ findingId: f.id, suggestion: 0, findingIds: [f.id, 'f_00000099'] }]);
  });

  it('a failed decision becomes a notice and changes nothing', async () => {
    const f = finding();
    const { store, wb } = setup([f], { rejectFinding: apiFailure({ code: 'internal' }) });
    await store.load();
    expect(await store.reject(f, ' because ', true)).toBeUndefined();
    expect(wb.getState().notices).toHaveLength(1);
    expect(store.getState().data?.findings[0]!.status).toBe('open');
  });

  it('sends a trimmed reason and the ignore flag only when given', async () => {
    const f = finding();
    const { store, fake } = setup([f], { rejectFinding: () => ({ history: HISTORY }) });
    await store.load();
    await store.reject(f, '  fine as is ', true);
    await store.reject(f, '   ', false);
    expect(fake.calls.filter(([m]) => m === 'rejectFinding').map(([, i]) => i)).toEqual([
      { findingId: f.id, reason: 'fine as is', ignorePattern: true },
      { findingId: f.id },
    ]);
  });

  it('re-running checks replaces the findings; a cancelled run is no notice', async () => {
    const { store, wb, set } = setup([finding()]);
    await store.load();
    set([finding(), finding()]);
    await store.runChecks();
    expect(store.getState().data?.findings).toHaveLength(2);
    expect(store.getState().checking).toBe(false);

    const cancelled = setup([], { runChecks: apiFailure({ code: 'job.cancelled' }) });
    await cancelled.store.runChecks();
    expect(cancelled.wb.getState().notices).toEqual([]);
    expect(wb.getState().notices).toEqual([]);
  });

  it('a findings-changed event refetches only the documents it names, merged into the rest', async () => {
    const a = finding({ docId: 'd_aaaaaaaaaaaa', start: 1 });
    const b = finding({ docId: 'd_bbbbbbbbbbbb', start: 2 });
    const { store, fake, set } = setup([a, b]);
    await store.load();
    const b2 = { ...b, status: 'rejected' as const };
    set([a, b2]);
    const before = fake.calls.length;
    fake.emit({ type: 'findings-changed', docIds: ['d_bbbbbbbbbbbb'] });
    await settle();
    expect(fake.calls.slice(before)).toEqual([['getFindings', { docIds: ['d_bbbbbbbbbbbb'] }]]);
    expect(store.getState().data?.findings).toEqual([a, b2]);
    // Nothing named: nothing asked. No names: everything asked again.
    fake.emit({ type: 'findings-changed', docIds: [] });
    await settle();
    expect(fake.calls.length).toBe(before + 1);
    fake.emit({ type: 'findings-changed' });
    await settle();
    expect(fake.calls.slice(before + 1)).toEqual([['getFindings', {}]]);
  });

  it('a decision costs its own request only: the findings come by the event', async () => {
    const a = finding({ docId: 'd_aaaaaaaaaaaa', start: 1 });
    const { store, fake } = setup([a, finding({ docId: 'd_bbbbbbbbbbbb' })]);
    await store.load();
    const before = fake.calls.length;
    await store.accept(a, 0);
    await settle();
    expect(fake.calls.slice(before).map(([m, i]) => [m, m === 'getFindings' ? i : null])).toEqual([
      ['acceptFinding', null],
      ['getFindings', { docIds: ['d_aaaaaaaaaaaa'] }],
    ]);
    expect(store.getState().data?.findings.find((f) => f.id === a.id)?.status).toBe('accepted');
  });

  it('a highlight clicked in the text opens the panel on its finding, widening filters if needed', async () => {
    const rejected = finding({ status: 'rejected' });
    const { store } = setup([rejected]);
    await store.load();
    store.focusFinding(rejected.id);
    expect(store.getState()).toMatchObject({ panelOpen: true, selectedId: rejected.id });
    expect(store.visible().map((f) => f.id)).toContain(rejected.id);
  });
});
