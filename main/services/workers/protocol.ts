import type { ApiError } from '../../../shared/api/errors.js';
import type { AlignOptions, CollectionDoc, CollectionPair, DocumentAlignment, LearnedLexicon } from '../../../shared/align/index.js';
import type { PairDecision, PairDoc } from '../../../shared/pair/index.js';
import type { AnalyzeRequest, AnalyzeResult } from '../analyze.js';
import type { PartnerLink } from '../../../shared/checks/types.js';
import type { Glossary } from '../../../shared/checks/glossary/types.js';
import type { CheckProfile } from '../../../shared/checks/profile.js';
import type { CheckInput } from '../checks/run.js';
import type { CheckResult, RecheckRequest, RecheckResult } from '../checks/check-session.js';

export interface CheckRequest {
  inputs: CheckInput[];
  glossary?: Glossary;
  profile?: CheckProfile;
  /** Where the expanded dictionaries are cached between runs. */
  cacheDir?: string;
  /** The project's pairs and alignments in effect (see CorpusCheckOptions.partners). */
  partners?: PartnerLink[];
  rejectedPairs?: Array<{ a: string; b: string }>;
  /** Keep the run's state under this key, for re-checks after edits (checks/check-session.ts). */
  session?: string;
  /** Time budget of each document's checks (see RunOptions.docTimeLimitMs). */
  docTimeLimitMs?: number;
}

export interface AlignRequest {
  src: string[];
  tgt: string[];
  opts: Omit<AlignOptions, 'signal' | 'onProgress'>;
}

export interface PairRequest {
  docs: PairDoc[];
  dictionary?: Array<[string, string]>;
}

/** The collection step: word translations learned from the collection's translation pairs. */
export interface LearnRequest {
  docs: CollectionDoc[];
  pairs: CollectionPair[];
}

export type WorkerRequest =
  | { id: number; task: 'analyze'; payload: AnalyzeRequest }
  /** cancel: a shared Int32 flag the caller sets to 1 to stop the work. */
  | { id: number; task: 'align'; payload: AlignRequest; cancel: SharedArrayBuffer }
  | { id: number; task: 'check'; payload: CheckRequest; cancel: SharedArrayBuffer }
  | { id: number; task: 'recheck'; payload: RecheckRequest; cancel: SharedArrayBuffer }
  | { id: number; task: 'pair'; payload: PairRequest; cancel: SharedArrayBuffer }
  | { id: number; task: 'learn'; payload: LearnRequest; cancel: SharedArrayBuffer };

export type WorkerResponse =
  | { id: number; ok: true; value: AnalyzeResult | DocumentAlignment | CheckResult | RecheckResult | PairDecision[] | LearnedLexicon }
  | { id: number; ok: false; error: ApiError }
  | { id: number; progress: [number, number] }
  /** Sent once, when the worker has loaded and listens (time budgets start then). */
  | { id: 0; ready: true };
