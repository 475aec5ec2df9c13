import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bitext, corpus } from './helpers';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bitext (CLI)', () => {
  it('lists its commands, and usage errors exit 2', () => {
    const help = bitext(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/detect/);
    expect(help.stdout).toMatch(/serve/);
    expect(bitext([]).code).toBe(2);
    expect(bitext(['frobnicate']).code).toBe(2);
    expect(bitext(['detect']).code).toBe(2);
    expect(bitext(['detect', '--bogus', 'x']).code).toBe(2);
    expect(bitext(['detect', '--languages', 'EN!', corpus]).code).toBe(2);
  });

  it('every command has --help', () => {
    const names = bitext(['--help'])
      .stdout.split('\n')
      .filter((l) => /^ {2}\S/.test(l))
      .map((l) => l.trim().split(/\s+/)[0]!);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) {
      const r = bitext([n, '--help']);
      expect(r.code, n).toBe(0);
      expect(r.stdout, n).toMatch(new RegExp(`^Usage: bitext ${n}`));
    }
  });

  it('detect --json on the sample corpus: languages, confidences, segments with UTF-16 offsets', () => {
    const r = bitext(['detect', '--json', corpus]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{
      file: string;
      language: string;
      confidence: number;
      segments: Array<{ start: number; end: number; language: string; confidence: number }>;
    }>;
    expect(out.map((o) => [path.basename(o.file).slice(0, 3), o.language])).toEqual([
      ['000', 'en'],
      ['001', 'en'],
      ['002', 'en'],
      ['003', 'fr'],
      ['004', 'fr'],
    ]);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['confidence', 'file', 'language', 'segments']);
      expect(o.confidence).toBeGreaterThan(0.8);
      expect(o.confidence).toBeLessThanOrEqual(1);
      for (const s of o.segments) expect(Object.keys(s).sort()).toEqual(['confidence', 'end', 'language', 'start']);
    }
    const doc4 = out[4]!;
    const text = require('node:fs').readFileSync(doc4.file, 'utf8') as string;
    const seg = doc4.segments.find((s) => text.slice(s.start, s.end).includes('Descriptive text here'));
    expect(seg?.language).toBe('en');
  });

  it('detect prints a readable table by default', () => {
    const r = bitext(['detect', path.join(corpus, '003_d670f26b36215e80.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^FILE\s+LANG\s+CONF/);
    expect(r.stdout).toMatch(/003_d670f26b36215e80\.txt\s+fr\s+[01]\.\d{3}\s+fr:\d+/);
  });

  it('detect --per-line prints one code per input line, in order', () => {
    const f = path.join(tmp, 'lines.txt');
    writeFileSync(
      f,
      [
        'The government announced new measures on Tuesday.',
        'Le gouvernement a annoncé de nouvelles mesures mardi.',
        '',
        'Die Regierung hat am Dienstag neue Maßnahmen angekündigt.',
        'merci beaucoup',
      ].join('\n') + '\n',
    );
    const r = bitext(['detect', '--per-line', f]);
    expect(r.code).toBe(0);
    const codes = r.stdout.trimEnd().split('\n');
    expect(codes).toHaveLength(5);
    expect(codes[0]).toBe('en');
    expect(codes[1]).toBe('fr');
    expect(codes[2]).toBe('und');
    expect(['de', 'und']).toContain(codes[3]);
    expect(codes[4]).toBe('fr');
  });

  it('one broken input: the others are still reported, the error goes to stderr, exit 1', () => {
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = bitext(['detect', '--json', path.join(corpus, '000_07a315d54f2e0aa4.txt'), empty, path.join(tmp, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain('empty.txt: empty file');
    expect(r.stderr).toContain('missing.txt');
  });
});
