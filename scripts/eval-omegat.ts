// Does OmegaT read what we write? Exports a corpus (`bitext clean`, default the sample corpus) as
// TMX and XLIFF 1.2, then runs Debian's OmegaT in console mode (--mode=console-translate) over two
// projects in OmegaT's folder layout:
//   tmx:   source/ = the TMX's source segments as text (one a line), tm/auto/ = our TMX
//   xliff: source/ = our XLIFF 1.2,                                  tm/auto/ = our TMX
// and reports how many segments OmegaT read (omegat/project_stats.txt) and how many it
// pre-translated from our TMX (target files compared with our targets). When Debian's
// translate-toolkit is there, also how many units it reads from our TMX, XLIFF 1.2 and XLIFF 2.1.
// Usage: npx tsx scripts/eval-omegat.ts [--many paragraph|split|omit] [--keep] [files or folders…]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripCodes } from '../shared/export/inline.js';
import { readTmx } from '../shared/export/tmx-read.js';
import { readXliff } from '../shared/export/xliff-read.js';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const manyAt = args.indexOf('--many');
const many = manyAt >= 0 ? args[manyAt + 1]! : 'paragraph';
// --header-segtype sentence: the TMX header as before paragraph units were marked (for comparison).
const segAt = args.indexOf('--header-segtype');
const headerSegtype = segAt >= 0 ? args[segAt + 1]! : null;
const inputs = args.filter((a, i) => !a.startsWith('--') && i !== manyAt + 1 && i !== segAt + 1);
// Default: the aligned EN/FR segments of the interop TSV (evaluation data, when present), else
// the sample corpus through the whole pipeline.
const interopTsv = path.resolve(root, '..', 'shared', 'eval', 'interop', 'tsv', 'transread-pandas-rewritten.tsv');
if (!inputs.length) inputs.push(existsSync(interopTsv) ? interopTsv : path.join(root, 'corpus'));

const omegat = spawnSync('sh', ['-c', 'command -v omegat'], { encoding: 'utf8' }).stdout.trim();
if (!omegat) {
  console.error('eval-omegat: OmegaT is not installed (Debian: apt-get install omegat)');
  process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'bitext-omegat-'));
