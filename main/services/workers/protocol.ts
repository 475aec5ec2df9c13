import type { ApiError } from '../../../shared/api/errors.js';
import type { AnalyzeRequest, AnalyzeResult } from '../analyze.js';

export type WorkerRequest = { id: number; task: 'analyze'; payload: AnalyzeRequest };
export type WorkerResponse =
  | { id: number; ok: true; value: AnalyzeResult }
  | { id: number; ok: false; error: ApiError };
