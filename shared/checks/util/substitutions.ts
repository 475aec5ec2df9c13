// Word substitutions between two versions of the same text: places where both versions agree on
// the words before and after, and differ in between ("working to [improve|undercut] the rules").
import type { CorpusModel, DocView } from '../corpus.js';
import type { Token } from './text.js';

export interface Substitution {
  a: Token[];
  b: Token[];
}

/** Token ids per document (interned lowercase forms), so n-gram keys are numbers, not strings. */
function ids(model: CorpusModel, v: DocView): Int32Array {
  return model.memo(`ids:${v.doc.id}`, () => Int32Array.from(v.tokens, (t) => t.id || model.intern(t.lower)));
}

const key3 = (x: Int32Array, i: number) => (x[i]! * 131072 + x[i + 1]!) * 131072 + x[i + 2]!;

export function findSubstitutions(model: CorpusModel, a: DocView, b: DocView, maxGap = 3): Substitution[] {
  return model.memo(`subs:${a.doc.id}:${b.doc.id}:${maxGap}`, () => {
    const A = ids(model, a);
    const B = ids(model, b);
    const index = new Map<number, number[]>();
    for (let j = 0; j + 3 <= B.length; j++) {
      const k = key3(B, j);
      const l = index.get(k);
      if (l) {
        if (l.length < 4) l.push(j);
      } else index.set(k, [j]);
    }
    const out: Substitution[] = [];
    for (let i = 3; i < A.length - 3; i++) {
      const starts = index.get(key3(A, i - 3));
      if (!starts) continue;
      let hit: Substitution | undefined;
      for (const j0 of starts) {
        const bi = j0 + 3;
        if (bi >= B.length || A[i] === B[bi]) continue;
        for (let ga = 1; ga <= maxGap && !hit; ga++) {
          for (let gb = 1; gb <= maxGap && !hit; gb++) {
            if (i + ga + 3 > A.length || bi + gb + 3 > B.length) continue;
            if (A[i + ga] === B[bi + gb] && A[i + ga + 1] === B[bi + gb + 1] && A[i + ga + 2] === B[bi + gb + 2]) {
              hit = { a: a.tokens.slice(i, i + ga), b: b.tokens.slice(bi, bi + gb) };
            }
          }
        }
        if (hit) break;
      }
      if (hit) {
        out.push(hit);
        i += hit.a.length;
      }
    }
    return out;
  });
}

export function editDistance(x: string, y: string): number {
  const m = x.length;
  const n = y.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}
