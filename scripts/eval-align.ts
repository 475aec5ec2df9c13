// Scores the aligner against the gold sets in ../shared/eval/alignment/ (outside the repo,
// read at run time only). Metrics follow the definitions of Vecalign's score.py (after
// Sennrich & Volk 2010), reimplemented: precision over all test beads, recall over gold
// beads that are not null, strict = identical bead, lax = overlap on both sides. Null
// beads spanning several sentences are split into single-sentence ones on both sides.
//
// The "sample" set is the comparable pair corpus/002 <-> corpus/004 (in the repo) against our
// hand gold tests/align/fixtures/002-004.gold: link precision / recall instead of bead F1.
//
// The "news" set is ../shared/eval/news-pairs (real news pairs, hand links S/P, scored as its
// README says: every sentence pair inside a predicted bead is a link; precision counts S and P,
// recall counts S). The "pairing" set scores document pairing: a corpus built in memory from
// the parallel gold sets (translation pairs plus unrelated documents of the same domains) and
// the sample corpus/.
//
//   npx tsx scripts/eval-align.ts [--sets transread,textberg-test,textberg-dev,europarl,comparable,sample,news,pairing,long]
//                                 [--tuning '{"pass2":{"nullCost":2}}'] [--per-doc]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitSentences } from '../shared/segment/index.js';
import { DEFAULT_TUNING, type Tuning } from '../shared/align/params.js';
import type { Bead } from '../shared/align/types.js';
import { alignDocuments, HIGH_CONFIDENCE } from '../shared/align/documents.js';
import type { LearnedLexicon } from '../shared/align/learned-lexicon.js';
import { learnFromCollection, lexiconSize, type CollectionDoc, type CollectionPair } from '../shared/align/collection.js';
import { pairDocuments, type PairDoc } from '../shared/pair/index.js';

type Pair = [number[], number[]];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval/alignment');

function readLines(p: string): string[] {
  const t = readFileSync(p, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const lines = t.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Both gold styles: "0,1:2" and "[0, 1]:[2]". */
export function parseGold(text: string): Pair[] {
  const out: Pair[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [a = '', b = ''] = line.split(':');
    const nums = (s: string): number[] =>
      s
        .replace(/[[\]\s]/g, '')
        .split(',')
        .filter((x) => x !== '')
        .map(Number);
    out.push([nums(a), nums(b)]);
  }
  return out;
}

function splitNulls(beads: Pair[]): Pair[] {
  const out: Pair[] = [];
  for (const [s, t] of beads) {
    if (s.length === 0 && t.length > 1) for (const j of t) out.push([[], [j]]);
    else if (t.length === 0 && s.length > 1) for (const i of s) out.push([[i], []]);
    else if (s.length || t.length) out.push([s, t]);
  }
  return out;
}

const key = (p: Pair): string => p[0].join(',') + ':' + p[1].join(',');

/** [tpStrict, fpStrict, tpLax, fpLax] of `test` judged against `gold`. */
function judge(gold: Pair[], test: Pair[]): [number, number, number, number] {
  const goldSet = new Set(gold.map(key));
  const srcToGoldTgt = new Map<number, Set<number>>();
  for (const [s, t] of gold)
    for (const i of s) {
      let set = srcToGoldTgt.get(i);
      if (!set) srcToGoldTgt.set(i, (set = new Set()));
      for (const j of t) set.add(j);
    }
  const seen = new Set<string>();
  let tps = 0,
    fps = 0,
    tpl = 0,
    fpl = 0;
  for (const p of test) {
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldSet.has(k)) {
      tps++;
      tpl++;
      continue;
    }
    fps++;
    const lax = p[0].some((i) => p[1].some((j) => srcToGoldTgt.get(i)?.has(j)));
    if (lax) tpl++;
    else fpl++;
  }
  return [tps, fps, tpl, fpl];
}

interface Counts {
  p: number[];
  r: number[];
  byType: Map<string, [number, number]>;
  docs: number;
  secs: number;
}

function newCounts(): Counts {
  return { p: [0, 0, 0, 0], r: [0, 0, 0, 0], byType: new Map(), docs: 0, secs: 0 };
}

function typeName(p: Pair): string {
  const a = p[0].length,
    b = p[1].length;
  if (a === 0 || b === 0) return 'null';
  return `${a}-${b}`;
}

function score(c: Counts, goldRaw: Pair[], beads: Bead[]): void {
  const gold = splitNulls(goldRaw);
  const test = splitNulls(beads.map((b): Pair => [b.src, b.tgt]));
  const pc = judge(gold, test);
  const links = (x: Pair[]): Pair[] => x.filter((p) => p[0].length && p[1].length);
  const rc = judge(links(test), links(gold));
  for (let k = 0; k < 4; k++) {
    c.p[k]! += pc[k]!;
    c.r[k]! += rc[k]!;
  }
  const testSet = new Set(test.map(key));
  for (const g of gold) {
    const t = typeName(g);
    const e = c.byType.get(t) ?? [0, 0];
    e[1]++;
    if (testSet.has(key(g))) e[0]++;
    c.byType.set(t, e);
  }
  c.docs++;
}

function prf(tp: number, fp: number): number {
  return tp + fp ? tp / (tp + fp) : 0;
}
function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function summary(c: Counts): { ps: number; rs: number; fs: number; pl: number; rl: number; fl: number } {
  const ps = prf(c.p[0]!, c.p[1]!),
    pl = prf(c.p[2]!, c.p[3]!);
  const rs = prf(c.r[0]!, c.r[1]!),
    rl = prf(c.r[2]!, c.r[3]!);
  return { ps, rs, fs: f1(ps, rs), pl, rl, fl: f1(pl, rl) };
}

/** Link gold of a comparable pair: "S i:j" (sure) and "P i:j" (possible) sentence pairs. */
export interface LinkGold {
  sure: Array<[number, number]>;
  possible: Array<[number, number]>;
}

export function parseLinkGold(text: string): LinkGold {
  const g: LinkGold = { sure: [], possible: [] };
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([SP])\s+(\d+)\s*:\s*(\d+)\s*$/.exec(line);
    if (m) (m[1] === 'S' ? g.sure : g.possible).push([Number(m[2]), Number(m[3])]);
  }
  return g;
}

