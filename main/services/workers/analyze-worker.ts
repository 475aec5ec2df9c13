// Worker-thread entry: runs document analysis away from the thread that answers requests.
import { parentPort } from 'node:worker_threads';
import { toApiError } from '../../../shared/api/errors.js';
import { analyzeDocument } from '../analyze.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

if (!parentPort) throw new Error('analyze-worker must run in a worker thread');
const port = parentPort;
port.on('message', (msg: WorkerRequest) => {
  analyzeDocument(msg.payload).then(
    (value) => port.postMessage({ id: msg.id, ok: true, value } satisfies WorkerResponse),
    (err: unknown) => port.postMessage({ id: msg.id, ok: false, error: toApiError(err) } satisfies WorkerResponse),
  );
});
