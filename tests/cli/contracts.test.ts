// The CLI contracts other scripts depend on, checked through the built `bitext` binary.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bitext, corpus, root } from './helpers';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-contract-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const f000 = path.join(corpus, '000_07a315d54f2e0aa4.txt');
const f001 = path.join(corpus, '001_2e2be9141cb380e2.txt');
const f002 = path.join(corpus, '002_c5a6547c0aa22e93.txt');
const f004 = path.join(corpus, '004_aad8ed66e90f3308.txt');

/** Parses vecalign bead lines and checks that each sentence is in exactly one bead; the first
 *  file's sentences in order (the second file's may cross when the documents are comparable). */
function parseBeads(out: string, nSrc: number, nTgt: number) {
  const beads = out
    .trimEnd()
    .split('\n')
    .map((l) => {
      const m = /^\[([\d, ]*)\]:\[([\d, ]*)\]$/.exec(l);
      expect(m, l).not.toBeNull();
      const list = (s: string) => (s.trim() ? s.split(',').map((x) => Number(x.trim())) : []);
      return { src: list(m![1]!), tgt: list(m![2]!) };
    });
  expect(beads.flatMap((b) => b.src)).toEqual(Array.from({ length: nSrc }, (_, i) => i));
  expect(beads.flatMap((b) => b.tgt).sort((x, y) => x - y)).toEqual(Array.from({ length: nTgt }, (_, i) => i));
  return beads;
}