/** Link beads judged against a link gold: a bead is correct when every (src, tgt) sentence
 *  pair in it is sure or possible; recall = sure pairs inside some predicted bead. */
export function judgeLinks(
  gold: LinkGold,
  beads: Array<{ src: number[]; tgt: number[] }>,
): { links: number; correct: number; sure: number; found: number; wrong: string[] } {
  const ok = new Set([...gold.sure, ...gold.possible].map(([i, j]) => `${i}:${j}`));
  const links = beads.filter((b) => b.src.length && b.tgt.length);
  let correct = 0;
  const wrong: string[] = [];
  for (const b of links) {
    if (b.src.every((i) => b.tgt.every((j) => ok.has(`${i}:${j}`)))) correct++;
    else wrong.push(`[${b.src.join(',')}]:[${b.tgt.join(',')}]`);
  }
  const found = gold.sure.filter(([i, j]) => links.some((b) => b.src.includes(i) && b.tgt.includes(j))).length;
  return { links: links.length, correct, sure: gold.sure.length, found, wrong };
}

export const SAMPLE = { src: 'corpus/002_c5a6547c0aa22e93.txt', tgt: 'corpus/004_aad8ed66e90f3308.txt', gold: 'tests/align/fixtures/002-004.gold' };

/** The sample pair segmented as the app does (shared/segment, 'en' / 'fr'). */
export function samplePair(): [string[], string[], LinkGold] {
  const seg = (p: string, l: string): string[] => splitSentences(readFileSync(join(root, p), 'utf8'), l).map((s) => s.text);
  return [seg(SAMPLE.src, 'en'), seg(SAMPLE.tgt, 'fr'), parseLinkGold(readFileSync(join(root, SAMPLE.gold), 'utf8'))];
}

