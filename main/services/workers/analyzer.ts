// Runs analyses and alignments in one long-lived worker thread (two cores: the other stays free
// for requests). When no worker script is available the same code runs in-process (never on the
// UI thread: the UI is the renderer, in another process).
import { Worker } from 'node:worker_threads';
import { alignDocuments, learnFromCollection, type DocumentAlignment, type LearnedLexicon } from '../../../shared/align/index.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { analyzeDocument, type AnalyzeProgress, type AnalyzeRequest, type AnalyzeResult } from '../analyze.js';
import type { AlignRequest, CheckRequest, LearnRequest, PairRequest, WorkerRequest, WorkerResponse } from './protocol.js';
import { pairDocuments, type PairDecision } from '../../../shared/pair/index.js';
import { CheckCancelled } from '../../../shared/checks/engine.js';
import { CheckSessions, type CheckResult, type RecheckRequest, type RecheckResult } from '../checks/check-session.js';
import { AnalyzePool, DEFAULT_POOL, type PoolOptions } from './analyze-pool.js';

export interface RunOptions {
  signal?: { aborted: boolean };
  onProgress?: (done: number, total: number) => void;
}

export interface Analyzer {
  /** One file's analysis; `run.signal` cancels it (in a worker: at once); `run.onProgress` hears its share done. */
  analyze(req: AnalyzeRequest, run?: Pick<RunOptions, 'signal'> & { onProgress?: AnalyzeProgress }): Promise<AnalyzeResult>;
  /** The one alignment pipeline (parallel or comparable, it says which). */
  align(req: AlignRequest, run?: RunOptions): Promise<DocumentAlignment>;
  /** A full check; the documents stopped at their time budget are named (they have no findings). */
  check(req: CheckRequest, run?: RunOptions): Promise<CheckResult>;
  /** Checks again after edits what they can have changed, from the session of `req.from` (check-session.ts). */
  recheck(req: RecheckRequest, run?: RunOptions): Promise<RecheckResult>;
  /** The one pairing decision (shared/pair pairDocuments): it aligns candidates, so off-thread. */
  pair(req: PairRequest, run?: RunOptions): Promise<PairDecision[]>;
  /** The collection step (shared/align learnFromCollection): it aligns every translation pair. */
  learn(req: LearnRequest, run?: RunOptions): Promise<LearnedLexicon>;
  close(): Promise<void>;
}

export interface WorkerSpec {
  /** Path of the worker entry (bundled .js, or the .ts source with a loader in execArgv). */
  script: string;
  execArgv?: string[];
  /** Per-file analysis pool (size, time and memory budget per file). */
  pool?: PoolOptions;
}

export function createInProcessAnalyzer(): Analyzer {
  const sessions = new CheckSessions();
  // CheckCancelled keeps Error's name: told by its class (a cancel is no internal failure).
  const cancelled = (e: unknown) => e instanceof CheckCancelled || (e instanceof Error && e.name === 'AbortError');
  return {
    analyze: (req, run = {}) => analyzeDocument(req, run.onProgress),
    async align(req, run = {}) {
      try {
        return alignDocuments(req.src, req.tgt, { ...req.opts, ...run });
      } catch (e) {
        if (e instanceof Error && e.name === 'AbortError') throw new WorkbenchError('job.cancelled');
        throw e;
      }
    },
    async check(req, run = {}) {
      try {
        return sessions.check(req, run);
      } catch (e) {
        if (cancelled(e)) throw new WorkbenchError('job.cancelled');
        throw e;
      }
    },
    async recheck(req, run = {}) {
      try {
        return sessions.recheck(req, run);
      } catch (e) {
        if (cancelled(e)) throw new WorkbenchError('job.cancelled');
        throw e;
      }
    },
    async pair(req, run = {}) {
      try {
        return pairDocuments(req.docs, {
          ...(req.dictionary ? { dictionary: req.dictionary } : {}),
          ...(run.signal ? { signal: run.signal } : {}),
          ...(run.onProgress ? { onProgress: run.onProgress } : {}),
        });
      } catch (e) {
        if (e instanceof Error && e.name === 'AbortError') throw new WorkbenchError('job.cancelled');
        throw e;
      }
    },
    async learn(req, run = {}) {
      try {
        return learnFromCollection(req.docs, req.pairs, {
          ...(run.signal ? { signal: run.signal } : {}),
          ...(run.onProgress ? { onProgress: run.onProgress } : {}),
        });
      } catch (e) {
        if (e instanceof Error && e.name === 'AbortError') throw new WorkbenchError('job.cancelled');
        throw e;
      }
    },
    close: async () => undefined,
  };
}

