// Every word the editor reads must come from the locale files: this scans renderer/**/*.tsx for JSX
// text and visible attributes (title, aria-label, placeholder, alt…) written as literals, and checks
// that every key passed to t() exists.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { findHardCodedStrings, findKeyUses, listSources, readSource } from './source-scan.js';
import { flatten, hasKey, loadLocale } from './locale-tools.js';

const root = fileURLToPath(new URL('../../renderer/', import.meta.url));
const rel = (f: string) => path.relative(root, f);

describe('no hard-coded user-visible strings', () => {
  it('the scanner flags literal prose and lets symbols and i18n calls through', () => {
    const sample = `
      export const A = () => (
        <div title="Open the file" aria-label={t('x.y')}>
          Hello there
          {'Literal child'}
          {busy ? 'Saving' : t('a.b')}
          <button aria-label={\`Close \${name}\`} placeholder="—">×</button>
          <span>·</span> <b>{lng.toUpperCase()}</b> <i>EN</i>
          <img alt="A picture" />
        </div>
      );`;
    const found = findHardCodedStrings('sample.tsx', sample).map((f) => `${f.where} ${f.text}`);
    expect(found).toEqual([
      'title= Open the file',
      'JSX text Hello there',
      'JSX child expression Literal child',
      'JSX child expression Saving',
      'aria-label= Close',
      'alt= A picture',
    ]);
  });

  it('renderer components contain none', () => {
    const findings = listSources(root, ['.tsx']).flatMap((f) => findHardCodedStrings(rel(f), readSource(f)));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.where} “${f.text}”`)).toEqual([]);
  });
});

describe('translation keys used in code exist', () => {
  const en = flatten(loadLocale('en'));
  const uses = listSources(root, ['.ts', '.tsx']).flatMap((f) => findKeyUses(rel(f), readSource(f)));

  it('finds the t() calls (guards against a scanner that sees nothing)', () => {
    expect(uses.length).toBeGreaterThan(50);
  });

  it('every literal key is in the English catalogue', () => {
    const missing = uses.filter((u) => !u.prefixOnly && !hasKey(en, u.key)).map((u) => `${u.file}:${u.line} ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('keys built at run time start with a known prefix (their completeness is tested per list)', () => {
    const bad = uses
      .filter((u) => u.prefixOnly && (u.key === '' || ![...en.keys()].some((k) => k.startsWith(u.key))))
      .map((u) => `${u.file}:${u.line} "${u.key}…"`);
    expect(bad).toEqual([]);
  });
});
