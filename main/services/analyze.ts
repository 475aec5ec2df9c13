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

export async function analyzeDocument(req: AnalyzeRequest): Promise<AnalyzeResult> {
  const decoded = await decodeFile(req.bytes, req.name, req.encoding ? { encoding: req.encoding } : {});
  return { sha256: sha256Hex(req.bytes), decoded, ...analyzeText(decoded.text, req.languages) };
}

export function analyzeText(text: string, languages: string[]): Pick<AnalyzeResult, 'detection' | 'stats'> {
  // A very large text: language from a spread sample, sentences counted window by window (bounded
  // time and memory; see checks/large-docs.ts). Anything smaller: the whole text, as always.
  const det = text.length > LARGE_DOC_CHARS ? detectLarge(text, { languages }) : detectDocument(text, { languages });
  const segLang = segmentationLanguage(det.language, languages[0]);
  return {
    detection: { language: det.language, confidence: det.confidence, segments: det.segments },
    stats: { words: countWords(text), sentences: countSentences(text, segLang, splitSentences), chars: text.length },
  };
}
