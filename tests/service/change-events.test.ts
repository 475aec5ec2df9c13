// The events name what changed, for the renderer's query cache (renderer/state/queries.ts): a fix
// and its undo/redo say the fixed document's findings and text; a reject and its undo say the
// finding's document; a decision on a document or a pair says no findings; project-changed
// carries the undo state, and `structure` only when the documents list changed.
import { describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../../shared/api/contract.js';
import { useSampleWorkbench } from './helpers';

describe('events after edits, undo and redo (sample project)', () => {
  const wb = useSampleWorkbench();

  async function eventsOf(work: () => Promise<unknown>): Promise<WorkbenchEvent[]> {
    const events: WorkbenchEvent[] = [];
    const stop = wb.service.onEvent((e) => events.push(e));
    try {
      await work();
    } finally {
      stop();
    }
    // The re-check an edit schedules says its own changes: let it end outside what is recorded.
    await wb.service.settled();
    return events;
  }
  const findingDocs = (events: WorkbenchEvent[]) => events.flatMap((e) => (e.type === 'findings-changed' ? [e.docIds ?? ['*']] : []));
  const textDocs = (events: WorkbenchEvent[]) => events.flatMap((e) => (e.type === 'document-changed' && e.text ? [e.id] : []));

  it('a fix, its undo and its redo name the fixed document only; no structure change', async () => {
    const service = wb.service;
    await service.settled();
    const state = await service.getFindings({});
    const f = state.findings.find((x) => x.status === 'open' && x.suggestions.length > 0)!;
    for (const work of [() => service.acceptFinding({ findingId: f.id, suggestion: 0 }), () => service.undo({}), () => service.redo({})]) {
      const events = await eventsOf(work);
      expect(findingDocs(events)).toEqual([[f.docId]]);
      expect(textDocs(events)).toEqual([f.docId]);
      const saved = events.filter((e) => e.type === 'project-changed');
      expect(saved.length).toBeGreaterThan(0);
      for (const e of saved) {
        expect(e.type === 'project-changed' && e.history).toBeTruthy();
        expect(e.type === 'project-changed' && e.structure).toBeFalsy();
      }
    }
    // The answer for that document only.
    const part = await service.getFindings({ docIds: [f.docId] });
    expect(part.findings.length).toBeGreaterThan(0);
    expect(part.findings.every((x) => x.docId === f.docId)).toBe(true);
    expect(part.findings.find((x) => x.id === f.id)?.status).toBe('accepted');
  });

  it('undoing a reject names the finding’s document; undoing “reviewed” names no findings', async () => {
    const service = wb.service;
    const state = await service.getFindings({});
    const f = state.findings.find((x) => x.status === 'open')!;
    await service.rejectFinding({ findingId: f.id });
    expect(findingDocs(await eventsOf(() => service.undo({})))).toEqual([[f.docId]]);
    const doc = (await service.getSnapshot({})).documents[0]!;
    await service.setReviewed({ id: doc.id, reviewed: !doc.reviewed });
    const events = await eventsOf(() => service.undo({}));
    expect(findingDocs(events)).toEqual([[]]);
    expect(events.some((e) => e.type === 'document-changed' && e.id === doc.id && e.summary?.reviewed === doc.reviewed)).toBe(true);
  });

  it('removing a document is a structure change', async () => {
    const service = wb.service;
    const doc = (await service.getSnapshot({})).documents.at(-1)!;
    const events = await eventsOf(() => service.removeDocument({ id: doc.id }));
    expect(events.some((e) => e.type === 'project-changed' && e.structure === true)).toBe(true);
  });
});
