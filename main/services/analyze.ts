// One document's analysis: decode the bytes, detect the language per document and per paragraph,
// count words and sentences. Pure of project state, so it can run in a worker thread.
import { createHash } from 'node:crypto';
import { detectDocument } from '../../shared/lang/index.js';
import { splitSentences, segmentationLanguage } from '../../shared/segment/index.js';
import { countWords } from '../../shared/project/summary.js';
import type { SegmentLanguage } from '../../shared/api/contract.js';
import { decodeFile } from './import/decode.js';
import type { DecodedFile } from './import/types.js';
import { countSentences, detectLarge, LARGE_DOC_CHARS } from './checks/large-docs.js';

export interface AnalyzeRequest {
  bytes: Uint8Array;
  name: string;
  encoding?: string;
  languages: string[];
}

export interface AnalyzeResult {
  sha256: string;
  decoded: DecodedFile;
  detection: { language: string; confidence: number; segments: SegmentLanguage[] };
  stats: { words: number; sentences: number; chars: number };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Share of one file's analysis done, 0..1 (a large file takes seconds: the import's progress moves meanwhile). */
export type AnalyzeProgress = (fraction: number) => void;

// Shares of the work, measured on a 600 kB plain text: detection is most of it.
const DECODED = 0.05;
const DETECTED = 0.8;
const COUNTED_WORDS = 0.85;

export async function analyzeDocument(req: AnalyzeRequest, onProgress?: AnalyzeProgress): Promise<AnalyzeResult> {
  const decoded = await decodeFile(req.bytes, req.name, req.encoding ? { encoding: req.encoding } : {});
  onProgress?.(DECODED);
  const sub = onProgress && ((f: number) => onProgress(DECODED + (1 - DECODED) * f));
  return { sha256: sha256Hex(req.bytes), decoded, ...analyzeText(decoded.text, req.languages, sub) };
}

export function analyzeText(text: string, languages: string[], onProgress?: AnalyzeProgress): Pick<AnalyzeResult, 'detection' | 'stats'> {
  // A very large text: language from a spread sample, sentences counted window by window (bounded
  // time and memory; see checks/large-docs.ts). Anything smaller: the whole text, as always.
  const opts = { languages, ...(onProgress ? { onProgress: (f: number) => onProgress(DETECTED * f) } : {}) };
  const det = text.length > LARGE_DOC_CHARS ? detectLarge(text, opts) : detectDocument(text, opts);
  onProgress?.(DETECTED);
  const segLang = segmentationLanguage(det.language, languages[0]);
  const words = countWords(text);
  onProgress?.(COUNTED_WORDS);
  const sentences = countSentences(text, segLang, splitSentences);
  onProgress?.(1);
  return {
    detection: { language: det.language, confidence: det.confidence, segments: det.segments },
    stats: { words, sentences, chars: text.length },
  };
}