interface Pending {
  resolve: (v: never) => void;
  reject: (e: unknown) => void;
  onProgress?: (done: number, total: number) => void;
  stopWatching?: () => void;
  /** The same work in-process, used when the worker cannot start at all. */
  inProcess: () => Promise<unknown>;
}

export function createWorkerAnalyzer(spec: WorkerSpec): Analyzer {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // A worker that never answered anything could not load (e.g. a packaging problem): the work
  // then runs in-process rather than failing every request.
  let everAnswered = false;
  let fallback: Analyzer | null = null;

  // Files are analysed in their own pool (a budget each), so a hostile file never holds up
  // alignments, checks or the other files.
  const pool = new AnalyzePool(spec, spec.pool ?? DEFAULT_POOL);

  const start = (): Worker => {
    const w = new Worker(spec.script, { execArgv: spec.execArgv ?? [] });
    w.on('message', (msg: WorkerResponse) => {
      everAnswered = true;
      if ('ready' in msg) return;
      const p = pending.get(msg.id);
      if (!p) return;
      if ('progress' in msg) return p.onProgress?.(msg.progress[0], msg.progress[1]);
      pending.delete(msg.id);
      p.stopWatching?.();
      // An idle worker must not keep a CLI process alive; a busy one must.
      if (pending.size === 0) w.unref();
      if (msg.ok) p.resolve(msg.value as never);
      else p.reject(new WorkbenchError(msg.error.code, msg.error.params ?? {}, msg.error.detail));
    });
    // A crashed worker fails the requests in flight; the next request starts a fresh one.
    const fail = (err: unknown) => {
      if (worker === w) worker = null;
      const inFlight = [...pending.values()];
      pending.clear();
      if (!everAnswered && !fallback) fallback = createInProcessAnalyzer();
      for (const p of inFlight) {
        p.stopWatching?.();
        if (fallback && !everAnswered) p.inProcess().then(p.resolve as (v: unknown) => void, p.reject);
        else p.reject(err);
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new WorkbenchError('internal', {}, `worker exited (${code})`)));
    w.unref();
    return w;
  };

  const send = <T>(make: (id: number) => WorkerRequest, extra: Omit<Pending, 'resolve' | 'reject'>): Promise<T> => {
    if (fallback) return extra.inProcess() as Promise<T>;
    worker ??= start();
    const w = worker;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: never) => void, reject, ...extra });
      w.ref();
      // Copy, don't transfer: the caller keeps its bytes to store the original.
      w.postMessage(make(id));
    });
  };

  return {
    async analyze(payload, run = {}) {
      if (fallback) return fallback.analyze(payload, run);
      try {
        return await pool.analyze(payload, run.signal, run.onProgress);
      } catch (e) {
        // A worker that cannot start at all (a packaging problem): analyse in-process instead.
        if (e instanceof WorkbenchError && e.code === 'internal' && !pool.answered && !fallback) {
          fallback = createInProcessAnalyzer();
          return fallback.analyze(payload, run);
        }
        throw e;
      }
    },
    align(payload, run = {}) {
      return cancellable<DocumentAlignment>(
        run,
        (cancel) => (id) => ({ id, task: 'align', payload, cancel }),
        () => fallback!.align(payload, run),
      );
    },
    check(payload, run = {}) {
      return cancellable<CheckResult>(
        run,
        (cancel) => (id) => ({ id, task: 'check', payload, cancel }),
        () => fallback!.check(payload, run),
      );
    },
    recheck(payload, run = {}) {
      return cancellable<RecheckResult>(
        run,
        (cancel) => (id) => ({ id, task: 'recheck', payload, cancel }),
        () => fallback!.recheck(payload, run),
      );
    },
    pair(payload, run = {}) {
      return cancellable<PairDecision[]>(
        run,
        (cancel) => (id) => ({ id, task: 'pair', payload, cancel }),
        () => fallback!.pair(payload, run),
      );
    },
    learn(payload, run = {}) {
      return cancellable<LearnedLexicon>(
        run,
        (cancel) => (id) => ({ id, task: 'learn', payload, cancel }),
        () => fallback!.learn(payload, run),
      );
    },
    async close() {
      const w = worker;
      worker = null;
      await pool.close();
      if (w) await w.terminate();
    },
  };

  function cancellable<T>(run: RunOptions, make: (cancel: SharedArrayBuffer) => (id: number) => WorkerRequest, inProcess: () => Promise<T>): Promise<T> {
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    // The job's signal is a plain object on this thread: poll it and raise the shared flag.
    const timer = run.signal
      ? setInterval(() => {
          if (run.signal!.aborted) Atomics.store(flag, 0, 1);
        }, 25)
      : undefined;
    return send<T>(make(cancel), {
      ...(run.onProgress ? { onProgress: run.onProgress } : {}),
      stopWatching: () => timer && clearInterval(timer),
      inProcess,
    });
  }
}
