// Partner documents for cross-document checks when no project says which documents pair: the one
// pairing decision (shared/pair pairDocuments, its SUGGEST_AT threshold and one-partner-per-kind
// rule) and the one alignment pipeline (shared/align alignDocuments, comparable output as the
// editor's chain) — the same pairs and beads the app, `bitext pair` and `bitext clean` get.
import { alignDocuments, learnFromCollection, LEARN_FROM_COLLECTION, toChain } from '../../../shared/align/index.js';
import type { CheckTools, CorpusDoc, PartnerLink } from '../../../shared/checks/types.js';
import { pairDocuments } from '../../../shared/pair/index.js';
import { log } from '../log/logger.js';

export interface PartnerOptions {
  /** Alignment is the costly part: only this many translation pairs are aligned. */
  maxAligned?: number;
  /** Cancels the pairing (the user's cancel, or a time budget: see checkCorpus). */
  signal?: { aborted: boolean };
}

export function findPartners(docs: CorpusDoc[], tools: CheckTools, opts: PartnerOptions = {}): PartnerLink[] | undefined {
  let decided;
  try {
    decided = pairDocuments(
      docs.map((d) => ({ id: d.id, language: d.language, text: d.text })),
      opts.signal ? { signal: opts.signal } : {},
    );
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    log.warn('checks.pairingFailed', { error });
    return undefined; // pairing unavailable: the engine pairs versions by shared wording
  }
  const links: PartnerLink[] = decided.filter((p) => p.suggested).map((p) => ({ a: p.a, b: p.b, kind: p.kind }));
  const byId = new Map(docs.map((d) => [d.id, d]));
  // The collection step (word translations from the translation pairs), as the app and `bitext clean`.
  let learned;
  try {
    learned = LEARN_FROM_COLLECTION ? learnFromCollection(docs, links, opts.signal ? { signal: opts.signal } : {}) : undefined;
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    log.warn('checks.partnerAlignFailed', { error });
  }
  let aligned = 0;
  for (const l of links) {
    if (l.kind !== 'translation' || !tools.splitSentences || aligned >= (opts.maxAligned ?? 50)) continue;
    const a = byId.get(l.a)!;
    const b = byId.get(l.b)!;
    try {
      const sa = tools.splitSentences(a.text, a.language).map((s) => s.text);
      const sb = tools.splitSentences(b.text, b.language).map((s) => s.text);
      const got = alignDocuments(sa, sb, {
        srcLang: a.language,
        tgtLang: b.language,
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(learned ? { learned } : {}),
      });
      l.beads = got.method === 'comparable' ? toChain(got.beads, sa.length, sb.length).beads : got.beads;
      aligned++;
    } catch (error) {
      if (opts.signal?.aborted) throw error;
      log.warn('checks.partnerAlignFailed', { a: a.id, b: b.id, error });
      // no alignment: the pair still counts as partners
    }
  }
  return links;
}
