// `bitext clean` without the app: import → detect → pair → align → check → apply fixes, giving a
// BitextCorpus for exportCorpus. Nobody confirms anything here, so every bead the aligner is
// reasonably sure of is exported (see CLEAN_MIN_CONFIDENCE) and the exports say so.
import { createHash } from 'node:crypto';
import { alignDocuments, learnFromCollection, LEARN_FROM_COLLECTION, toChain } from '../../../shared/align/index.js';
import { runChecks } from '../../../shared/checks/index.js';
import type { Finding, Glossary, SpellChecker } from '../../../shared/checks/index.js';
import { fixesFor, type FixLevel } from '../../../shared/export/fix-policy.js';
import type { BitextCorpus, CorpusDocument, CorpusPair } from '../../../shared/export/types.js';
import { decisionOf, findingDecisions } from '../../../shared/history/finding-status.js';
import { detectDocument } from '../../../shared/lang/index.js';
import { pairDocuments } from '../../../shared/pair/index.js';
import { splitSentences, segmentationLanguage } from '../../../shared/segment/index.js';
import { checkTools } from '../checks/run.js';
import { getSpellChecker } from '../checks/spell.js';
import { ExportCancelled } from './stream-file.js';
import { cleanBitextParts, type CleanBitext } from '../bitext/clean-inputs.js';

/** Unconfirmed beads below this confidence are left out of the exports. */
export const CLEAN_MIN_CONFIDENCE = 0.5;

export interface CleanInput {
  name: string;
  relPath: string;
  text: string;
}

export type CleanStage = 'detect' | 'pair' | 'align' | 'check' | 'fix';

export interface CleanOptions {
  fix?: FixLevel;
  glossary?: Glossary;
  /** Injected spell checker; false for none (faster, fewer findings). Default: en+fr dictionaries. */
  spell?: SpellChecker | false;
  languages?: [string, string];
  signal?: { aborted: boolean };
  /** The user's bilingual dictionary ([source, target] pairs, e.g. from parseHunalignDictionary). */
  dictionary?: Array<[string, string]>;
  onProgress?: (stage: CleanStage, done: number, total: number) => void;
  /** Bilingual files read by read-bitext.ts: each gives two documents and a confirmed pair. */
  bitexts?: CleanBitext[];
}

export interface CleanResult {
  corpus: BitextCorpus;
  findings: Finding[];
  /** Text edits applied per document id. */
  applied: number;
}

const hex = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

function checkAbort(signal?: { aborted: boolean }): void {
  if (signal?.aborted) throw new ExportCancelled();
}

function sentenceLang(lang: string): string {
  return segmentationLanguage(lang);
}

