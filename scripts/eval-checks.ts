// Scores the checks on three sets, each checked as ONE corpus:
//  1. seeds: the sample corpus against its hand-made artifact list (recall per category);
//  2. mt-news dev set (../shared/eval/mt-news/): recall per category (found by any finding / by a
//     finding of the right category), name translations found and with the right name suggested,
//     lower-bound precision (a finding overlapping any annotation counts as right), and the
//     findings that match nothing, for reading;
//  3. mt-news clean set (clean/): false alarms at warning/error per 1,000 words, names wrongly
//     flagged as translated, and every word `clean --fix safe` would change (damage).
// The eval texts are read here only; nothing from them goes into the product.
// Usage: npx tsx scripts/eval-checks.ts [--quiet] [--json] [--set seeds|dev|clean]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpus } from '../main/services/checks/run.js';
import type { Finding } from '../shared/checks/types.js';
import { fixesFor } from '../shared/export/fix-policy.js';
import { renderMessage } from '../shared/checks/messages/render.js';
import { buildEvalGlossary } from './eval-glossary.js';

interface Artifact {
  file: string;
  category: string;
  start: number;
  end: number;
  text: string;
  fix: string | null;
  note?: string;
  type?: string;
}

const root = new URL('..', import.meta.url).pathname;
const corpusDir = process.env.CHECKS_CORPUS ?? join(root, 'corpus');
const seeds = process.env.CHECKS_SEEDS ?? join(root, '..', 'shared', 'seeds', 'artifacts.json');
const mtDir = process.env.CHECKS_MTNEWS ?? join(root, '..', 'shared', 'eval', 'mt-news');
const quiet = process.argv.includes('--quiet');
const asJson = process.argv.includes('--json');
const only = (() => {
  const i = process.argv.indexOf('--set');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const cacheDir = join(root, '.tmp', 'spell-cache');
const log = (s = '') => {
  if (!asJson) console.log(s);
};
const report: Record<string, unknown> = {};

const overlaps = (f: Finding, a: Artifact) => f.docId === a.file && f.start < a.end && f.end > a.start;
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const short = (s: string, n = 90) => JSON.stringify(s.length > n ? s.slice(0, n) + '…' : s);
// The finding's message in English, from the string catalogues.
const say = (m: Finding['message']): string => renderMessage(m, 'en');
const readText = (p: string) => readFileSync(p, 'utf8').replace(/\r\n?/gu, '\n').normalize('NFC');

/** Found (any category) and found in category, per category; the rows and totals. */
function recallTable(artifacts: Artifact[], findings: Finding[], cats: string[]) {
  let hit = 0;
  let any = 0;
  let total = 0;
  const per: Record<string, { n: number; found: number; inCategory: number }> = {};
  log(`  ${'category'.padEnd(18)} ${'in cat'.padStart(8)} ${'found'.padStart(8)}`);
  for (const c of cats) {
    const list = artifacts.filter((a) => a.category === c);
    if (!list.length) continue;
    const h = list.filter((a) => findings.some((f) => overlaps(f, a) && f.category === c)).length;
    const y = list.filter((a) => findings.some((f) => overlaps(f, a))).length;
    per[c] = { n: list.length, found: y, inCategory: h };
    hit += h;
    any += y;
    total += list.length;
    log(
      `  ${c.padEnd(18)} ${`${h}/${list.length}`.padStart(8)} ${`${y}/${list.length}`.padStart(8)}   ${pct(h, list.length).padStart(5)} % in category, ${pct(y, list.length).padStart(5)} % found`,
    );
  }
  log(
    `  ${'OVERALL'.padEnd(18)} ${`${hit}/${total}`.padStart(8)} ${`${any}/${total}`.padStart(8)}   ${pct(hit, total).padStart(5)} % in category, ${pct(any, total).padStart(5)} % found`,
  );
  return { per, total, found: any, inCategory: hit };
}

// ---------------------------------------------------------------------------------------------
function evalSeeds(): void {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const inputs = files.map((f) => ({ id: f, name: f, text: readText(join(corpusDir, f)) }));
  const t0 = performance.now();
  const { findings, docs } = checkCorpus(inputs, { glossary: buildEvalGlossary(), cacheDir });
  const ms = performance.now() - t0;
  const artifacts = (JSON.parse(readFileSync(seeds, 'utf8')) as { artifacts: Artifact[] }).artifacts;
  log(`\n=== SEEDS: ${docs.length} documents (${docs.map((d) => `${d.name}:${d.language}`).join(', ')}) in ${ms.toFixed(0)} ms: ${findings.length} findings`);
  log('Recall per category (overlapping span):');
  const r = recallTable(artifacts, findings, [...new Set(artifacts.map((a) => a.category))].sort());
  const unmatched = findings.filter((f) => !artifacts.some((a) => overlaps(f, a)));
  const bySev = (s: string) => unmatched.filter((f) => f.severity === s).length;
  log(`Findings matching no listed artifact: ${unmatched.length} (error ${bySev('error')}, warning ${bySev('warning')}, info ${bySev('info')})`);
  if (!quiet && !asJson) {
    for (const f of unmatched)
      log(
        `  ${f.docId} ${f.start}-${f.end} [${f.category}/${f.rule}/${f.severity}] ${short(f.text)} → ${JSON.stringify(f.suggestions.slice(0, 2))} — ${say(f.message)}`,
      );
    const missed = artifacts.filter((a) => !findings.some((f) => overlaps(f, a) && f.category === a.category));
    log(`Missed artifacts: ${missed.length}`);
    for (const a of missed) log(`  ${a.file} ${a.start}-${a.end} [${a.category}] ${short(a.text)}`);
  }
  report.seeds = { ...r, findings: findings.length, unmatched: unmatched.length, ms: Math.round(ms) };
}

// ---------------------------------------------------------------------------------------------
// mt-news: type (and subtype) → the product's category; unlisted types are read, not scored.
function categoryOf(type: string, subtype?: string): string | undefined {
  switch (type) {
    case 'name_literal_translation':
      return 'name-translation';
    case 'boilerplate':
      return 'boilerplate';
    case 'quote_orientation':
      return 'quotes';
    case 'split_debris':
      return 'fragment';
    case 'wrong_language_segment':
      return 'language';
    case 'wrong_title':
      return 'terminology';
    case 'repeated_phrase':
    case 'doubled_word':
      return 'repetition';
    case 'missing_space':
      return 'spacing';
    case 'typo':
      return 'spelling';
    case 'other':
      return subtype === 'typography_fr' ? 'typography' : undefined;
    default:
      return undefined;
  }
}

interface RawArtifact {
  type: string;
  subtype?: string;
  text: string;
  offset: number;
  length: number;
  fix: string | null;
  note?: string;
}

function loadSet(dir: string): {
  inputs: Array<{ id: string; name: string; text: string }>;
  artifacts: Array<Artifact & { scored?: string }>;
  words: number;
  langs: Record<string, string>;
} {
  const inputs: Array<{ id: string; name: string; text: string }> = [];
  const artifacts: Array<Artifact & { scored?: string }> = [];
  const langs: Record<string, string> = {};
  let words = 0;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const meta = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; lang: string; text_file?: string; artifacts: RawArtifact[] };
    const txt = join(dir, meta.text_file ?? f.replace(/\.json$/u, '.txt'));
    if (!existsSync(txt)) continue;
    const text = readText(txt);
    inputs.push({ id: meta.id, name: meta.id, text });
    langs[meta.id] = meta.lang;
    words += wordCount(text);
    for (const a of meta.artifacts) {
      const cat = categoryOf(a.type, a.subtype);
      artifacts.push({
        file: meta.id,
        category: cat ?? `(${a.type === 'other' ? (a.subtype ?? 'other') : a.type})`,
        start: a.offset,
        end: a.offset + a.length,
        text: a.text,
        fix: a.fix,
        type: a.type,
        ...(a.note ? { note: a.note } : {}),
        ...(cat ? { scored: cat } : {}),
      });
    }
  }
  return { inputs, artifacts, words, langs };
}

