import type { ApiError } from '../../../shared/api/errors.js';
import type { AlignOptions, Bead } from '../../../shared/align/index.js';
import type { AnalyzeRequest, AnalyzeResult } from '../analyze.js';

export interface AlignRequest {
  src: string[];
  tgt: string[];
  opts: Omit<AlignOptions, 'signal' | 'onProgress'>;
}

export type WorkerRequest =
  | { id: number; task: 'analyze'; payload: AnalyzeRequest }
  /** cancel: a shared Int32 flag the caller sets to 1 to stop the work. */
  | { id: number; task: 'align'; payload: AlignRequest; cancel: SharedArrayBuffer };

export type WorkerResponse =
  | { id: number; ok: true; value: AnalyzeResult | Bead[] }
  | { id: number; ok: false; error: ApiError }
  | { id: number; progress: [number, number] };
