// Partner documents for cross-document checks: scorePairs (shared/pair) says which documents tell
// the same story; each document keeps its best partner of each kind above a threshold, and
// translation pairs get a sentence alignment (shared/align) for the name check's evidence (c).
import { scorePairs } from '../../../shared/pair/index.js';
import type { CheckTools, CorpusDoc, PartnerLink } from '../../../shared/checks/types.js';

export interface PartnerOptions {
  minScore?: number;
  /** Alignment is the costly part: only this many translation pairs are aligned. */
  maxAligned?: number;
}

export function findPartners(docs: CorpusDoc[], tools: CheckTools, opts: PartnerOptions = {}): PartnerLink[] | undefined {
  const minScore = opts.minScore ?? 0.5;
  let scores;
  try {
    scores = scorePairs(docs.map((d) => ({ id: d.id, language: d.language, text: d.text })), { minScore });
  } catch {
    return undefined; // pairing unavailable: the engine pairs versions by shared wording
  }
  const best = new Map<string, number>();
  const sorted = [...scores].filter((s) => s.score >= minScore).sort((x, y) => y.score - x.score);
  const links: PartnerLink[] = [];
  for (const s of sorted) {
    const ka = `${s.a}:${s.kind}`;
    const kb = `${s.b}:${s.kind}`;
    if (best.has(ka) || best.has(kb)) continue;
    best.set(ka, s.score);
    best.set(kb, s.score);
    links.push({ a: s.a, b: s.b, kind: s.kind });
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  let aligned = 0;
  for (const l of links) {
    if (l.kind !== 'translation' || !tools.splitSentences || !tools.alignSentences || aligned >= (opts.maxAligned ?? 50)) continue;
    const a = byId.get(l.a)!;
    const b = byId.get(l.b)!;
    try {
      const sa = tools.splitSentences(a.text, a.language).map((s) => s.text);
      const sb = tools.splitSentences(b.text, b.language).map((s) => s.text);
      l.beads = tools.alignSentences(sa, sb, { srcLang: a.language, tgtLang: b.language });
      aligned++;
    } catch {
      /* no alignment: the pair still counts as partners */
    }
  }
  return links;
}