const norm = (s: string) => s.normalize('NFC').replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

function evalDev(): void {
  if (!existsSync(mtDir)) {
    log(`\n(mt-news dev set not present at ${mtDir})`);
    return;
  }
  const { inputs, artifacts, words, langs } = loadSet(mtDir);
  const t0 = performance.now();
  const { findings, docs } = checkCorpus(inputs, { cacheDir });
  const ms = performance.now() - t0;
  const wrongLang = docs.filter((d) => langs[d.id] && d.language !== langs[d.id]).map((d) => `${d.id}:${d.language}≠${langs[d.id]}`);
  log(
    `\n=== MT-NEWS DEV: ${docs.length} documents, ${words} words, ${artifacts.length} annotations, in ${ms.toFixed(0)} ms: ${findings.length} findings${wrongLang.length ? `; document language differs from the annotation: ${wrongLang.join(', ')}` : ''}`,
  );
  const scored = artifacts.filter((a) => a.scored);
  log('Recall per category (overlapping span):');
  const r = recallTable(scored, findings, [
    'name-translation',
    'boilerplate',
    'quotes',
    'fragment',
    'language',
    'terminology',
    'repetition',
    'spacing',
    'spelling',
    'typography',
  ]);
  const others = artifacts.filter((a) => !a.scored);
  const othersFound = others.filter((a) => findings.some((f) => overlaps(f, a))).length;
  log(`  other annotations (not scored per category): ${othersFound}/${others.length} overlapped by some finding`);

  // Name translations: found by a name-translation finding, and with the right name first.
  const names = scored.filter((a) => a.scored === 'name-translation');
  const nameFound = names.filter((a) => findings.some((f) => overlaps(f, a) && f.category === 'name-translation'));
  const nameRight = names.filter(
    (a) =>
      a.fix !== null &&
      findings.some(
        (f) =>
          overlaps(f, a) &&
          f.category === 'name-translation' &&
          f.suggestions.length > 0 &&
          (norm(f.suggestions[0]!) === norm(a.fix!) || (norm(a.fix!).includes(norm(f.suggestions[0]!)) && norm(f.suggestions[0]!).length >= 3)),
      ),
  );
  log(
    `Name translations: found ${nameFound.length}/${names.length} (${pct(nameFound.length, names.length)} %), right name suggested ${nameRight.length}/${names.length} (${pct(nameRight.length, names.length)} %)`,
  );

  // Lower-bound precision: a finding overlapping any annotation is counted right.
  const matched = (f: Finding) => artifacts.some((a) => overlaps(f, a));
  const prec = (list: Finding[]) => ({ n: list.length, matched: list.filter(matched).length });
  const all = prec(findings);
  const warn = prec(findings.filter((f) => f.severity !== 'info'));
  log(
    `Lower-bound precision: ${all.matched}/${all.n} = ${pct(all.matched, all.n)} % (warning/error only: ${warn.matched}/${warn.n} = ${pct(warn.matched, warn.n)} %)`,
  );
  const byRule = new Map<string, { n: number; m: number }>();
  for (const f of findings) {
    const e = byRule.get(f.rule) ?? { n: 0, m: 0 };
    e.n++;
    if (matched(f)) e.m++;
    byRule.set(f.rule, e);
  }
  log(
    'Per rule (matched/findings): ' +
      [...byRule]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([k, e]) => `${k} ${e.m}/${e.n}`)
        .join(', '),
  );
  if (!quiet && !asJson) {
    log('\nFindings matching no annotation (for reading; annotations are not exhaustive):');
    for (const f of findings.filter((x) => !matched(x)))
      log(
        `  ${f.docId} ${f.start}-${f.end} [${f.category}/${f.rule}/${f.severity}${f.safe ? '/safe' : ''}] ${short(f.text)} → ${JSON.stringify(f.suggestions.slice(0, 2))} — ${say(f.message)}`,
      );
    log('\nMissed scored annotations:');
    for (const a of scored.filter((x) => !findings.some((f) => overlaps(f, x) && f.category === x.scored))) {
      const other = findings.find((f) => overlaps(f, a));
      log(
        `  ${a.file} ${a.start}-${a.end} [${a.scored}] ${short(a.text)} → ${JSON.stringify(a.fix)}${other ? `   (found as ${other.category}/${other.rule})` : ''}`,
      );
    }
    log('\nName translations found, suggestion vs. annotation:');
    for (const a of nameFound) {
      const f = findings.find((x) => overlaps(x, a) && x.category === 'name-translation')!;
      log(`  ${a.file} ${short(a.text)} → ${JSON.stringify(f.suggestions[0] ?? null)} (annotated ${JSON.stringify(a.fix)})`);
    }
  }
  report.dev = {
    documents: docs.length,
    words,
    ms: Math.round(ms),
    findings: findings.length,
    ...r,
    others: { n: others.length, found: othersFound },
    names: { n: names.length, found: nameFound.length, right: nameRight.length },
    precision: { all, warningError: warn },
    byRule: Object.fromEntries(byRule),
    languageMismatches: wrongLang,
  };
}

