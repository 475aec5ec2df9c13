// Language-detection evaluation (npm run eval:lang). Builds the test sets at run time
// (tests/fixtures/lang/eval-sets.ts), prints accuracy of ours and of plain franc per kind
// and language, and the rate at which German/Spanish/Italian sentences are called en/fr.
//   --fit   fit the confidence calibration on the tuning split and print reliability bins
//   --diag  print the features that gate franc, on the tuning split
//   --tune-split  the accuracy table on the tuning split (for development)
import { franc } from 'franc';
import { detectLanguage } from '../shared/lang/index.js';
import { scoreEnFr } from '../shared/lang/en-fr-evidence.js';
import { mayBeOtherLanguage } from '../shared/lang/detect.js';
import { francView } from '../shared/lang/franc-guess.js';
import {
  enFrSentences,
  germanSentences,
  handWritten,
  haveSharedEval,
  sample,
  singleWords,
  typescriptMessages,
  wordPairs,
  type Sentence,
  type Split,
} from '../tests/fixtures/lang/eval-sets.js';

const N = 1000;
const KINDS = ['sentence', 'word pair', 'word'] as const;
type Kind = (typeof KINDS)[number];
type Lang = 'en' | 'fr';

function items(lang: Lang, split: Split, kind: Kind): string[] {
  const sents = enFrSentences(lang).filter((s) => s.split === split);
  const seed = (split === 'test' ? 1 : 2) * 100 + (lang === 'en' ? 1 : 2) * 10 + KINDS.indexOf(kind);
  if (kind === 'sentence')
    return sample(
      sents.map((s) => s.text),
      N,
      seed,
    );
  if (kind === 'word pair') return sample(wordPairs(sents), N, seed);
  return sample(singleWords(sents), N, seed);
}

function others(split: Split): Record<string, Sentence[]> {
  const pick = (xs: Sentence[]) => xs.filter((s) => s.split === split);
  return {
    'de (Text+Berg)': pick(germanSentences()),
    'de (TypeScript msgs)': pick(typescriptMessages('de')),
    'es (TypeScript msgs)': pick(typescriptMessages('es')),
    'it (TypeScript msgs)': pick(typescriptMessages('it')),
    'es (hand-written)': pick(handWritten('es')),
    'it (hand-written)': pick(handWritten('it')),
  };
}

const pct = (k: number, n: number): string => (n ? ((100 * k) / n).toFixed(1).padStart(5) : '  n/a');

function evaluate(split: Split): void {
  console.log(split === 'test' ? 'Language detection — test split (unseen during tuning)\n' : 'Language detection — TUNING split (development only)\n');
  console.log('kind        lang   n     ours   franc{en,fr}');
  for (const kind of KINDS) {
    for (const lang of ['en', 'fr'] as const) {
      const xs = items(lang, split, kind);
      let ours = 0;
      let plain = 0;
      for (const x of xs) {
        if (detectLanguage(x).language === lang) ours++;
        if (franc(x, { only: ['eng', 'fra'] }) === (lang === 'en' ? 'eng' : 'fra')) plain++;
      }
      console.log(`${kind.padEnd(11)} ${lang}   ${String(xs.length).padStart(5)}  ${pct(ours, xs.length)}  ${pct(plain, xs.length)}`);
    }
  }
  console.log('\nOther-language sentences called en or fr (lower is better; target <= 2 %)\n');
  console.log('set                     n     ours   franc(all)   ours: own code / und');
  for (const [name, sents] of Object.entries(others(split))) {
    if (!sents.length) {
      console.log(`${name.padEnd(22)} (not available)`);
      continue;
    }
    const code = name.slice(0, 2);
    let ours = 0;
    let plain = 0;
    let own = 0;
    let und = 0;
    for (const s of sents) {
      const g = detectLanguage(s.text).language;
      if (g === 'en' || g === 'fr') ours++;
      if (g === code) own++;
      if (g === 'und') und++;
      const f = franc(s.text);
      if (f === 'eng' || f === 'fra') plain++;
    }
    console.log(
      `${name.padEnd(22)} ${String(sents.length).padStart(4)}  ${pct(ours, sents.length)}  ${pct(plain, sents.length)}        ${pct(own, sents.length)} / ${pct(und, sents.length)}`,
    );
  }
}

/** Logistic regression of correctness on one feature, by Newton's method. */
function fitLogistic(xs: number[], ys: number[]): { a: number; b: number } {
  let a = 0;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0,
      gb = 0,
      haa = 0,
      hab = 0,
      hbb = 0;
    for (let i = 0; i < xs.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * xs[i]! + b)));
      const w = p * (1 - p) + 1e-9;
      ga += (ys[i]! - p) * xs[i]!;
      gb += ys[i]! - p;
      haa += w * xs[i]! * xs[i]!;
      hab += w * xs[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { a, b };
}

