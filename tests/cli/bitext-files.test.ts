// `bitext open` and `bitext clean` with bilingual files (TMX, TSV, XLIFF) beside documents: read,
// converted, taken as confirmed pairs; every file left out is named with the reason.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FOREIGN_TMX, HEADERLESS_TSV, MULTI_TMX, XLIFF12 } from '../export/bitext-fixtures.js';
import { bitext, corpus } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bitext-cli-bilingual-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('bitext open', () => {
  it('says what a UTF-16 TMX holds', () => {
    const p = file('m.tmx', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FOREIGN_TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]));
    const r = bitext(['open', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TMX, utf-16le, 2 units en-GB → fr-CA, 6 inline codes.');
  });
  it('--json gives units with codes as {n}, and lets the user choose languages in a multilingual TM', () => {
    const p = file('multi.tmx', MULTI_TMX);
    const plain = bitext(['open', p]);
    expect(plain.stdout).toContain('languages in the file: de-DE, en-US, fr-FR; choose with --languages');
    const j = JSON.parse(bitext(['open', '--json', '--languages', 'en-US,fr-FR', p]).stdout);
    expect(j).toMatchObject({ format: 'tmx', languages: ['en-US', 'fr-FR'], units: 2, languagesFound: ['de-DE', 'en-US', 'fr-FR'] });
    const tmx = JSON.parse(bitext(['open', '--json', file('m2.tmx', FOREIGN_TMX)]).stdout);
    expect(tmx.segments[0].src).toBe('Press {1}Save{/1} now{2/}, please.');
  });
  it('--out converts to XLIFF 1.2 and TMX', () => {
    const out = path.join(dir, 'conv');
    const r = bitext(['open', file('a.xlf', XLIFF12), '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(out, 'corpus.xliff12.xlf'), 'utf8')).toContain('source-language="en-US" target-language="fr-CA"');
    expect(readFileSync(path.join(out, 'corpus.tmx'), 'utf8')).toContain('<tuv xml:lang="fr-CA">');
  });
  it('fails with the reason on a broken file, and refuses other files', () => {
    const bad = bitext(['open', file('bad.tmx', '<tmx><body>')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.tmx: not well-formed XML/);
    expect(bitext(['open', file('x.txt', 'hello')]).stderr).toContain('not a bilingual file');
    expect(bitext(['open', '--header', 'maybe', 'x.tsv']).code).toBe(2);
  });
});

describe('bitext clean with bilingual files', () => {
  it('takes TMX/TSV/XLIFF as confirmed pairs beside documents and names every skipped file', () => {
    const inDir = path.join(dir, 'mixed');
    mkdirSync(inDir);
    writeFileSync(path.join(inDir, 'memory.tmx'), FOREIGN_TMX);
    writeFileSync(path.join(inDir, 'rows.tsv'), HEADERLESS_TSV);
    writeFileSync(path.join(inDir, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(path.join(inDir, 'picture.png'), 'x');
    copyFileSync(path.join(corpus, readdirFirst(corpus)), path.join(inDir, 'article.txt'));
    const out = path.join(dir, 'clean-out');
    const r = bitext(['clean', inDir, file('c.xlf', XLIFF12), '--out', out, '--formats', 'tmx,xliff12', '--no-spell', '--fix', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 bilingual files read as confirmed pairs \(memory\.tmx: 2 units, rows\.tsv: 2 units, c\.xlf: 2 units\)/);
    expect(r.stderr).toMatch(/mixed\/notes\.pdf: skipped, not a document or bilingual file \(\.pdf\)/);
    expect(r.stderr).toMatch(/mixed\/picture\.png: skipped, not a document or bilingual file \(\.png\)/);
    const tmx = readFileSync(path.join(out, 'corpus.tmx'), 'utf8');
    expect(tmx).toContain('Appuyez sur <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Enregistrer');
    expect(tmx).toContain('<seg>Le bateau est en retard.</seg>');
  });
  it('says which inputs could not be read when nothing can be', () => {
    const r = bitext(['clean', file('only.pdf', '%PDF'), '--out', path.join(dir, 'none')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('only.pdf');
    expect(r.stderr).toMatch(/no readable documents or bilingual files/);
  });
});

function readdirFirst(d: string): string {
  return require('node:fs')
    .readdirSync(d)
    .filter((f: string) => f.endsWith('.txt'))
    .sort()[0];
}
