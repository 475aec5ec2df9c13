// Runs analyses in one long-lived worker thread (two cores: the other stays free for requests).
// When no worker script is available the same code runs in-process (never on the UI thread:
// the UI is the renderer, in another process).
import { Worker } from 'node:worker_threads';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { analyzeDocument, type AnalyzeRequest, type AnalyzeResult } from '../analyze.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

export interface Analyzer {
  analyze(req: AnalyzeRequest): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

export interface WorkerSpec {
  /** Path of the worker entry (bundled .js, or the .ts source with a loader in execArgv). */
  script: string;
  execArgv?: string[];
}

export function createInProcessAnalyzer(): Analyzer {
  return { analyze: analyzeDocument, close: async () => undefined };
}

export function createWorkerAnalyzer(spec: WorkerSpec): Analyzer {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: AnalyzeResult) => void; reject: (e: unknown) => void }>();

  const start = (): Worker => {
    const w = new Worker(spec.script, { execArgv: spec.execArgv ?? [] });
    w.on('message', (msg: WorkerResponse) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      // An idle worker must not keep a CLI process alive; a busy one must.
      if (pending.size === 0) w.unref();
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new WorkbenchError(msg.error.code, msg.error.params ?? {}, msg.error.detail));
    });
    // A crashed worker fails the requests in flight; the next request starts a fresh one.
    const fail = (err: unknown) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      worker = null;
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new WorkbenchError('internal', {}, `analysis worker exited (${code})`)));
    w.unref();
    return w;
  };

  return {
    analyze(payload) {
      worker ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.ref();
        // Copy, don't transfer: the caller keeps its bytes to store the original.
        worker!.postMessage({ id, task: 'analyze', payload } satisfies WorkerRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
