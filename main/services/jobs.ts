// Long work (import, detection, later alignment/checks/export) runs as a job: it reports progress
// as events and can be cancelled. Cancellation is cooperative: the job checks its signal.
// A staged job (runStages) is one job made of steps that other services run as jobs of their own
// (the import, then pair suggestions, then checks): inside a stage, their jobs.run() calls become
// that stage's progress, so the editor sees one entry, one progress and one Cancel.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { JobInfo, JobKind } from '../../shared/api/contract.js';
import { WorkbenchError } from '../../shared/api/errors.js';

export interface JobContext {
  readonly signal: { aborted: boolean };
  progress(done: number, total?: number, message?: string): void;
  /** Throws job.cancelled when the editor cancelled. */
  checkCancelled(): void;
}

export interface StagedContext {
  readonly signal: { aborted: boolean };
  /** Throws job.cancelled when the editor cancelled. */
  checkCancelled(): void;
  /** Progress so far, in the job's units. */
  readonly done: number;
  /** The job's total in its units, told again as the work becomes known (never below done). */
  setTotal(total: number): void;
  /**
   * Runs stage `index`. Jobs started inside it (by any service) have no entry of their own:
   * their progress moves this job across `units` of its total — by default the total of the first
   * one started (one unit per step of its own) — and they are cancelled with it. `onUnits` is told
   * the stage's units once known.
   */
  stage<T>(index: number, fn: () => Promise<T>, units?: number, onUnits?: (units: number) => void): Promise<T>;
  /** Waits for `p` (e.g. a turn in a queue); throws job.cancelled as soon as the job is cancelled. */
  waitFor(p: Promise<unknown>): Promise<void>;
}

/** The stage a jobs.run() call is inside, if any (see runStages). */
interface StageFrame {
  active: boolean;
  signal: { aborted: boolean };
  /** Maps a job's own progress into the stage; the first call fixes the stage's units if unknown. */
  report(done: number, total: number, message?: string): void;
  info(): JobInfo;
}

const CANCEL_POLL_MS = 100;

export class JobRunner {
  private readonly jobs = new Map<string, { info: JobInfo; signal: { aborted: boolean } }>();
  private readonly stages = new AsyncLocalStorage<StageFrame>();
  constructor(private readonly emit: (job: JobInfo) => void) {}

  async run<T>(kind: JobKind, total: number, fn: (ctx: JobContext) => Promise<T>): Promise<{ job: JobInfo; value: T }> {
    const frame = this.stages.getStore();
    if (frame?.active) return this.runAsStage(frame, total, fn);
    const { id, info, signal, emitThrottled } = this.open(kind, total);
    this.emit({ ...info });
    const ctx: JobContext = {
      signal,
      progress: (done, t, message) => {
        info.done = done;
        if (t !== undefined) info.total = t;
        if (message !== undefined) info.message = message;
        emitThrottled();
      },
      checkCancelled: () => {
        if (signal.aborted) throw new WorkbenchError('job.cancelled');
      },
    };
    const value = await this.finish(id, info, signal, () => fn(ctx));
    return { job: { ...info }, value };
  }