function evalSample(tuning: Tuning, quiet: boolean): void {
  const [src, tgt, gold] = samplePair();
  const t0 = performance.now();
  const beads = alignDocuments(src, tgt, { srcLang: 'en', tgtLang: 'fr' }, tuning).beads;
  const secs = (performance.now() - t0) / 1000;
  const r = judgeLinks(gold, beads);
  const p = r.links ? (r.correct / r.links).toFixed(3) : 'n/a';
  if (quiet) {
    console.log(`sample links ${r.links} precision ${p} recall ${r.found}/${r.sure}`);
    return;
  }
  console.log(`\nSample 002<->004 (comparable EN-FR news, hand gold: ${gold.sure.length} sure + ${gold.possible.length} possible links; ${secs.toFixed(2)} s)`);
  console.log(`  link precision ${p} (${r.correct}/${r.links} predicted links correct)`);
  console.log(`  link recall    ${(r.found / r.sure).toFixed(3)} (${r.found}/${r.sure} sure links)`);
  const fmt = (b: Bead): string => `[${b.src.join(',')}]:[${b.tgt.join(',')}] ${b.confidence.toFixed(2)}`;
  console.log(
    '  predicted links: ' +
      (beads
        .filter((b) => b.src.length && b.tgt.length)
        .map(fmt)
        .join(', ') || 'none'),
  );
  if (r.wrong.length) console.log('  wrong: ' + r.wrong.join(', '));
}

const newsDir = resolve(root, '../shared/eval/news-pairs');

/** News pairs: links P/R/F1 per pair and micro-averaged, as the news-pairs README scores them. */
function evalNews(tuning: Tuning, quiet: boolean, verbose: boolean): void {
  if (!existsSync(newsDir)) {
    console.log('news: no data (skipped)');
    return;
  }
  const dirs = readdirSync(newsDir)
    .filter((d) => existsSync(join(newsDir, d, 'gold.txt')))
    .sort();
  // The ten pairs as one collection: a lexicon learned from its parallel pairs' confident links
  // (learned-lexicon.ts) serves its comparable pairs. Scored without, then with it.
  // The product's collection step (shared/align collection.ts): documents as whole texts, the
  // ten pairs as the collection's pairs.
  const t0 = performance.now();
  const docs: CollectionDoc[] = [],
    pairs: CollectionPair[] = [];
  for (const d of dirs) {
    const dir = join(newsDir, d);
    for (const side of ['a', 'b'])
      docs.push({ id: `${d}/${side}`, language: readFileSync(join(dir, `${side}.lang`), 'utf8').trim(), text: readLines(join(dir, `${side}.txt`)).join('\n') });
    pairs.push({ a: `${d}/a`, b: `${d}/b` });
  }
  const learned = learnFromCollection(docs, pairs);
  console.log(
    `news: corpus-learned lexicon ${lexiconSize(learned)} entries (${((performance.now() - t0) / 1000).toFixed(2)} s incl. aligning the translation pairs)`,
  );
  scoreNews(dirs, tuning, quiet, verbose, undefined, 'without learned lexicon');
  scoreNews(dirs, tuning, quiet, verbose, learned, 'with corpus-learned lexicon');
}

