// The one owner of the edit history. Every change the editor makes (text edits, finding
// statuses, pair decisions, bead operations) is committed here, and undo/redo happen here.
// Changes of one project run one at a time, in call order (`exclusive`), and a change is
// acknowledged only once its whole unit — the project file and the side files it touches — is
// durable (ProjectStore.update with side writes, journaled). The services that own a record kind
// register an applier that stages its effect; nothing else writes history.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AlignmentPatch, HistoryState } from '../../../shared/api/contract.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import {
  activeRecords,
  canRedo,
  canUndo,
  primitives,
  pushRecord,
  type AlignmentEdit,
  type EditRecord,
  type StatusEdit,
  type TextEdit,
} from '../../../shared/history/records.js';
import type { ProjectFile } from '../../../shared/project/format.js';
import type { ProjectStore, SideWrite } from '../project/project-store.js';

export type PrimitiveRecord = AlignmentEdit | TextEdit | StatusEdit;
/** 'apply' when a record is done or redone, 'revert' when it is undone. */
export type Direction = 'apply' | 'revert';

/** What one unit will change; appliers stage into it, the history service commits it. */
export class Tx {
  private readonly sides = new Map<string, { data: string; onCommit?: () => void }>();
  readonly mutations: Array<(p: ProjectFile) => void> = [];
  readonly afters: Array<() => Promise<AlignmentPatch | null | void> | AlignmentPatch | null | void> = [];
  /** Working copies shared by the appliers of one unit (e.g. an alignment changed twice in a batch). */
  readonly scratch = new Map<string, unknown>();

  /** A side file written with the project; `onCommit` updates caches once it is durable. */
  side(rel: string, data: string, onCommit?: () => void): void {
    this.sides.set(rel, { data, ...(onCommit ? { onCommit } : {}) });
  }
  mutate(fn: (p: ProjectFile) => void): void {
    this.mutations.push(fn);
  }
  /** Runs after the unit is durable (views, patches). */
  after(fn: () => Promise<AlignmentPatch | null | void> | AlignmentPatch | null | void): void {
    this.afters.push(fn);
  }
  sideWrites(): SideWrite[] {
    return [...this.sides].map(([rel, s]) => ({ rel, data: s.data }));
  }
  committed(): void {
    for (const s of this.sides.values()) s.onCommit?.();
  }
}

export interface Applier {
  /** Stages the effect of one record (throws a WorkbenchError to refuse: nothing is then changed). */
  stage(record: PrimitiveRecord, dir: Direction, tx: Tx): Promise<void> | void;
}

export interface CommitResult {
  /** Patches produced by the appliers, in order (alignment views use them). */
  patches: AlignmentPatch[];
}

/** Which applier handles a record: by kind, and for statuses by target ("pair:…", "finding:…"). */
export function applierKey(r: PrimitiveRecord): string {
  if (r.kind !== 'status') return r.kind;
  const i = r.target.indexOf(':');
  return `status:${i < 0 ? r.target : r.target.slice(0, i)}`;
}

interface Holder {
  owner: HistoryService;
  active: boolean;
}

const context = new AsyncLocalStorage<Holder>();

export class HistoryService {
  private readonly appliers = new Map<string, Applier>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: ProjectStore) {}

  register(key: string, applier: Applier): void {
    if (this.appliers.has(key)) throw new Error(`an applier for ${key} is registered already`);
    this.appliers.set(key, applier);
  }

  /**
   * Runs `fn` alone: calls queue up and run one at a time, in call order. Re-entrant: a call made
   * from inside a running section runs at once (it is part of the same change).
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const h = context.getStore();
    if (h && h.owner === this && h.active) return fn();
    const holder: Holder = { owner: this, active: true };
    const run = () =>
      context.run(holder, async () => {
        try {
          return await fn();
        } finally {
          // Timers and jobs started inside inherit the context; they must queue like anyone else.
          holder.active = false;
        }
      });
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => /* no-log: the caller of `next` gets the failure; the queue goes on */ undefined);
    return next;
  }

  /** Waits until every queued change is done. */
  async idle(): Promise<void> {
    await this.tail;
  }

  state(): HistoryState {
    const h = this.store.project.history;
    return {
      canUndo: canUndo(h),
      canRedo: canRedo(h),
      undoLabel: canUndo(h) ? h.records[h.cursor - 1]!.label : null,
      redoLabel: canRedo(h) ? h.records[h.cursor]!.label : null,
    };
  }

  /** The records in effect (folded snapshot included), flattened. */
  active(): PrimitiveRecord[] {
    return activeRecords(this.store.project.history);
  }

  /** Text edits in effect for one document, in the order they were made. */
  textEdits(docId: string): TextEdit[] {
    return this.active().filter((r): r is TextEdit => r.kind === 'text' && r.docId === docId);
  }

  /**
   * Does `record` and writes it in one unit with its effects, plus `extra` (other changes that go
   * with it but are not undoable, e.g. an ignore rule). Resolves once durable.
   */
  commit(record: EditRecord, extra?: (p: ProjectFile) => void): Promise<CommitResult> {
    return this.exclusive(async () => {
      const tx = new Tx();
      for (const r of primitives(record)) await this.stage(r, 'apply', tx);
      if (extra) tx.mutate(extra);
      tx.mutate((p) => {
        p.history = pushRecord(p.history, record);
      });
      return this.finish(tx);
    });
  }

  undo(): Promise<CommitResult & { record: EditRecord }> {
    return this.exclusive(async () => {
      const h = this.store.project.history;
      if (!canUndo(h)) throw new WorkbenchError('history.nothingToUndo');
      const record = h.records[h.cursor - 1]!;
      const cursor = h.cursor;
      const tx = new Tx();
      for (const r of [...primitives(record)].reverse()) await this.stage(r, 'revert', tx);
      tx.mutate((p) => {
        // The cursor moves from where this undo saw it, never relative to a stale value.
        p.history.cursor = cursor - 1;
      });
      return { ...(await this.finish(tx)), record };
    });
  }

  redo(): Promise<CommitResult & { record: EditRecord }> {
    return this.exclusive(async () => {
      const h = this.store.project.history;
      if (!canRedo(h)) throw new WorkbenchError('history.nothingToRedo');
      const record = h.records[h.cursor]!;
      const cursor = h.cursor;
      const tx = new Tx();
      for (const r of primitives(record)) await this.stage(r, 'apply', tx);
      tx.mutate((p) => {
        p.history.cursor = cursor + 1;
      });
      return { ...(await this.finish(tx)), record };
    });
  }

  /** A change that is not undoable but must not interleave with edits (e.g. a fresh alignment). */
  write(tx: Tx): Promise<CommitResult> {
    return this.exclusive(() => this.finish(tx));
  }

  private async stage(r: PrimitiveRecord, dir: Direction, tx: Tx): Promise<void> {
    const a = this.appliers.get(applierKey(r));
    if (!a) throw new WorkbenchError('internal', {}, `no applier for ${applierKey(r)} records`);
    await a.stage(r, dir, tx);
  }

  private async finish(tx: Tx): Promise<CommitResult> {
    // Memory follows disk: the store changes its state only when the unit is durable; caches after.
    await this.store.update(
      (p) => {
        for (const m of tx.mutations) m(p);
      },
      { side: tx.sideWrites() },
    );
    tx.committed();
    const patches: AlignmentPatch[] = [];
    for (const f of tx.afters) {
      const p = await f();
      if (p) patches.push(p);
    }
    return { patches };
  }
}
