// Which documents are versions of each other (same language, same story): the partner links
// when given, else same-language pairs sharing enough word 4-grams (each doc keeps its best few).
import type { CorpusModel, DocView } from '../corpus.js';

// Word 4-grams as numbers (interned ids folded into 52 bits; rare collisions only add noise).
// From the document's text alone (interned ids never change): kept across re-checks per document.
function grams(model: CorpusModel, v: DocView): Set<number> {
  return model.memo(`versions:grams:${v.doc.id}`, () => docGrams(model, v));
}
function docGrams(model: CorpusModel, v: DocView): Set<number> {
  const out = new Set<number>();
  const t = v.tokens.map((x) => x.id || model.intern(x.lower));
  for (let i = 0; i + 4 <= t.length; i++) out.add(((((t[i]! * 8191 + t[i + 1]!) * 8191 + t[i + 2]!) * 8191) % 4503599627370449) + t[i + 3]!);
  return out;
}

const MAX_DOCS_PER_GRAM = 8;

export function versionPairs(model: CorpusModel, minShared: number, perDoc = 2): Array<[DocView, DocView]> {
  return model.memo(`versions:${minShared}:${perDoc}`, () => computePairs(model, minShared, perDoc));
}

function computePairs(model: CorpusModel, minShared: number, perDoc: number): Array<[DocView, DocView]> {
  // Given version links first, then pairs found by shared wording (a pairing service can miss some).
  const out: Array<[DocView, DocView]> = [];
  const chosen = new Set<string>();
  const pos = new Map(model.views.map((v, i) => [v.doc.id, i]));
  for (const l of model.partners) {
    const a = model.byId.get(l.a);
    const b = model.byId.get(l.b);
    if (!a || !b || a.lang !== b.lang || l.kind !== 'version') continue;
    const [x, y] = [pos.get(a.doc.id)!, pos.get(b.doc.id)!].sort((p, q) => p - q);
    if (chosen.has(`${x}-${y}`)) continue;
    chosen.add(`${x}-${y}`);
    out.push([model.views[x!]!, model.views[y!]!]);
  }
  // No two documents share a language (one translation pair): no pair to find by wording.
  const langs = new Set(model.views.map((v) => v.lang));
  if (langs.size === model.views.length) return out;
  const index = new Map<number, number[]>();
  const sets = model.views.map((v) => grams(model, v));
  sets.forEach((s, d) => {
    for (const g of s) {
      const l = index.get(g);
      if (!l) index.set(g, [d]);
      else if (l.length <= MAX_DOCS_PER_GRAM) l.push(d);
    }
  });
  // A 4-gram found in many documents is a formula or page furniture: no pairing signal, and
  // keeping it would make pairing quadratic in the number of documents.
  for (const [g, l] of index) if (l.length > MAX_DOCS_PER_GRAM) index.delete(g);
  sets.forEach((s, d) => {
    const counts = new Map<number, number>();
    for (const g of s) for (const o of index.get(g) ?? []) if (o !== d) counts.set(o, (counts.get(o) ?? 0) + 1);
    const best = [...counts]
      .filter(([o, c]) => c >= minShared && model.views[o]!.lang === model.views[d]!.lang)
      .sort((x, y) => y[1] - x[1])
      .slice(0, perDoc);
    for (const [o] of best) {
      const key = d < o ? `${d}-${o}` : `${o}-${d}`;
      if (chosen.has(key) || model.isRejectedPair(model.views[d]!.doc.id, model.views[o]!.doc.id)) continue;
      chosen.add(key);
      out.push([model.views[Math.min(d, o)]!, model.views[Math.max(d, o)]!]);
    }
  });
  return out;
}