function scoreNews(dirs: string[], tuning: Tuning, quiet: boolean, verbose: boolean, learned: LearnedLexicon | undefined, label: string): void {
  let pred = 0,
    ok = 0,
    sure = 0,
    found = 0,
    secs = 0;
  // Links grouped by the confidence the aligner gave them: is "high" right >= 90% of the time?
  const byConf = [
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
  ] as Array<[number, number]>;
  if (!quiet) console.log(`\nNews pairs, ${label} (real; links scored per sentence pair: P = S or P links, R = S links)`);
  for (const d of dirs) {
    const dir = join(newsDir, d);
    const a = readLines(join(dir, 'a.txt')),
      b = readLines(join(dir, 'b.txt'));
    const sl = readFileSync(join(dir, 'a.lang'), 'utf8').trim(),
      tl = readFileSync(join(dir, 'b.lang'), 'utf8').trim();
    const gold = parseLinkGold(readFileSync(join(dir, 'gold.txt'), 'utf8'));
    const okSet = new Set([...gold.sure, ...gold.possible].map(([i, j]) => `${i}:${j}`));
    const t0 = performance.now();
    const res = alignDocuments(a, b, { srcLang: sl, tgtLang: tl, ...(learned ? { learned } : {}) }, tuning);
    secs += (performance.now() - t0) / 1000;
    const links = new Map<string, number>();
    for (const bd of res.beads) for (const i of bd.src) for (const j of bd.tgt) links.set(`${i}:${j}`, bd.confidence);
    let c = 0;
    const wrong: string[] = [];
    for (const [k, conf] of links) {
      const right = okSet.has(k);
      if (right) c++;
      else wrong.push(`${k}@${conf.toFixed(2)}`);
      const bin = conf >= 0.9 ? 3 : conf >= HIGH_CONFIDENCE ? 2 : conf >= 0.5 ? 1 : 0;
      byConf[bin]![0] += right ? 1 : 0;
      byConf[bin]![1]++;
    }
    const f = gold.sure.filter(([i, j]) => links.has(`${i}:${j}`)).length;
    pred += links.size;
    ok += c;
    sure += gold.sure.length;
    found += f;
    if (!quiet) {
      const p = links.size ? c / links.size : 1,
        r = gold.sure.length ? f / gold.sure.length : 1;
      console.log(
        `  ${d.padEnd(38)} ${res.method.padEnd(10)} links ${String(links.size).padStart(3)}  P ${p.toFixed(3)}  R ${gold.sure.length ? r.toFixed(3) : ' n/a '} (${f}/${gold.sure.length})`,
      );
      if (verbose && wrong.length) console.log(`      wrong: ${wrong.join(' ')}`);
      if (verbose) {
        const miss = gold.sure.filter(([i, j]) => !links.has(`${i}:${j}`));
        if (miss.length) console.log(`      missed S: ${miss.map(([i, j]) => `${i}:${j}`).join(' ')}`);
      }
    }
  }
  const P = pred ? ok / pred : 0,
    R = sure ? found / sure : 0;
  console.log(`news links (${label}) ${pred} precision ${P.toFixed(3)} recall ${R.toFixed(3)} F1 ${f1(P, R).toFixed(3)} (${secs.toFixed(2)} s)`);
  const hi = byConf[2]![0] + byConf[3]![0],
    hn = byConf[2]![1] + byConf[3]![1];
  console.log(`news links shown as high confidence (>= ${HIGH_CONFIDENCE}): ${hn ? (hi / hn).toFixed(3) : 'n/a'} right (${hi}/${hn})`);
  if (!quiet)
    console.log(
      '  links right by shown confidence: ' +
        ['< 0.5', `0.5-${HIGH_CONFIDENCE}`, `${HIGH_CONFIDENCE}-0.9`, '>= 0.9']
          .map((l, k) => `${l}: ${byConf[k]![1] ? (byConf[k]![0] / byConf[k]![1]).toFixed(3) : 'n/a'} (${byConf[k]![1]})`)
          .join(', '),
    );
}

/** Europarl / TransRead gold as (source lines, target lines) per bead range. */
function chunkOf(srcLines: string[], tgtLines: string[], gold: Pair[], from: number, to: number): [string, string] {
  const s: string[] = [],
    t: string[] = [];
  for (const [x, y] of gold.slice(from, to)) {
    for (const i of x) s.push(srcLines[i]!);
    for (const j of y) t.push(tgtLines[j]!);
  }
  return [s.join('\n'), t.join('\n')];
}

/**
 * The pairing corpus: translation pairs (40 Europarl documents; the first 40 beads of each
 * TransRead book) and unrelated documents of the same domains (the English side of 10 other
 * Europarl documents, the French side of 10 more — or, `mixed`, of every other one of those 20;
 * one French Text+Berg document each), so unrelated documents share procedural phrases,
 * numbers and dates with the pairs.
 */
