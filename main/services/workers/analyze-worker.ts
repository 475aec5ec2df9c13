// Worker-thread entry: document analysis and sentence alignment, away from the thread that
// answers requests. Alignment reports progress and watches a shared cancel flag.
import { parentPort } from 'node:worker_threads';
import { alignDocuments, learnFromCollection } from '../../../shared/align/index.js';
import { pairDocuments } from '../../../shared/pair/index.js';
import { WorkbenchError, toApiError } from '../../../shared/api/errors.js';
import { analyzeDocument } from '../analyze.js';
import { CheckSessions } from '../checks/check-session.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

if (!parentPort) throw new Error('analyze-worker must run in a worker thread');
// The last full check's state, for re-checks after edits (one project at a time).
const sessions = new CheckSessions();
const port = parentPort;
const reply = (r: WorkerResponse) => port.postMessage(r);

/** An analysis's share done travels as [permille, 1000]. */
const ANALYZE_UNITS = 1000;

port.on('message', (msg: WorkerRequest) => {
  let last = 0;
  const throttled = (done: number, total: number) => {
    const now = Date.now();
    if (now - last > 100) {
      last = now;
      reply({ id: msg.id, progress: [done, total] });
    }
  };
  if (msg.task === 'analyze') {
    analyzeDocument(msg.payload, (f) => throttled(Math.round(f * ANALYZE_UNITS), ANALYZE_UNITS)).then(
      (value) => reply({ id: msg.id, ok: true, value }),
      (err: unknown) => reply({ id: msg.id, ok: false, error: toApiError(err) }),
    );
    return;
  }
  const flag = new Int32Array(msg.cancel);
  const signal = {
    get aborted() {
      return Atomics.load(flag, 0) === 1;
    },
  };
  const onProgress = throttled;
  if (msg.task === 'pair') {
    try {
      const value = pairDocuments(msg.payload.docs, { ...(msg.payload.dictionary ? { dictionary: msg.payload.dictionary } : {}), signal, onProgress });
      reply({ id: msg.id, ok: true, value });
    } catch (err) {
      reply({ id: msg.id, ok: false, error: toApiError(isCancel(err) ? new WorkbenchError('job.cancelled') : err) });
    }
    return;
  }
  if (msg.task === 'learn') {
    try {
      const value = learnFromCollection(msg.payload.docs, msg.payload.pairs, { signal, onProgress });
      reply({ id: msg.id, ok: true, value });
    } catch (err) {
      reply({ id: msg.id, ok: false, error: toApiError(isCancel(err) ? new WorkbenchError('job.cancelled') : err) });
    }
    return;
  }
  if (msg.task === 'check') {
    try {
      reply({ id: msg.id, ok: true, value: sessions.check(msg.payload, { signal, onProgress }) });
    } catch (err) {
      reply({ id: msg.id, ok: false, error: toApiError(isCancel(err) ? new WorkbenchError('job.cancelled') : err) });
    }
    return;
  }
  if (msg.task === 'recheck') {
    try {
      reply({ id: msg.id, ok: true, value: sessions.recheck(msg.payload, { signal, onProgress }) });
    } catch (err) {
      reply({ id: msg.id, ok: false, error: toApiError(isCancel(err) ? new WorkbenchError('job.cancelled') : err) });
    }
    return;
  }
  try {
    const beads = alignDocuments(msg.payload.src, msg.payload.tgt, {
      ...msg.payload.opts,
      signal,
      onProgress,
    });
    reply({ id: msg.id, ok: true, value: beads });
  } catch (err) {
    reply({ id: msg.id, ok: false, error: toApiError(isCancel(err) ? new WorkbenchError('job.cancelled') : err) });
  }
});

function isCancel(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'CheckCancelled' || err.constructor.name === 'CheckCancelled');
}

// Loaded and listening: a pool starts a file's time budget from here, not from a cold start.
reply({ id: 0, ready: true });
