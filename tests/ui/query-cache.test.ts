// The renderer's store primitive and query cache against a fake bridge: one request for
// concurrent identical asks, the last value kept while asking again (and when that fails),
// invalidation that asks again only what is shown, partial refetches merged, answers older than
// a value set meanwhile dropped, and the LRU of queries nobody shows.
import { describe, expect, it } from 'vitest';
import type { FindingsState } from '../../shared/api/contract.js';
import { QueryCache, queryKey } from '../../renderer/state/query-cache.js';
import { mergeFindings, PARTIALS } from '../../renderer/state/queries.js';
import { Store } from '../../renderer/state/store.js';
import { apiFailure, fakeBridge } from './fake-bridge.js';
import { finding } from './findings-fixtures.js';

const A = 'd_aaaaaaaaaaaa';
const B = 'd_bbbbbbbbbbbb';
const clean = (id: string, n: number) => ({ original: id, cleaned: `${id}#${n}`, edits: [] });
/** Lets answered requests land. */
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A bridge whose getCleanText answers only when the test says so. */
function held() {
  const pending: Array<() => void> = [];
  let n = 0;
  const fake = fakeBridge({ getCleanText: ({ id }: { id: string }) => new Promise((r) => pending.push(() => r(clean(id, ++n)))) });
  return { fake, answer: () => pending.shift()?.(), pending };
}

describe('Store', () => {
  it('notifies only when a field really changed, and replace swaps the whole state', () => {
    const s = new Store({ a: 1, b: 'x' });
    let calls = 0;
    const stop = s.subscribe(() => calls++);
    s.set({ a: 1 });
    expect(calls).toBe(0);
    s.set({ a: 2 });
    s.update((x) => ({ b: x.b + 'y' }));
    expect(s.getState()).toEqual({ a: 2, b: 'xy' });
    s.replace({ a: 0, b: '' });
    expect(calls).toBe(3);
    expect(s.listenerCount).toBe(1);
    stop();
    expect(s.listenerCount).toBe(0);
  });
});

describe('QueryCache', () => {
  it('one request for concurrent identical asks; params in any key order are one query', async () => {
    const { fake, answer } = held();
    const cache = new QueryCache(fake.bridge);
    const both = Promise.all([cache.ensure('getCleanText', { id: A }), cache.ensure('getCleanText', { id: A })]);
    expect(fake.calls).toHaveLength(1);
    answer();
    const [x, y] = await both;
    expect(x).toEqual(clean(A, 1));
    expect(y).toBe(x);
    // Answered and not invalidated: no new request.
    await cache.ensure('getCleanText', { id: A });
    expect(fake.calls).toHaveLength(1);
    expect(queryKey('q', { a: 1, b: 2 })).toBe(queryKey('q', { b: 2, a: 1 }));
  });

  it('keeps the last value while asking again; a shown query is asked again on invalidation, a hidden one when next shown', async () => {
    const { fake, answer } = held();
    const cache = new QueryCache(fake.bridge);
    const shown = cache.store('getCleanText', { id: A });
    const stop = shown.subscribe(() => undefined);
    void cache.ensure('getCleanText', { id: A });
    void cache.ensure('getCleanText', { id: B });
    answer();
    answer();
    await tick();
    cache.invalidate('getCleanText');
    // Only the shown one is asked again; it still shows its last value meanwhile.
    expect(fake.calls.map(([, i]) => (i as { id: string }).id)).toEqual([A, B, A]);
    expect(shown.getState()).toMatchObject({ status: 'ready', fetching: true, data: clean(A, 1) });
    answer();
    await tick();
    expect(shown.getState()).toMatchObject({ fetching: false, data: clean(A, 3) });
    // The hidden one is stale: asked again when next ensured.
    const b = cache.ensure('getCleanText', { id: B });
    expect(fake.calls).toHaveLength(4);
    answer();
    expect(await b).toEqual(clean(B, 4));
    stop();
  });

  it('invalidated while its request is under way: asked once more after the answer, not once per event', async () => {
    const { fake, answer } = held();
    const cache = new QueryCache(fake.bridge);
    const stop = cache.store('getCleanText', { id: A }).subscribe(() => undefined);
    void cache.ensure('getCleanText', { id: A });
    cache.invalidate('getCleanText');
    cache.invalidate('getCleanText');
    cache.invalidate('getCleanText');
    expect(fake.calls).toHaveLength(1);
    answer();
    await tick();
    expect(fake.calls).toHaveLength(2);
    answer();
    await tick();
    expect(fake.calls).toHaveLength(2);
    stop();
  });

  it('a failed refetch keeps the last value; a value set meanwhile wins over an older answer', async () => {
    let fail = false;
    let n = 0;
    const fake = fakeBridge({ getGlossary: () => (fail ? apiFailure({ code: 'internal' })() : [{ n: ++n }]) });
    const cache = new QueryCache(fake.bridge);
    const q = cache.store('getGlossary', {});
    await cache.ensure('getGlossary', {});
    fail = true;
    await cache.refetch('getGlossary', {});
    expect(q.getState()).toMatchObject({ status: 'ready', data: [{ n: 1 }] });
    expect(q.getState().error).toBeTruthy();
    fail = false;
    const asked = cache.refetch('getGlossary', {});
    cache.setData('getGlossary', {}, []);
    await asked;
    expect(q.getState().data).toEqual([]);
  });

  it('findings: an event naming documents asks for those only and merges them; none named, nothing asked', async () => {
    const a1 = finding({ docId: A, start: 1 });
    const b1 = finding({ docId: B, start: 1, category: 'spacing' });
    let findings = [a1, b1];
    const fake = fakeBridge({
      getFindings: (i: { docIds?: string[] }): FindingsState => ({
        checkedAt: 'now',
        findings: i.docIds ? findings.filter((f) => i.docIds!.includes(f.docId)) : findings,
        counts: {},
      }),
    });
    const cache = new QueryCache(fake.bridge, PARTIALS);
    const q = cache.store('getFindings', {});
    const stop = q.subscribe(() => undefined);
    await cache.ensure('getFindings', {});
    const b2 = finding({ docId: B, start: 5, category: 'spacing' });
    findings = [a1, { ...b1, status: 'accepted' }, b2];
    cache.invalidate('getFindings', () => true, [B]);
    cache.invalidate('getFindings', () => true, []);
    await tick();
    await tick();
    expect(fake.calls.map(([, i]) => i)).toEqual([{}, { docIds: [B] }]);
    expect(q.getState().data?.findings).toEqual(findings);
    expect(q.getState().data?.counts).toEqual({ quotes: { open: 1, total: 1 }, spacing: { open: 1, total: 2 } });
    stop();
  });

  it('mergeFindings puts a document’s new findings where its old ones were and adds new documents last', () => {
    const a = finding({ docId: A });
    const b = finding({ docId: B });
    const c = finding({ docId: 'd_cccccccccccc' });
    const state = (findings: FindingsState['findings']): FindingsState => ({ checkedAt: 'x', findings, counts: {} });
    const b2 = finding({ docId: B, start: 7 });
    const d = finding({ docId: 'd_dddddddddddd' });
    expect(mergeFindings(state([a, b, c]), state([b2, d]), [B, 'd_dddddddddddd']).findings).toEqual([a, b2, c, d]);
    // A named document without findings now loses its old ones.
    expect(mergeFindings(state([a, b, c]), state([]), [B]).findings).toEqual([a, c]);
  });
});