export function pairingCorpus(mixed = false): { docs: PairDoc[]; gold: Set<string> } {
  const tr = join(evalDir, 'transread_en-fr'),
    tb = join(evalDir, 'textberg_de-fr'),
    ep = join(evalDir, 'europarl_en-fr/synth50');
  const docs: PairDoc[] = [];
  const gold = new Set<string>();
  const epDocs = readdirSync(ep)
    .filter((f) => /^doc\d+\.gold$/.test(f))
    .map((f) => f.slice(0, -5))
    .sort();
  epDocs.forEach((d, k) => {
    const en = readLines(join(ep, d + '.en')).join('\n'),
      fr = readLines(join(ep, d + '.fr')).join('\n');
    if (k < 40) {
      docs.push({ id: `ep-${d}.en`, language: 'en', text: en }, { id: `ep-${d}.fr`, language: 'fr', text: fr });
      gold.add(`ep-${d}.en|ep-${d}.fr`);
    } else if (mixed ? k % 2 === 0 : k < 50) docs.push({ id: `ep-${d}.en`, language: 'en', text: en });
    else docs.push({ id: `ep-${d}.fr`, language: 'fr', text: fr });
  });
  for (const b of readdirSync(tr)
    .filter((f) => f.endsWith('.gold'))
    .map((f) => f.slice(0, -5))
    .sort()) {
    const [en, fr] = chunkOf(readLines(join(tr, b + '.en')), readLines(join(tr, b + '.fr')), parseGold(readFileSync(join(tr, b + '.gold'), 'utf8')), 0, 40);
    docs.push({ id: `tr-${b}.en`, language: 'en', text: en }, { id: `tr-${b}.fr`, language: 'fr', text: fr });
    gold.add(`tr-${b}.en|tr-${b}.fr`);
  }
  for (const k of [0, 1, 2, 3, 4, 5, 6]) docs.push({ id: `tb-test${k}.fr`, language: 'fr', text: readLines(join(tb, `test${k}.fr`)).join('\n') });
  docs.push({ id: 'tb-dev.fr', language: 'fr', text: readLines(join(tb, 'dev.fr')).join('\n') });
  return { docs, gold };
}

function scorePairing(label: string, docs: PairDoc[], gold: Set<string>, quiet: boolean): void {
  const t0 = performance.now();
  const rows = pairDocuments(docs);
  const secs = (performance.now() - t0) / 1000;
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const goldKeys = new Set(
    [...gold].map((g) => {
      const [a, b] = g.split('|');
      return key(a!, b!);
    }),
  );
  const sug = rows.filter((r) => r.suggested);
  const tp = sug.filter((r) => goldKeys.has(key(r.a, r.b))).length;
  const P = sug.length ? tp / sug.length : 1,
    R = goldKeys.size ? tp / goldKeys.size : 1;
  console.log(
    `pairing ${label}: ${docs.length} docs, ${goldKeys.size} true pairs, ${sug.length} suggested, precision ${P.toFixed(3)} recall ${R.toFixed(3)} (${secs.toFixed(2)} s)`,
  );
  if (!quiet) {
    for (const r of sug) if (!goldKeys.has(key(r.a, r.b))) console.log(`    wrong: ${r.a} <-> ${r.b} ${r.kind} ${r.score.toFixed(3)}`);
    const sugKeys = new Set(sug.map((r) => key(r.a, r.b)));
    for (const g of goldKeys)
      if (!sugKeys.has(g)) {
        const r = rows.find((x) => key(x.a, x.b) === g);
        console.log(`    missed: ${g} ${r ? r.score.toFixed(3) : 'not listed'}`);
      }
    const bestWrong = rows.filter((r) => !goldKeys.has(key(r.a, r.b))).reduce((m, r) => Math.max(m, r.score), 0);
    const worstRight = rows.filter((r) => goldKeys.has(key(r.a, r.b))).reduce((m, r) => Math.min(m, r.score), 1);
    console.log(`    highest unrelated score ${bestWrong.toFixed(3)}, lowest true-pair score ${worstRight.toFixed(3)}`);
  }
}