  /**
   * One job made of `stages` run one after another (see StagedContext.stage). Its first event is
   * sent when a stage's work starts: a job that fails before (a refused request) stays unseen and
   * its error goes to the caller only.
   */
  async runStages<T>(kind: JobKind, stages: readonly JobKind[], fn: (ctx: StagedContext) => Promise<T>): Promise<{ job: JobInfo; value: T }> {
    const { id, info, signal, emitThrottled } = this.open(kind, 0);
    let announced = false;
    const announce = () => {
      if (announced) return;
      announced = true;
      this.emit({ ...info });
    };
    const checkCancelled = () => {
      if (signal.aborted) throw new WorkbenchError('job.cancelled');
    };
    const ctx: StagedContext = {
      signal,
      checkCancelled,
      get done() {
        return info.done;
      },
      setTotal: (t) => {
        info.total = Math.max(t, info.done);
      },
      stage: async (index, stageFn, units, onUnits) => {
        const from = info.done;
        let size = units;
        if (size !== undefined) onUnits?.(size);
        info.stage = { kind: stages[index] ?? kind, index, count: stages.length };
        delete info.message;
        // A new step is told at once (the editor sees which step the job is in).
        if (announced) emitThrottled(true);
        const frame: StageFrame = {
          active: true,
          signal,
          report: (done, total, message) => {
            if (size === undefined) {
              size = Math.max(0, total);
              onUnits?.(size);
            }
            // Monotone: a stage's own total can grow (a re-told total) but the job never goes back.
            const share = total > 0 ? Math.min(1, done / total) : 0;
            // Not rounded: a step's units can be few (files) and a large one moves within its unit.
            info.done = Math.max(info.done, from + size * share);
            info.total = Math.max(info.total, info.done);
            if (message !== undefined) info.message = message;
            if (announced) emitThrottled();
            else announce();
          },
          info: () => ({ ...info }),
        };
        try {
          return await this.stages.run(frame, stageFn);
        } finally {
          frame.active = false;
          info.done = Math.max(info.done, from + (size ?? 0));
          info.total = Math.max(info.total, info.done);
        }
      },
      waitFor: async (p) => {
        let timer: NodeJS.Timeout | undefined;
        const cancelled = new Promise<never>((_, reject) => {
          const poll = () => {
            if (signal.aborted) reject(new WorkbenchError('job.cancelled'));
            else timer = setTimeout(poll, CANCEL_POLL_MS).unref();
          };
          poll();
        });
        try {
          await Promise.race([p, cancelled]);
        } finally {
          clearTimeout(timer);
        }
      },
    };
    const value = await this.finish(
      id,
      info,
      signal,
      () => fn(ctx),
      () => announced,
    );
    return { job: { ...info }, value };
  }

  /** A job run inside a stage: the stage's progress and signal, no entry of its own. */
  private async runAsStage<T>(frame: StageFrame, total: number, fn: (ctx: JobContext) => Promise<T>): Promise<{ job: JobInfo; value: T }> {
    let own = total;
    frame.report(0, own);
    const ctx: JobContext = {
      signal: frame.signal,
      progress: (done, t, message) => {
        if (t !== undefined) own = t;
        frame.report(done, own, message);
      },
      checkCancelled: () => {
        if (frame.signal.aborted) throw new WorkbenchError('job.cancelled');
      },
    };
    // Like a job of its own: work that finished despite a late cancel is returned; the staged
    // job sees the cancel itself.
    const value = await fn(ctx);
    return { job: frame.info(), value };
  }

  private open(kind: JobKind, total: number) {
    const id = `j_${randomBytes(6).toString('hex')}`;
    const signal = { aborted: false };
    const info: JobInfo = { id, kind, state: 'running', done: 0, total };
    this.jobs.set(id, { info, signal });
    let lastEmit = 0;
    let lastDone = 0;
    // Throttle: an event every 50 ms or every 5 % of the work, whichever comes first.
    const emitThrottled = (force = false) => {
      const now = Date.now();
      if (force || now - lastEmit >= 50 || info.done - lastDone >= Math.max(1, info.total / 20) || info.done === info.total) {
        lastEmit = now;
        lastDone = info.done;
        this.emit({ ...info });
      }
    };
    return { id, info, signal, emitThrottled };
  }

  private async finish<T>(id: string, info: JobInfo, signal: { aborted: boolean }, body: () => Promise<T>, seen: () => boolean = () => true): Promise<T> {
    try {
      const value = await body();
      info.state = signal.aborted ? 'cancelled' : 'done';
      return value;
    } catch (e) {
      info.state = e instanceof WorkbenchError && e.code === 'job.cancelled' ? 'cancelled' : 'failed';
      if (info.state === 'failed') info.error = e instanceof WorkbenchError ? e.toApiError() : { code: 'internal', detail: String(e) };
      throw e;
    } finally {
      if (seen()) this.emit({ ...info });
      // Keep finished jobs briefly so a late getJob still answers, then forget them.
      setTimeout(() => this.jobs.delete(id), 60_000).unref();
    }
  }

  get(id: string): JobInfo | undefined {
    const j = this.jobs.get(id);
    return j ? { ...j.info } : undefined;
  }

  cancel(id: string): JobInfo | undefined {
    const j = this.jobs.get(id);
    if (!j) return undefined;
    if (j.info.state === 'running') j.signal.aborted = true;
    return { ...j.info };
  }

  running(): JobInfo[] {
    return [...this.jobs.values()].filter((j) => j.info.state === 'running').map((j) => ({ ...j.info }));
  }
}