export async function cleanCorpus(inputs: CleanInput[], opts: CleanOptions = {}): Promise<CleanResult> {
  const fix = opts.fix ?? 'safe';
  const languages = opts.languages ?? ['en', 'fr'];
  const progress = opts.onProgress ?? (() => undefined);

  // Detect.
  const docs: CorpusDocument[] = [];
  for (let i = 0; i < inputs.length; i++) {
    checkAbort(opts.signal);
    const inp = inputs[i]!;
    const det = detectDocument(inp.text, { languages: [...languages] });
    const mix: Record<string, number> = {};
    for (const s of det.segments) mix[s.language] = (mix[s.language] ?? 0) + (s.end - s.start);
    docs.push({
      id: `d_${hex(`${i}|${inp.relPath}`, 16)}`,
      name: inp.name,
      relPath: inp.relPath,
      language: det.language,
      detectedLanguage: det.language,
      confidence: det.confidence,
      override: null,
      reviewed: false,
      segmentMix: mix,
      originalText: inp.text,
      edits: [],
    });
    progress('detect', i + 1, inputs.length);
  }

  // Pair: the app's decision (shared/pair pairDocuments, one threshold everywhere); best first,
  // each document in at most one pair.
  checkAbort(opts.signal);
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const scored = pairDocuments(
    docs.map((d) => ({ id: d.id, language: d.language, text: d.originalText })),
    { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.dictionary ? { dictionary: opts.dictionary } : {}) },
  ).filter((s) => s.suggested);
  const taken = new Set<string>();
  const chosen = scored.filter((s) => {
    if (taken.has(s.a) || taken.has(s.b)) return false;
    taken.add(s.a);
    taken.add(s.b);
    return true;
  });
  progress('pair', 1, 1);

  // The collection step: word translations learned from the suggested translation pairs serve
  // the comparable linker (shared/align collection.ts, as the app does).
  let learned;
  try {
    learned = LEARN_FROM_COLLECTION
      ? learnFromCollection(
          docs.map((d) => ({ id: d.id, language: d.language, text: d.originalText })),
          scored,
          opts.signal ? { signal: opts.signal } : {},
        )
      : undefined;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw new ExportCancelled();
    throw e;
  }

  // Align: sentences of the original text, side A = the document given first.
  const byId = new Map(docs.map((d) => [d.id, d]));
  const pairs: CorpusPair[] = [];
  for (let k = 0; k < chosen.length; k++) {
    checkAbort(opts.signal);
    const s = chosen[k]!;
    const [a, b] = order.get(s.a)! <= order.get(s.b)! ? [byId.get(s.a)!, byId.get(s.b)!] : [byId.get(s.b)!, byId.get(s.a)!];
    const srcSpans = splitSentences(a.originalText, sentenceLang(a.language));
    const tgtSpans = splitSentences(b.originalText, sentenceLang(b.language));
    let beads;
    try {
      // The app's alignment pipeline; comparable documents keep their in-order links as beads.
      const got = alignDocuments(
        srcSpans.map((x) => x.text),
        tgtSpans.map((x) => x.text),
        {
          srcLang: a.language,
          tgtLang: b.language,
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(opts.dictionary ? { dictionary: opts.dictionary } : {}),
          ...(learned ? { learned } : {}),
        },
      );
      beads = got.method === 'comparable' ? toChain(got.beads, srcSpans.length, tgtSpans.length).beads : got.beads;
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw new ExportCancelled();
      throw e;
    }
    pairs.push({
      id: `p_${hex(`${a.id}|${b.id}`, 16)}`,
      a: a.id,
      b: b.id,
      kind: s.kind,
      status: 'suggested',
      score: s.score,
      srcSentences: srcSpans.map(({ start, end }) => ({ start, end })),
      tgtSentences: tgtSpans.map(({ start, end }) => ({ start, end })),
      beads: beads.map((x) => ({ src: x.src, tgt: x.tgt, confidence: Math.min(1, Math.max(0, x.confidence)), confirmed: false, origin: 'auto' as const })),
    });
    progress('align', k + 1, chosen.length);
  }

  // Bilingual files (TMX/TSV/XLIFF) are already aligned: confirmed pairs, checked like the rest.
  (opts.bitexts ?? []).forEach((x, k) => {
    const parts = cleanBitextParts(x, k, languages);
    docs.push(...parts.docs);
    pairs.push(parts.pair);
  });

  // Check: one corpus, aligned partners as evidence.
  checkAbort(opts.signal);
  const spell = opts.spell === false ? undefined : (opts.spell ?? getSpellChecker(['en', 'fr']));
  let findings: Finding[];
  try {
    findings = runChecks(
      {
        docs: docs.map((d) => ({ id: d.id, name: d.name, language: d.language, text: d.originalText })),
        // Only beads the aligner is fairly sure of count as evidence: a weak bead between two
        // comparable articles "names" whoever the other article mentions (National → Biden).
        partners: pairs.map((p) => ({
          a: p.a,
          b: p.b,
          kind: p.kind,
          beads: p.beads.filter((x) => x.confidence >= CLEAN_MIN_CONFIDENCE).map((x) => ({ src: x.src, tgt: x.tgt, confidence: x.confidence })),
        })),
        tools: checkTools,
        ...(opts.glossary ? { glossary: opts.glossary } : {}),
        ...(spell ? { spell } : {}),
      },
      { ...(opts.signal ? { signal: opts.signal } : {}), onProgress: (d, t) => progress('check', d, t) },
    );
  } catch (e) {
    if (opts.signal?.aborted) throw new ExportCancelled();
    throw e;
  }

  // Fix.
  const fixes = fixesFor(findings, fix);
  let applied = 0;
  for (const d of docs) {
    d.edits = fixes.get(d.id) ?? [];
    applied += d.edits.length;
  }
  // Statuses as the app derives them: the applied fixes are text edits naming their finding.
  const decisions = findingDecisions([...fixes.values()].flat().map((e) => ({ kind: 'text' as const, ...e })));
  progress('fix', 1, 1);

  const corpus: BitextCorpus = {
    name: 'bitext clean',
    languages: [...languages] as [string, string],
    createdAt: new Date().toISOString(),
    documents: docs,
    pairs,
    findings: findings.map((f) => ({ ...f, status: decisionOf(decisions, f.id).status })),
    notes: [
      { kind: 'cleanUnreviewed', minConfidence: CLEAN_MIN_CONFIDENCE },
      { kind: 'cleanFixes', fix },
    ],
  };
  return { corpus, findings, applied };
}