function evalPairing(quiet: boolean): void {
  const { docs, gold } = pairingCorpus();
  scorePairing('generated', docs, gold, quiet);
  // The same corpus with the unrelated documents in alternating languages: consecutive chunks
  // of one debate then sit in two languages (a harder case, see docs/benchmarks.md).
  const mixed = pairingCorpus(true);
  scorePairing('generated, unrelated in alternating languages', mixed.docs, mixed.gold, quiet);
  const dir = join(root, 'corpus');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const langOf = (f: string): string => (/^00[34]_/.test(f) ? 'fr' : 'en');
  const sample = files.map((f) => ({ id: f.slice(0, 3), language: langOf(f), text: readFileSync(join(dir, f), 'utf8') }));
  scorePairing('sample corpus/', sample, new Set(['000|001', '002|004']), quiet);
  if (!quiet) {
    for (const r of pairDocuments(sample))
      console.log(`    ${r.a} <-> ${r.b} ${r.kind.padEnd(11)} ${r.score.toFixed(3)} ${r.suggested ? 'suggested' : ''} ${JSON.stringify(r.evidence)}`);
  }
}

interface Doc {
  name: string;
  src: string;
  tgt: string;
  gold: string;
  sl: string;
  tl: string;
  make?: () => [string[], string[], Pair[]];
  /** A lexicon learned from the rest of a collection (comparable-learned). */
  learned?: () => LearnedLexicon;
}

/**
 * Comparable-document check built in memory from Europarl synth50: half of doc k's 1-1
 * pairs keep their translation; the other half get an unrelated French sentence (from doc
 * k+1), and unrelated sentences are inserted on both sides. Gold: the kept pairs, the rest
 * as 1-0 / 0-1. Simulates two news articles on one story where most sentences have no partner.
 */
function comparable(ep: string, names: string[], k: number): [string[], string[], Pair[]] {
  let seed = 1000 + k;
  const r = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const en = readLines(join(ep, names[k]! + '.en')),
    fr = readLines(join(ep, names[k]! + '.fr'));
  const gold = parseGold(readFileSync(join(ep, names[k]! + '.gold'), 'utf8'));
  const otherFr = readLines(join(ep, names[(k + 1) % names.length]! + '.fr'));
  const otherEn = readLines(join(ep, names[(k + 2) % names.length]! + '.en'));
  const S: string[] = [],
    T: string[] = [],
    G: Pair[] = [];
  let of = 0,
    oe = 0;
  for (const [s, t] of gold) {
    if (s.length !== 1 || t.length !== 1) continue;
    if (r() < 0.3 && oe < otherEn.length) {
      G.push([[S.length], []]);
      S.push(otherEn[oe++]!);
    }
    if (r() < 0.3 && of < otherFr.length) {
      G.push([[], [T.length]]);
      T.push(otherFr[of++]!);
    }
    if (r() < 0.5) {
      G.push([[S.length], [T.length]]);
      S.push(en[s[0]!]!);
      T.push(fr[t[0]!]!);
    } else {
      G.push([[S.length], []]);
      S.push(en[s[0]!]!);
      if (of < otherFr.length) {
        G.push([[], [T.length]]);
        T.push(otherFr[of++]!);
      }
    }
  }
  return [S, T, G];
}

/**
 * One long document (speed-path check): the 11 TransRead books and Europarl ALL (the texts
 * bench/align.ts concatenates), whole documents repeated until `size` source sentences,
 * gold beads shifted accordingly. Large inputs take the coarse-to-fine path that the
 * per-document sets (at most ~1.5k sentences) barely exercise.
 */
function longDoc(tr: string, ep: string, books: string[], size: number): [string[], string[], Pair[]] {
  const parts = [
    ...books.map((b) => [join(tr, b + '.en'), join(tr, b + '.fr'), join(tr, b + '.gold')]),
    [join(ep, 'ALL.en'), join(ep, 'ALL.fr'), join(ep, 'ALL.gold')],
  ];
  const S: string[] = [],
    T: string[] = [],
    G: Pair[] = [];
  for (let k = 0; S.length < size; k++) {
    const [a, b, g] = parts[k % parts.length]!;
    const os = S.length,
      ot = T.length;
    S.push(...readLines(a!));
    T.push(...readLines(b!));
    for (const [x, y] of parseGold(readFileSync(g!, 'utf8'))) G.push([x.map((i) => i + os), y.map((j) => j + ot)]);
  }
  return [S, T, G];
}