const out = path.join(work, 'exports');
const clean = spawnSync(
  process.execPath,
  [path.join(root, 'bin', 'bitext.js'), 'clean', ...inputs, '--out', out, '--formats', 'tmx,xliff12,xliff', '--no-spell', '--many', many],
  { encoding: 'utf8' },
);
if (clean.status !== 0 && !existsSync(path.join(out, 'corpus.tmx'))) {
  console.error(clean.stderr);
  process.exit(1);
}
let tmxText = readFileSync(path.join(out, 'corpus.tmx'), 'utf8');
if (headerSegtype) tmxText = tmxText.replace(/(<header[^>]*\ssegtype=")[a-z]+"/, `$1${headerSegtype}"`);
const tmx = readTmx(tmxText);
if (!tmx.segments.length) {
  console.error(`eval-omegat: the export holds no segment pair (${clean.stdout.trim().split('\n')[0]})`);
  process.exit(1);
}
const norm = (s: string) => stripCodes(s).replace(/\s+/g, ' ').trim();

function project(name: string, setup: (dir: string) => void): string {
  const dir = path.join(work, name);
  for (const d of ['source', 'target', 'tm/auto', 'omegat', 'glossary', 'dictionary']) mkdirSync(path.join(dir, d), { recursive: true });
  writeFileSync(
    path.join(dir, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${tmx.srcLang}</source_lang>
    <target_lang>${tmx.tgtLang}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`,
  );
  writeFileSync(path.join(dir, 'tm', 'auto', 'corpus.tmx'), tmxText);
  setup(dir);
  const r = spawnSync(
    omegat,
    [dir, '--mode=console-translate', '--quiet', '--no-team', '--disable-project-locking', `--config-dir=${path.join(work, 'config')}`],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (r.status !== 0) console.error(`omegat (${name}) exit ${r.status}: ${(r.stderr || r.stdout).slice(-800)}`);
  return dir;
}

/** OmegaT's own counts (omegat/project_stats.txt): segments read, and those it has a translation for. */
function stats(dir: string): { segments: number; translated: number } | null {
  const f = path.join(dir, 'omegat', 'project_stats.txt');
  if (!existsSync(f)) return null;
  const t = readFileSync(f, 'utf8');
  const total = /^Total:\s+(\d+)/m.exec(t);
  const remaining = /^Remaining:\s+(\d+)/m.exec(t);
  return total && remaining ? { segments: Number(total[1]), translated: Number(total[1]) - Number(remaining[1]) } : null;
}

// TMX project: the source segments as text, one a line.
const tmxDir = project('tmx', (dir) => writeFileSync(path.join(dir, 'source', 'corpus.txt'), tmx.segments.map((s) => norm(s.src)).join('\n\n') + '\n'));
const targetLines = existsSync(path.join(tmxDir, 'target', 'corpus.txt'))
  ? readFileSync(path.join(tmxDir, 'target', 'corpus.txt'), 'utf8')
      .split(/\n\n/)
      .map(norm)
  : [];
const tmxTranslated = tmx.segments.filter((s, i) => targetLines[i] === norm(s.tgt)).length;

// XLIFF project: our XLIFF 1.2 as the source file.
const xlfDir = project('xliff', (dir) => writeFileSync(path.join(dir, 'source', 'corpus.xlf'), readFileSync(path.join(out, 'corpus.xliff12.xlf'))));
const xlfOut = path.join(xlfDir, 'target', 'corpus.xlf');
let xlfTranslated = 0;
let xlfUnits = 0;
if (existsSync(xlfOut)) {
  const orig = readXliff(readFileSync(path.join(out, 'corpus.xliff12.xlf'), 'utf8'));
  const back = readXliff(readFileSync(xlfOut, 'utf8'));
  xlfUnits = orig.segments.length;
  xlfTranslated = back.segments.filter((s, i) => norm(s.tgt) === norm(orig.segments[i]?.tgt ?? '') && norm(s.tgt) !== norm(s.src)).length;
}

const paragraphs = (tmxText.match(/<tu [^>]*segtype="paragraph"/g) ?? []).length;
const tmxStats = stats(tmxDir);
const xlfStats = stats(xlfDir);
const result = {
  omegat: spawnSync(omegat, ['--help'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim(),
  many,
  headerSegtype: /<header[^>]*\ssegtype="([a-z]+)"/.exec(tmxText)?.[1],
  // Source text in source/, our TMX in tm/auto: what OmegaT pre-translates from it.
  tmx: {
    units: tmx.segments.length,
    paragraphUnits: paragraphs,
    omegatSegments: tmxStats?.segments ?? null,
    omegatTranslated: tmxStats?.translated ?? null,
    unitsFullyTranslated: tmxTranslated,
  },
  // Our XLIFF 1.2 in source/: OmegaT 3.6's own XLIFF filter reads the <target> text as the text to
  // translate (it expects a copy of the source there), so its segments are our targets.
  xliff12: { units: xlfUnits, omegatSegments: xlfStats?.segments ?? null, omegatTranslated: xlfStats?.translated ?? null, targetsWrittenBack: xlfTranslated },
};
// translate-toolkit (python3-translate): units it reads from each of our files.
const ttk = spawnSync(
  '/usr/bin/python3',
  [
    '-c',
    `
import sys, json
from translate.storage import factory
out = {}
for f in sys.argv[1:]:
    try:
        s = factory.getobject(f)
        out[f.split('/')[-1]] = len([u for u in s.units if not u.isheader() and u.source])
    except Exception as e:
        out[f.split('/')[-1]] = 'error: ' + str(e)[:80]
print(json.dumps(out))
`,
    ...['corpus.tmx', 'corpus.xliff12.xlf', 'corpus.xlf'].map((f) => path.join(out, f)).filter(existsSync),
  ],
  { encoding: 'utf8' },
);
const translateToolkit = ttk.status === 0 ? JSON.parse(ttk.stdout) : `not available (${(ttk.stderr || '').trim().split('\n').pop()})`;
console.log(JSON.stringify({ ...result, translateToolkit }, null, 2));
if (!keep) rmSync(work, { recursive: true, force: true });
else console.error(`kept: ${work}`);
