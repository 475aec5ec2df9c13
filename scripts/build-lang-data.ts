// Generates shared/lang/data/char-ngrams.ts: character n-gram counts (orders 1–4) of the
// English and French word forms listed by the installed Hunspell dictionaries
// (dictionary-en: SCOWL, MIT AND BSD; dictionary-fr: Grammalecte, MPL-2.0). The product
// needs no dictionary at run time: the counts let it score words it has never seen.
// Run: npx tsx scripts/build-lang-data.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_ORDER = 4;
// Pruning keeps the module small; rare long n-grams carry little beyond their backoff.
const MIN_COUNT = [0, 1, 1, 2, 3];
// Weighted counts are stored as integers in units of 1/COUNT_SCALE.
const COUNT_SCALE = 4;
const LEMMA_ALPHA = Number(process.env.LEMMA_ALPHA ?? 0.5);

interface Rule {
  strip: string;
  add: string;
  cont: string[];
  cond: RegExp;
}
interface Affix {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: Rule[];
}

function splitFlags(s: string, long: boolean): string[] {
  if (!long) return [...s];
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 2) out.push(s.slice(i, i + 2));
  return out;
}

function parseAffixes(aff: string[], long: boolean): Map<string, Affix> {
  const affixes = new Map<string, Affix>();
  for (const line of aff) {
    const p = line.trim().split(/\s+/);
    const kind = p[0];
    if ((kind !== 'PFX' && kind !== 'SFX') || p.length < 4) continue;
    const flag = p[1]!;
    if (p.length === 4 && (p[2] === 'Y' || p[2] === 'N') && !affixes.has(flag)) {
      affixes.set(flag, { kind, cross: p[2] === 'Y', rules: [] });
      continue;
    }
    const a = affixes.get(flag);
    if (!a) continue;
    const [addRaw = '', contRaw] = p[3]!.split('/');
    const cond = p[4] ?? '.';
    a.rules.push({
      strip: p[2] === '0' ? '' : p[2]!,
      add: addRaw === '0' ? '' : addRaw,
      cont: contRaw ? splitFlags(contRaw, long) : [],
      cond: new RegExp(kind === 'SFX' ? `${cond}$` : `^${cond}`, 'u'),
    });
  }
  return affixes;
}

function applySuffixes(word: string, flags: string[], affixes: Map<string, Affix>, out: Set<string>): string[] {
  const forms: string[] = [];
  for (const f of flags) {
    const a = affixes.get(f);
    if (!a || a.kind !== 'SFX') continue;
    for (const r of a.rules) {
      if (!r.cond.test(word) || !word.endsWith(r.strip)) continue;
      const form = word.slice(0, word.length - r.strip.length) + r.add;
      out.add(form);
      forms.push(form);
      // Twofold suffixes (one level is all these dictionaries use for word forms).
      if (r.cont.length) applySuffixes(form, r.cont, affixes, out).forEach((x) => forms.push(x));
    }
  }
  return forms;
}

/**
 * All word forms a Hunspell dictionary accepts, each weighted so that one dictionary entry
 * weighs forms^(LEMMA_ALPHA - 1) per form: without it French verbs (≈ 45 forms each) would
 * swamp the model with conjugation endings and make French nouns look English.
 * Prefixes that add an apostrophe are skipped: elision is handled by the tokenizer.
 */
function expandDictionary(dir: string): Map<string, number> {
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split('\n');
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n');
  const long = aff.some((l) => l.startsWith('FLAG long'));
  const needAffix = aff.find((l) => l.startsWith('NEEDAFFIX'))?.split(/\s+/)[1];
  const affixes = parseAffixes(aff, long);
  const weights = new Map<string, number>();
  for (const line of dic.slice(1)) {
    const entry = line.split(/\s/)[0];
    if (!entry) continue;
    const slash = entry.indexOf('/');
    const word = slash >= 0 ? entry.slice(0, slash) : entry;
    const flags = slash >= 0 ? splitFlags(entry.slice(slash + 1), long) : [];
    const words = new Set<string>();
    if (!needAffix || !flags.includes(needAffix)) words.add(word);
    const suffixed = applySuffixes(word, flags, affixes, words);
    for (const f of flags) {
      const a = affixes.get(f);
      if (!a || a.kind !== 'PFX') continue;
      for (const r of a.rules) {
        if (r.add.includes("'") || r.add.includes('’')) continue;
        for (const base of [word, ...(a.cross ? suffixed : [])]) {
          if (r.cond.test(base) && base.startsWith(r.strip)) words.add(r.add + base.slice(r.strip.length));
        }
      }
    }
    // Only plain lowercase forms: proper names say little about the language of news text.
    const forms = [...words].filter((w) => /^\p{Ll}+$/u.test(w));
    const w = forms.length ** (LEMMA_ALPHA - 1);
    for (const form of forms) weights.set(form, (weights.get(form) ?? 0) + w);
  }
  return weights;
}

function countNgrams(words: Map<string, number>): Map<string, number>[] {
  const tables = Array.from({ length: MAX_ORDER + 1 }, () => new Map<string, number>());
  for (const [w, weight] of words) {
    const s = `^${w}$`;
    for (let n = 1; n <= MAX_ORDER; n++) {
      const t = tables[n]!;
      for (let i = 0; i + n <= s.length; i++) {
        const g = s.slice(i, i + n);
        t.set(g, (t.get(g) ?? 0) + weight * COUNT_SCALE);
      }
    }
  }
  return tables;
}

/** Serialises as "gram count gram count …" (counts base 36), one string per order. */
function serialise(tables: Map<string, number>[]): string[] {
  return tables.slice(1).map((t, i) => {
    const order = i + 1;
    const kept = [...t]
      .map(([g, c]) => [g, Math.round(c)] as const)
      .filter(([, c]) => c >= MIN_COUNT[order]! * COUNT_SCALE)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return kept.map(([g, c]) => `${g} ${c.toString(36)}`).join(' ');
  });
}

// The packages export only a Node loader; read their files from node_modules directly.
const dictDir = (name: string) => join(ROOT, 'node_modules', name);
const out: string[] = [
  '// GENERATED by scripts/build-lang-data.ts — do not edit by hand.',
  '// Character n-gram counts (orders 1–4, words wrapped in ^…$) of dictionary word forms.',
  '// Derived from dictionary-en (SCOWL/Hunspell en_US, MIT AND BSD) and dictionary-fr',
  '// (Grammalecte, MPL-2.0): this file is a derived work of those lists, see docs/lang-detection.md.',
  '',
  '/** Counts below are in units of 1/NGRAM_COUNT_SCALE (forms carry fractional weights). */',
  `export const NGRAM_COUNT_SCALE = ${COUNT_SCALE};`,
  '',
];
for (const [code, pkg] of [
  ['EN', 'dictionary-en'],
  ['FR', 'dictionary-fr'],
] as const) {
  const words = expandDictionary(dictDir(pkg));
  const orders = serialise(countNgrams(words));
  console.log(`${pkg}: ${words.size} forms (alpha ${LEMMA_ALPHA}), n-grams kept per order: ${orders.map((o) => o.split(' ').length / 2).join('/')}`);
  out.push(`export const ${code}_NGRAMS: readonly string[] = ${JSON.stringify(orders, null, 0).replace(/","/g, '",\n"')};`, '');
}
const target = join(ROOT, 'shared/lang/data/char-ngrams.ts');
writeFileSync(target, out.join('\n'));
console.log(`wrote ${target} (${(readFileSync(target).length / 1024).toFixed(0)} KB)`);
