import { describe, expect, it } from 'vitest';
import { pairDocuments, scorePairs, type PairDoc } from '../../shared/pair/index.js';

// Deterministic pseudo-random generator so the synthetic collection is the same on every run.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );

/** N stories, each told once in English and once in French with its own names and figures;
 * French words are English pseudo-words plus "e", so they share cognate stems. */
function collection(stories: number): { docs: PairDoc[]; truth: Set<string> } {
  const r = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const vocab = Array.from({ length: 3000 }, () => Array.from({ length: 3 + Math.floor(r() * 2) }, () => pick(SYLLABLES)).join(''));
  const docs: PairDoc[] = [];
  const truth = new Set<string>();
  for (let s = 0; s < stories; s++) {
    const name = `Zor${s.toString(36)}ek`;
    const place = `Val${(s * 7).toString(36)}ia`;
    const figure = 1000 + Math.floor(r() * 900000);
    const day = 1 + Math.floor(r() * 28);
    const words = Array.from({ length: 120 }, () => pick(vocab));
    const en = `${name} met officials in ${place} on ${day} March 2024. ${words.join(' ')}. The deal is worth ${figure.toLocaleString('en-US')} dollars, ${name} said.`;
    const fr = `${name} a rencontré des responsables à ${place} le ${day} mars 2024. ${words.map((w) => `${w}e`).join(' ')}. L’accord vaut ${figure.toLocaleString('fr-FR')} dollars, selon ${name}.`;
    const a = `s${String(s).padStart(3, '0')}en`;
    const b = `s${String(s).padStart(3, '0')}fr`;
    docs.push({ id: a, language: 'en', text: en }, { id: b, language: 'fr', text: fr });
    truth.add(`${a}-${b}`);
  }
  return { docs, truth };
}

describe('scaling', () => {
  it('scores 500 documents (124,750 pairs) quickly and finds the true pairs first', () => {
    const { docs, truth } = collection(250);
    const t0 = performance.now();
    const pairs = scorePairs(docs);
    const ms = performance.now() - t0;
    expect(pairs).toHaveLength((500 * 499) / 2);
    expect(ms).toBeLessThan(30_000); // 1.5–6 s on a busy 2-core dev box
    const top = pairs.slice(0, truth.size).map((p) => `${p.a}-${p.b}`);
    expect(top.filter((k) => truth.has(k)).length).toBe(truth.size);
    expect(pairs[truth.size - 1]!.score).toBeGreaterThan(0.95);
    // The best wrong pairs are short articles of the same day sharing only their date.
    expect(pairs[truth.size]!.score).toBeLessThan(0.75);
    const wrong = pairs.slice(truth.size);
    expect(wrong.filter((p) => p.score < 0.3).length / wrong.length).toBeGreaterThan(0.99);
  }, 60_000);

  it('decides on two long documents (6,000 sentences a side) without work growing with their product', () => {
    const r = rng(7);
    const vocab = Array.from({ length: 2000 }, () => Array.from({ length: 3 }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));
    const en: string[] = [],
      fr: string[] = [];
    for (let k = 0; k < 6000; k++) {
      const words = Array.from({ length: 12 }, () => vocab[Math.floor(r() * vocab.length)]!);
      en.push(`Zorek said ${words.join(' ')} ${k + 10}.`);
      fr.push(`Zorek dit ${words.map((w) => `${w}e`).join(' ')} ${k + 10}.`);
    }
    const t0 = performance.now();
    const [p] = pairDocuments([
      { id: 'en', language: 'en', text: en.join(' ') },
      { id: 'fr', language: 'fr', text: fr.join(' ') },
    ]);
    const ms = performance.now() - t0;
    expect(p!.evidence.sentences).toBe(12_000);
    // 3–10 s on a busy 2-core box; comparing every sentence with every other took 40 s and more.
    expect(ms).toBeLessThan(25_000);
  }, 90_000);
});