function evalClean(): void {
  const dir = join(mtDir, 'clean');
  if (!existsSync(dir)) {
    log(`\n(clean set not present at ${dir})`);
    return;
  }
  const { inputs, artifacts, words } = loadSet(dir);
  const t0 = performance.now();
  const { findings, docs } = checkCorpus(inputs, { cacheDir });
  const ms = performance.now() - t0;
  const matched = (f: Finding) => artifacts.some((a) => overlaps(f, a));
  const alarms = findings.filter((f) => f.severity !== 'info' && !matched(f));
  const info = findings.filter((f) => f.severity === 'info' && !matched(f));
  const names = findings.filter((f) => f.category === 'name-translation' && !matched(f));
  // Damage: every edit `clean --fix safe` would make outside the few listed real errors.
  const edits = fixesFor(findings, 'safe');
  let damagedWords = 0;
  const damage: string[] = [];
  let goodEdits = 0;
  for (const [docId, list] of edits) {
    for (const e of list) {
      if (artifacts.some((a) => a.file === docId && e.start < a.end && e.end > a.start)) {
        goodEdits++;
        continue;
      }
      const before = new Set(e.before.match(/[\p{L}\p{N}]+/gu) ?? []);
      const after = new Set(e.after.match(/[\p{L}\p{N}]+/gu) ?? []);
      const changed = [...before].filter((w) => !after.has(w)).length + [...after].filter((w) => !before.has(w)).length;
      damagedWords += changed;
      damage.push(
        `  ${docId} ${e.start}-${e.end} [${e.source}] ${short(e.before)} → ${short(e.after)}${changed ? ` (${changed} word${changed > 1 ? 's' : ''})` : ' (no word changed)'}`,
      );
    }
  }
  const per1000 = (1000 * alarms.length) / Math.max(1, words);
  log(
    `\n=== CLEAN SET: ${docs.length} documents, ${words} words, in ${ms.toFixed(0)} ms: ${findings.length} findings (${artifacts.length} listed real errors)`,
  );
  log(`False alarms at warning/error: ${alarms.length} = ${per1000.toFixed(2)} per 1,000 words (info: ${info.length})`);
  log(`Names wrongly flagged as translated: ${names.length}`);
  log(`Safe-fix edits outside listed errors: ${damage.length}, words changed: ${damagedWords} (edits on listed errors: ${goodEdits})`);
  if (!asJson) {
    if (!quiet)
      for (const f of [...alarms, ...info])
        log(
          `  ${f.docId} ${f.start}-${f.end} [${f.category}/${f.rule}/${f.severity}${f.safe ? '/safe' : ''}] ${short(f.text)} → ${JSON.stringify(f.suggestions.slice(0, 2))} — ${say(f.message)}`,
        );
    if (damage.length) {
      log('Safe-fix edits outside listed errors:');
      for (const d of damage) log(d);
    }
  }
  report.clean = {
    documents: docs.length,
    words,
    ms: Math.round(ms),
    findings: findings.length,
    falseAlarms: alarms.length,
    falseAlarmsPer1000: Number(per1000.toFixed(2)),
    info: info.length,
    namesFlagged: names.length,
    safeEdits: damage.length,
    damagedWords,
  };
}

if (!only || only === 'seeds') evalSeeds();
if (!only || only === 'dev') evalDev();
if (!only || only === 'clean') evalClean();
if (asJson) console.log(JSON.stringify(report, null, 1));