let europarlLearned: LearnedLexicon | undefined;
/** The lexicon the collection step learns from Europarl translation pairs. */
function europarlLexicon(ep: string, names: string[]): LearnedLexicon {
  if (!europarlLearned) {
    const t0 = performance.now();
    // The product's collection step, the documents as whole texts.
    const docs = names.flatMap((d) => ['en', 'fr'].map((l) => ({ id: `${d}.${l}`, language: l, text: readLines(join(ep, `${d}.${l}`)).join('\n') })));
    europarlLearned = learnFromCollection(
      docs,
      names.map((d) => ({ a: `${d}.en`, b: `${d}.fr` })),
    );
    const n = [...europarlLearned.values()].reduce((k, l) => k + l.length, 0);
    console.log(`  (learned ${n} entries from ${names.length} Europarl pairs in ${((performance.now() - t0) / 1000).toFixed(2)} s)`);
  }
  return europarlLearned;
}

function sets(): Record<string, { label: string; hunalign?: number; docs: Doc[] }> {
  const tr = join(evalDir, 'transread_en-fr'),
    tb = join(evalDir, 'textberg_de-fr'),
    ep = join(evalDir, 'europarl_en-fr/synth50');
  const books = readdirSync(tr)
    .filter((f) => f.endsWith('.gold'))
    .map((f) => f.slice(0, -5))
    .sort();
  const docs = readdirSync(ep)
    .filter((f) => /^doc\d+\.gold$/.test(f))
    .map((f) => f.slice(0, -5))
    .sort();
  return {
    transread: {
      label: 'TransRead EN-FR (11 books)',
      hunalign: 0.816,
      docs: books.map((b) => ({ name: b, src: join(tr, b + '.en'), tgt: join(tr, b + '.fr'), gold: join(tr, b + '.gold'), sl: 'en', tl: 'fr' })),
    },
    'textberg-test': {
      label: 'Text+Berg DE-FR test (7 docs)',
      hunalign: 0.752,
      docs: [0, 1, 2, 3, 4, 5, 6].map((k) => ({
        name: `test${k}`,
        src: join(tb, `test${k}.de`),
        tgt: join(tb, `test${k}.fr`),
        gold: join(tb, `test${k}.defr`),
        sl: 'de',
        tl: 'fr',
      })),
    },
    'textberg-dev': {
      label: 'Text+Berg DE-FR dev (1 doc)',
      hunalign: 0.668,
      docs: [{ name: 'dev', src: join(tb, 'dev.de'), tgt: join(tb, 'dev.fr'), gold: join(tb, 'dev.defr'), sl: 'de', tl: 'fr' }],
    },
    europarl: {
      label: 'Europarl EN-FR synth50 (60 docs)',
      hunalign: 0.937,
      docs: docs.map((d) => ({ name: d, src: join(ep, d + '.en'), tgt: join(ep, d + '.fr'), gold: join(ep, d + '.gold'), sl: 'en', tl: 'fr' })),
    },
    long: {
      label: 'Long document: TransRead books + Europarl ALL concatenated to >= 20k sentences (not in the default run)',
      docs: [{ name: 'long20k', src: '', tgt: '', gold: '', sl: 'en', tl: 'fr', make: () => longDoc(tr, ep, books, 20000) }],
    },
    comparable: {
      label: 'Comparable EN-FR (built from Europarl synth50, 60 docs, ~60% unpaired)',
      docs: docs.map((d, k) => ({ name: d, src: '', tgt: '', gold: '', sl: 'en', tl: 'fr', make: () => comparable(ep, docs, k) })),
    },
    // The collection case: the first 20 comparable pairs (built from documents 0-21) beside the
    // other 38 Europarl documents as translation pairs, whose confident links teach the lexicon.
    'comparable-learned': {
      label: 'Comparable EN-FR, 20 docs, with a lexicon learned from 38 other Europarl pairs of the collection (vs comparable-first20 without)',
      docs: docs.slice(0, 20).map((d, k) => ({
        name: d,
        src: '',
        tgt: '',
        gold: '',
        sl: 'en',
        tl: 'fr',
        make: () => comparable(ep, docs, k),
        learned: () => europarlLexicon(ep, docs.slice(22)),
      })),
    },
    'comparable-first20': {
      label: 'Comparable EN-FR, the same 20 docs, no learned lexicon',
      docs: docs.slice(0, 20).map((d, k) => ({ name: d, src: '', tgt: '', gold: '', sl: 'en', tl: 'fr', make: () => comparable(ep, docs, k) })),
    },
  };
}

