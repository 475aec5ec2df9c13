// Character n-gram model of a language's word forms (orders 1–4, interpolated absolute
// discounting). It gives any word a probability, so words outside the hand-written
// frequency lists (names, rare or inflected forms) still count as evidence.
// For speed, characters become 7-bit ids and n-grams integer keys (no substring
// allocation), and each stored n-gram's interpolated log-probability is computed once.

const DISCOUNT = 0.75;
// Unigram floor: room for characters the dictionary never shows (ß, ñ, Cyrillic…).
const ALPHABET = 300;
const BITS = 7;
const OTHER = (1 << BITS) - 1; // id shared by every character outside the model's alphabet

export interface CharModel {
  /** Natural-log probability of the word (lowercase, without boundary marks). */
  logProb(word: string): number;
}

/** Builds a model from the generated per-order "gram count" strings (data/char-ngrams.ts). */
export function buildCharModel(orders: readonly string[], countScale = 1): CharModel {
  const maxOrder = orders.length;
  const idOf = new Map<string, number>();
  const raw: Map<number, number>[] = [];
  for (const serialised of orders) {
    const parts = serialised.split(' ');
    const table = new Map<number, number>();
    for (let i = 0; i + 1 < parts.length; i += 2) {
      let key = 0;
      for (const ch of parts[i]!) {
        let id = idOf.get(ch);
        if (id === undefined) idOf.set(ch, (id = Math.min(idOf.size + 1, OTHER)));
        key = (key << BITS) | id;
      }
      table.set(key, parseInt(parts[i + 1]!, 36));
    }
    raw.push(table);
  }
  const discount = DISCOUNT * countScale;
  const mask = (n: number): number => (1 << (BITS * n)) - 1;

  // logP[n - 1]: n-gram key → interpolated log P(last char | the n − 1 before it).
  const logP: Map<number, number>[] = [];
  // logBackoff[n]: key of an n-char context → log of the weight it passes to order n.
  const logBackoff: Map<number, number>[] = [new Map()];
  let total = 0;
  for (const c of raw[0]!.values()) total += c;
  const unseenLog = Math.log(countScale / (total + ALPHABET * countScale));
  const order1 = new Map<number, number>();
  for (const [k, c] of raw[0]!) order1.set(k, Math.log((c + countScale) / (total + ALPHABET * countScale)));
  logP.push(order1);

  /** Interpolated log P for an n-gram key of length len, backing off through shorter grams. */
  const lower = (key: number, len: number): number => {
    let lp = 0;
    for (let n = len; n >= 1; n--) {
      const hit = logP[n - 1]!.get(key & mask(n));
      if (hit !== undefined) return lp + hit;
      // Not seen at this order: take the context's backoff weight and try one shorter.
      if (n > 1) lp += logBackoff[n - 1]!.get((key >>> BITS) & mask(n - 1)) ?? 0;
    }
    return lp + unseenLog;
  };

  for (let n = 2; n <= maxOrder; n++) {
    const table = raw[n - 1]!;
    const contextCount = raw[n - 2]!;
    const sums = new Map<number, number>();
    for (const [key, count] of table) sums.set(key >>> BITS, (sums.get(key >>> BITS) ?? 0) + count);
    // The context's own count is the mass to share; pruned continuations go to backoff.
    const denom = (h: number): number => Math.max(contextCount.get(h) ?? 0, sums.get(h) ?? 0);
    const kept = new Map<number, number>();
    for (const [key, count] of table) {
      const h = key >>> BITS;
      kept.set(h, (kept.get(h) ?? 0) + Math.max(count - discount, 0) / denom(h));
    }
    const backoff = new Map<number, number>();
    for (const [h, k] of kept) backoff.set(h, Math.log(Math.max(1 - k, 1e-9)));
    logBackoff.push(backoff);
    const orderN = new Map<number, number>();
    for (const [key, count] of table) {
      const h = key >>> BITS;
      const pLower = Math.exp(lower(key & mask(n - 1), n - 1));
      orderN.set(key, Math.log(Math.max(count - discount, 0) / denom(h) + Math.exp(backoff.get(h)!) * pLower));
    }
    logP.push(orderN);
  }

  const top = logP[maxOrder - 1]!;
  const topMask = mask(maxOrder);
  const start = idOf.get('^') ?? OTHER;
  const end = idOf.get('$') ?? OTHER;
  return {
    logProb(word: string): number {
      let key = start;
      let len = 1;
      let lp = 0;
      for (let i = 0; i <= word.length; i++) {
        const id = i < word.length ? (idOf.get(word[i]!) ?? OTHER) : end;
        key = ((key << BITS) | id) & topMask;
        if (len < maxOrder) len++;
        const hit = len === maxOrder ? top.get(key) : undefined;
        lp += hit ?? lower(key, len);
      }
      return lp;
    },
  };
}
