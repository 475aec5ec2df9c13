// Per-file analysis (decode, HTML/docx extraction, language detection) on a small pool of worker
// threads, each file with a time and memory budget: a hostile file costs at most its own budget
// and its own error, the other files go on in the other workers, and a worker that ran over is
// terminated and replaced. Cancelling an import terminates the file's worker at once.
import { Worker } from 'node:worker_threads';
import { WorkbenchError } from '../../../shared/api/errors.js';
import type { AnalyzeProgress, AnalyzeRequest, AnalyzeResult } from '../analyze.js';
import { log } from '../log/logger.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';
import type { WorkerSpec } from './analyzer.js';

export interface PoolOptions {
  size: number;
  /** Wall-clock budget per file. */
  budgetMs: number;
  /** Heap limit per worker (the worker dies, not the app, when a file needs more). */
  memoryMb: number;
}

/** 8 s per file leaves room inside the 10 s a file may take end to end (bench/hostile.ts). */
export const DEFAULT_POOL: PoolOptions = { size: 2, budgetMs: 8000, memoryMb: 768 };

/** Analysed by each new worker before its first file (loads the detection and splitting data). */
const WARM_UP: AnalyzeRequest = {
  bytes: new TextEncoder().encode('A short text to warm up. Un court texte pour commencer.\n'),
  name: 'warm-up.txt',
  languages: ['en', 'fr'],
};

interface Task {
  payload: AnalyzeRequest;
  signal?: { aborted: boolean };
  onProgress?: AnalyzeProgress;
  resolve: (r: AnalyzeResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
  /** Resolves when the slot's worker has loaded (its first message). */
  ready: Promise<void> | null;
}

export class AnalyzePool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Whether any pool worker ever answered (else a failure may mean the script cannot load). */
  answered = false;

  constructor(
    private readonly spec: WorkerSpec,
    private readonly opts: PoolOptions = DEFAULT_POOL,
  ) {
    this.slots = Array.from({ length: Math.max(1, opts.size) }, () => ({ worker: null, busy: false, ready: null }));
  }

  /** One file's analysis; `onProgress` hears its share done while it runs. */
  analyze(payload: AnalyzeRequest, signal?: { aborted: boolean }, onProgress?: AnalyzeProgress): Promise<AnalyzeResult> {
    if (this.closed) return Promise.reject(new WorkbenchError('job.cancelled'));
    // With the first file, every slot's worker starts loading: a file that arrives while a big
    // one is being read must not wait for a worker to load (seconds on a busy machine).
    for (const slot of this.slots) if (!slot.busy && !slot.worker) slot.worker = this.start(slot);
    return new Promise((resolve, reject) => {
      this.queue.push({ payload, resolve, reject, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new WorkbenchError('job.cancelled'));
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const task = this.queue.shift();
      if (!task) return;
      this.runOn(slot, task);
    }
  }

  private start(slot: Slot): Worker {
    const w = new Worker(this.spec.script, {
      execArgv: this.spec.execArgv ?? [],
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb },
    });
    w.unref();
    // A worker that ends while idle is not reused (the next file starts a fresh one), and its
    // error (e.g. a worker that cannot load) never goes unhandled, which would end the app.
    w.once('exit', () => {
      if (slot.worker === w && !slot.busy) slot.worker = null;
    });
    w.on('error', (error) => {
      if (!slot.busy) log.warn('analyze.idleWorkerFailed', { error });
    });
    // Loading the worker is not the file's fault: its budget starts once the worker is ready and
    // has analysed a tiny warm-up text (the data the analysis loads lazily is then in memory), or
    // when loading fails, so the failure is reported at once.
    const warmId = this.nextId++;
    slot.ready = new Promise<void>((resolve) => {
      const done = () => {
        w.off('message', onMessage);
        w.off('error', done);
        w.off('exit', done);
        resolve();
      };
      const onMessage = (msg: WorkerResponse) => {
        if ('ready' in msg) w.postMessage({ id: warmId, task: 'analyze', payload: WARM_UP } satisfies WorkerRequest);
        else if (msg.id === warmId && !('progress' in msg)) done();
      };
      w.on('message', onMessage);
      w.on('error', done);
      w.on('exit', done);
    });
    return w;
  }

  private runOn(slot: Slot, task: Task): void {
    slot.busy = true;
    const w = (slot.worker ??= this.start(slot));
    const id = this.nextId++;
    let settled = false;
    const finish = (err: unknown, value?: AnalyzeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      w.unref();
      slot.busy = false;
      if (err) task.reject(err);
      else task.resolve(value!);
      if (!this.closed) this.pump();
    };
    // Stops this file's worker; the slot gets a fresh one for the next file.
    const kill = (err: WorkbenchError) => {
      if (slot.worker === w) slot.worker = null;
      void w.terminate();
      finish(err);
    };
    const onMessage = (msg: WorkerResponse) => {
      if (msg.id !== id || 'ready' in msg) return;
      if ('progress' in msg) {
        if (!settled) task.onProgress?.(msg.progress[1] > 0 ? msg.progress[0] / msg.progress[1] : 0);
        return;
      }
      this.answered = true;
      if (msg.ok) finish(null, msg.value as AnalyzeResult);
      else finish(new WorkbenchError(msg.error.code, msg.error.params ?? {}, msg.error.detail));
    };
    const onError = (e: Error & { code?: string }) => {
      if (slot.worker === w) slot.worker = null;
      const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      log.warn('analyze.workerFailed', { file: task.payload.name, error: e });
      finish(
        oom
          ? new WorkbenchError('import.tooLargeUnpacked', { limit: this.opts.memoryMb * 1024 * 1024 }, e.message)
          : new WorkbenchError('internal', {}, e.message),
      );
    };
    const onExit = (code: number) => {
      if (slot.worker === w) slot.worker = null;
      finish(new WorkbenchError('internal', {}, `analysis worker exited (${code})`));
    };
    let timer: NodeJS.Timeout | undefined;
    // The file is sent once the worker is ready (after its warm-up), and its budget starts then.
    void (slot.ready ?? Promise.resolve()).then(() => {
      if (settled) return;
      timer = setTimeout(() => {
        log.warn('analyze.timeout', { file: task.payload.name, budgetMs: this.opts.budgetMs });
        kill(new WorkbenchError('import.timeout', { seconds: Math.round(this.opts.budgetMs / 1000) }));
      }, this.opts.budgetMs);
      // Copy, don't transfer: the caller keeps its bytes to store the original.
      w.postMessage({ id, task: 'analyze', payload: task.payload } satisfies WorkerRequest);
    });
    const watch = setInterval(() => {
      if (task.signal?.aborted) kill(new WorkbenchError('job.cancelled'));
    }, 50);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.ref();
  }
}