describe('bitext align', () => {
  it('prints vecalign beads covering every sentence once, in order', () => {
    const a = path.join(tmp, 'a.txt');
    const b = path.join(tmp, 'b.txt');
    writeFileSync(a, 'The minister arrived in Paris on Monday.\nShe met the president.\n\nTalks lasted three hours.\nA statement followed.\n');
    writeFileSync(
      b,
      'La ministre est arrivée à Paris lundi.\nElle a rencontré le président.\nLes discussions ont duré trois heures.\nUn communiqué a suivi.\n',
    );
    const r = bitext(['align', '--presegmented', a, b]);
    expect(r.code, r.stderr).toBe(0);
    const beads = parseBeads(r.stdout, 4, 4);
    expect(beads[0]).toEqual({ src: [0], tgt: [0] });
    const tsv = bitext(['align', '--presegmented', '--format', 'tsv', a, b]);
    expect(tsv.stdout.trimEnd().split('\n')[0]!.split('\t')).toHaveLength(5);
    const json = JSON.parse(bitext(['align', '--presegmented', '--format', 'json', a, b]).stdout) as Array<{
      src: number[];
      tgt: number[];
      confidence: number;
      srcText: string;
    }>;
    expect(json[0]).toMatchObject({ src: [0], tgt: [0], srcText: 'The minister arrived in Paris on Monday.' });
    for (const x of json) expect(x.confidence).toBeGreaterThanOrEqual(0);
  });

  it('segments by itself without --presegmented; links 000 "improve the rules" to 001 "undercut the rules"', () => {
    const r = bitext(['align', '--format', 'json', f000, f001]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as Array<{ srcText: string; tgtText: string }>;
    const bead = json.find((x) => x.srcText.includes('improve the rules'));
    expect(bead?.tgtText).toContain('undercut the rules');
  });

  it('usage errors exit 2; an unreadable file exits 1', () => {
    expect(bitext(['align', f000]).code).toBe(2);
    expect(bitext(['align', '--format', 'xml', f000, f001]).code).toBe(2);
    expect(bitext(['align', f000, path.join(tmp, 'missing.txt')]).code).toBe(1);
  });
});

describe('bitext check', () => {
  it('--json gives the documented shape, with offsets into the decoded text', () => {
    const r = bitext(['check', '--json', corpus]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{
      file: string;
      language: string;
      findings: Array<{ text: string; start: number; end: number } & Record<string, unknown>>;
    }>;
    expect(out).toHaveLength(5);
    const keys = ['category', 'end', 'message', 'rule', 'severity', 'start', 'suggestions', 'text'];
    for (const doc of out) {
      expect(Object.keys(doc).sort()).toEqual(['file', 'findings', 'language']);
      const text = readFileSync(doc.file, 'utf8');
      for (const f of doc.findings) {
        expect(Object.keys(f).sort()).toEqual(keys);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(typeof f.message).toBe('string');
      }
    }
    const all = out.flatMap((d) => d.findings.map((f) => ({ ...f, file: path.basename(d.file) })));
    expect(all.find((f) => f.text === 'Flashing')).toMatchObject({ category: 'name-translation', suggestions: ['Blinken'], file: '000_07a315d54f2e0aa4.txt' });
    expect(all.find((f) => f.text === 'Clignote')).toMatchObject({ category: 'name-translation', suggestions: ['Blinken'], file: '004_aad8ed66e90f3308.txt' });
  });
});

describe('bitext clean and bitext export', () => {
  it('clean (default --fix safe): no Flashing/Clignote, no placeholder, and a TMX valid against the DTD', () => {
    const out = path.join(tmp, 'clean');
    const r = bitext(['clean', corpus, '--out', out, '--formats', 'tmx,tsv,txt,jsonl,report,docs']);
    expect(r.code, r.stderr).toBe(0);
    const docs = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? docs(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const cleaned = docs(out).filter((f) => /\/(en|fr)\/\d{3}_.*\.txt$/.test(f));
    expect(cleaned).toHaveLength(5);
    const all = cleaned.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).not.toMatch(/Flashing|Clignote/);
    expect(
      readFileSync(
        cleaned.find((f) => f.includes('004_'))!,
        'utf8',
      ),
    ).not.toContain('Descriptive text here');
    const tmx = docs(out).find((f) => f.endsWith('.tmx'))!;
    const dtd = path.join(root, '.cache/dtd/tmx14.dtd');
    if (existsSync(dtd)) {
      const v = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', dtd, tmx], { encoding: 'utf8' });
      expect(v.status, v.stderr).toBe(0);
    } else if (process.env.CI) throw new Error('CI must provide the TMX DTD');
    expect(bitext(['clean', corpus]).code).toBe(2);
  });

  it('export --project writes the chosen formats of an app project', async () => {
    const proj = path.join(tmp, 'proj');
    // A project made by the app's own service, as `bitext serve` would.
    const { openWorkbench } = await import('../../main/services/open-workbench');
    const { service } = await openWorkbench({ projectDir: proj, configDir: path.join(tmp, 'cfg'), sampleCorpusDir: corpus });
    await service.close();
    const out = path.join(tmp, 'exp');
    const r = bitext(['export', '--project', proj, '--out', out, '--formats', 'meta,report', '--all-beads']);
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(out);
    expect(names.some((n) => n.endsWith('.html'))).toBe(true);
    expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
    expect(bitext(['export', '--project', path.join(tmp, 'nope'), '--out', out]).code).toBe(1);
  });
});

describe('pairing and segmenting the sample corpus', () => {
  it('pair --json puts 000↔001 and 002↔004 first', () => {
    const out = JSON.parse(bitext(['pair', '--json', corpus]).stdout) as Array<{ a: string; b: string; score: number; kind: string }>;
    const top = out
      .slice(0, 2)
      .map((p) => [path.basename(p.a).slice(0, 3), path.basename(p.b).slice(0, 3), p.kind].join(':'))
      .sort();
    expect(top).toEqual(['000:001:version', '002:004:translation']);
    for (const p of out) expect(Object.keys(p).sort()).toEqual(['a', 'b', 'evidence', 'kind', 'score', 'suggested']);
    expect(out.filter((p) => (p as { suggested?: boolean }).suggested)).toHaveLength(2);
  });

  it('segment prints one sentence per line', () => {
    const r = bitext(['segment', '--lang', 'en', f002]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
    expect(bitext(['segment', f004]).stdout).toContain('Descriptive text here\n');
  });
});