function reliability(conf: number[], ok: number[]): void {
  const edges = [0, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];
  console.log('  bin          n    mean conf  accuracy');
  for (let i = 0; i + 1 < edges.length; i++) {
    const idx = conf.map((c, j) => (c >= edges[i]! && c < edges[i + 1]! ? j : -1)).filter((j) => j >= 0);
    if (!idx.length) continue;
    const mc = idx.reduce((s, j) => s + conf[j]!, 0) / idx.length;
    const acc = idx.reduce((s, j) => s + ok[j]!, 0) / idx.length;
    console.log(
      `  [${edges[i]!.toFixed(2)},${Math.min(1, edges[i + 1]!).toFixed(2)})  ${String(idx.length).padStart(5)}  ${mc.toFixed(3)}      ${acc.toFixed(3)}`,
    );
  }
}

function fit(): void {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const kind of KINDS) {
    for (const lang of ['en', 'fr'] as const) {
      for (const x of items(lang, 'tune', kind)) {
        const ev = scoreEnFr(x);
        if (ev.words === 0 || ev.llr === 0) continue;
        xs.push(Math.abs(ev.llr));
        ys.push((ev.llr > 0 ? 'en' : 'fr') === lang ? 1 : 0);
      }
    }
  }
  const f = fitLogistic(xs, ys);
  console.log(`EN_FR_FIT = { a: ${f.a.toFixed(4)}, b: ${f.b.toFixed(4)} }   (${xs.length} tuning items)`);
  reliability(
    xs.map((x) => 1 / (1 + Math.exp(-(f.a * x + f.b)))),
    ys,
  );

  // Other-language calls: franc's gap, correct when the text really is that language.
  const gx: number[] = [];
  const gy: number[] = [];
  const cases: [string, string][] = [];
  for (const [name, sents] of Object.entries(others('tune'))) for (const s of sents) cases.push([s.text, name.slice(0, 2)]);
  for (const lang of ['en', 'fr'] as const) for (const x of items(lang, 'tune', 'sentence')) cases.push([x, lang]);
  for (const [text, truth] of cases) {
    const ev = scoreEnFr(text);
    if (!mayBeOtherLanguage(ev)) continue;
    const v = francView(text);
    if (v.top === 'en' || v.top === 'fr' || v.top === 'und') continue;
    gx.push(v.enFrGap);
    gy.push(v.top === truth ? 1 : 0);
  }
  const g = fitLogistic(gx, gy);
  console.log(`OTHER_FIT = { a: ${g.a.toFixed(4)}, b: ${g.b.toFixed(4)} }   (${gx.length} tuning items)`);
  reliability(
    gx.map((x) => 1 / (1 + Math.exp(-(g.a * x + g.b)))),
    gy,
  );
}

function diag(): void {
  const show = (name: string, texts: string[]) => {
    const evs = texts.map(scoreEnFr).filter((e) => e.words > 0);
    if (!evs.length) return;
    const q = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
    const sur = evs.map((e) => (e.unlisted ? e.surprise / e.unlisted : 0));
    const hint = evs.map((e) => e.foreignHints / e.words);
    const known = evs.map((e) => e.known / e.words);
    const per = evs.map((e) => Math.abs(e.llr) / e.words);
    const flagged = evs.filter(mayBeOtherLanguage).length;
    console.log(
      `${name.padEnd(22)} n=${evs.length} surprise p5/50/95=${[0.05, 0.5, 0.95].map((p) => q(sur, p).toFixed(2))} hints p50/95=${[0.5, 0.95].map((p) => q(hint, p).toFixed(2))} known p5/50=${[0.05, 0.5].map((p) => q(known, p).toFixed(2))} |llr|/w p1/5/50/95=${[0.01, 0.05, 0.5, 0.95].map((p) => q(per, p).toFixed(2))} flagged=${pct(flagged, evs.length)}%`,
    );
  };
  for (const lang of ['en', 'fr'] as const) show(`${lang} sentences`, items(lang, 'tune', 'sentence'));
  for (const [name, sents] of Object.entries(others('tune')))
    show(
      name,
      sents.map((s) => s.text),
    );
}

if (!haveSharedEval()) {
  console.log('Evaluation data not found at ../shared/eval (relative to the repo root); nothing to evaluate.');
  process.exit(0);
}
const mode = process.argv[2];
if (mode === '--fit') fit();
else if (mode === '--diag') diag();
else evaluate(mode === '--tune-split' ? 'tune' : 'test');