function merge<T>(base: T, over: unknown): T {
  if (over === null || typeof over !== 'object' || Array.isArray(over)) return over as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out as T;
}

export function evaluate(setNames: string[], tuning: Tuning, perDoc = false, quiet = false): Record<string, Counts> {
  const all = sets();
  const res: Record<string, Counts> = {};
  for (const name of setNames) {
    const set = all[name];
    if (!set) throw new Error(`unknown set ${name}`);
    const c = newCounts();
    for (const d of set.docs) {
      const made = d.make?.();
      const src = made ? made[0] : readLines(d.src),
        tgt = made ? made[1] : readLines(d.tgt);
      const gold = made ? made[2] : parseGold(readFileSync(d.gold, 'utf8'));
      const learned = d.learned?.();
      const t0 = performance.now();
      const beads = alignDocuments(src, tgt, { srcLang: d.sl, tgtLang: d.tl, ...(learned ? { learned } : {}) }, tuning).beads;
      c.secs += (performance.now() - t0) / 1000;
      const before = newCounts();
      score(c, gold, beads);
      if (perDoc && !quiet) {
        score(before, gold, beads);
        console.log(`  ${d.name.padEnd(30)} strict F1 ${summary(before).fs.toFixed(3)}`);
      }
    }
    res[name] = c;
  }
  return res;
}

function main(): void {
  const { values } = parseArgs({
    options: { sets: { type: 'string' }, tuning: { type: 'string' }, 'per-doc': { type: 'boolean' }, quiet: { type: 'boolean' }, verbose: { type: 'boolean' } },
  });
  if (!existsSync(evalDir)) {
    console.log(`eval-align: no evaluation data at ${evalDir} — nothing to score (skipped).`);
    process.exit(0);
  }
  const tuning = values.tuning ? merge(DEFAULT_TUNING, JSON.parse(values.tuning)) : DEFAULT_TUNING;
  const requested = values.sets
    ? values.sets.split(',')
    : ['transread', 'textberg-test', 'textberg-dev', 'europarl', 'comparable', 'sample', 'news', 'pairing'];
  const names = requested.filter((n) => !['sample', 'news', 'pairing'].includes(n));
  const all = sets();
  const res = evaluate(names, tuning, values['per-doc']);
  const f = (x: number): string => x.toFixed(3);
  for (const name of names) {
    const c = res[name]!,
      s = summary(c),
      set = all[name]!;
    if (values.quiet) {
      console.log(`${name} ${f(s.fs)} lax ${f(s.fl)}`);
      continue;
    }
    console.log(`\n${set.label}  (${c.docs} docs, ${c.secs.toFixed(2)} s)`);
    console.log(`            strict   lax`);
    console.log(`  precision  ${f(s.ps)}  ${f(s.pl)}`);
    console.log(`  recall     ${f(s.rs)}  ${f(s.rl)}`);
    console.log(`  F1         ${f(s.fs)}  ${f(s.fl)}   ${set.hunalign ? `(hunalign, no dictionary: strict F1 ${set.hunalign.toFixed(3)})` : ''}`);
    const types = [...c.byType.entries()].sort((a, b) => b[1][1] - a[1][1]);
    console.log('  exact recall by gold bead type: ' + types.map(([t, [h, n]]) => `${t} ${f(h / n)} (${n})`).join(', '));
  }
  if (requested.includes('sample')) evalSample(tuning, !!values.quiet);
  if (requested.includes('news')) evalNews(tuning, !!values.quiet, !!values.verbose);
  if (requested.includes('pairing')) evalPairing(!!values.quiet);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
