// Long work (import, detection, later alignment/checks/export) runs as a job: it reports progress
// as events and can be cancelled. Cancellation is cooperative: the job checks its signal.
import { randomBytes } from 'node:crypto';
import type { JobInfo, JobKind } from '../../shared/api/contract.js';
import { WorkbenchError } from '../../shared/api/errors.js';

export interface JobContext {
  readonly signal: { aborted: boolean };
  progress(done: number, total?: number, message?: string): void;
  /** Throws job.cancelled when the editor cancelled. */
  checkCancelled(): void;
}

export class JobRunner {
  private readonly jobs = new Map<string, { info: JobInfo; signal: { aborted: boolean } }>();
  constructor(private readonly emit: (job: JobInfo) => void) {}

  async run<T>(kind: JobKind, total: number, fn: (ctx: JobContext) => Promise<T>): Promise<{ job: JobInfo; value: T }> {
    const id = `j_${randomBytes(6).toString('hex')}`;
    const signal = { aborted: false };
    const info: JobInfo = { id, kind, state: 'running', done: 0, total };
    this.jobs.set(id, { info, signal });
    this.emit({ ...info });
    let lastEmit = 0;
    let lastDone = 0;
    const ctx: JobContext = {
      signal,
      progress: (done, t, message) => {
        info.done = done;
        if (t !== undefined) info.total = t;
        if (message !== undefined) info.message = message;
        // Throttle: an event every 50 ms or every 5 % of the work, whichever comes first.
        const now = Date.now();
        if (now - lastEmit >= 50 || done - lastDone >= Math.max(1, info.total / 20) || done === info.total) {
          lastEmit = now;
          lastDone = done;
          this.emit({ ...info });
        }
      },
      checkCancelled: () => {
        if (signal.aborted) throw new WorkbenchError('job.cancelled');
      },
    };
    try {
      const value = await fn(ctx);
      info.state = signal.aborted ? 'cancelled' : 'done';
      return { job: { ...info }, value };
    } catch (e) {
      info.state = e instanceof WorkbenchError && e.code === 'job.cancelled' ? 'cancelled' : 'failed';
      if (info.state === 'failed') info.error = e instanceof WorkbenchError ? e.toApiError() : { code: 'internal', detail: String(e) };
      throw e;
    } finally {
      this.emit({ ...info });
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
