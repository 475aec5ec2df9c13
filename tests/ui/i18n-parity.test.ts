// English and French catalogues must offer the same keys, the same {{variables}} per key, and the
// plural forms each language needs — a missing French string would otherwise show English silently.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors.js';
import { SHORTCUTS } from '../../renderer/keyboard/shortcuts.js';
import { flatten, groupPlurals, hasKey, loadLocale, variables, type Catalogue } from './locale-tools.js';

const en = flatten(loadLocale('en'));
const fr = flatten(loadLocale('fr'));
const locales = { en, fr } as const;

/** Keys of a compared pair, with plural suffixes folded (fr has _many where en has none). */
function baseKeys(flat: Map<string, string>): string[] {
  return [...groupPlurals(flat).keys()].sort();
}

function parityProblems(a: Map<string, string>, b: Map<string, string>): string[] {
  const problems: string[] = [];
  const aKeys = new Set(baseKeys(a));
  const bKeys = new Set(baseKeys(b));
  for (const k of aKeys) if (!bKeys.has(k)) problems.push(`only in first: ${k}`);
  for (const k of bKeys) if (!aKeys.has(k)) problems.push(`only in second: ${k}`);
  // Variables compared per base key over all plural forms, so "{{count}}" in _one vs _other is fine.
  const varsOf = (flat: Map<string, string>, base: string) =>
    [...new Set([...flat].filter(([k]) => k === base || k.replace(/_(zero|one|two|few|many|other)$/, '') === base).flatMap(([, v]) => variables(v)))].sort();
  for (const k of aKeys) {
    if (!bKeys.has(k)) continue;
    const va = varsOf(a, k).join(',');
    const vb = varsOf(b, k).join(',');
    if (va !== vb) problems.push(`variables differ for ${k}: {${va}} vs {${vb}}`);
  }
  return problems;
}

describe('locale parity', () => {
  it('en and fr have the same keys and the same interpolation variables', () => {
    expect(parityProblems(en, fr)).toEqual([]);
  });

  it('the check itself catches a missing nested key and a renamed variable', () => {
    const a: Catalogue = { x: { y: { z: 'Hello {{name}}' } }, w: 'w' };
    const b: Catalogue = { x: { y: { z: 'Bonjour {{nom}}' } } };
    expect(parityProblems(flatten(a), flatten(b))).toEqual(['only in first: w', 'variables differ for x.y.z: {name} vs {nom}']);
  });

  it('no value is empty', () => {
    for (const [lng, flat] of Object.entries(locales)) {
      const empty = [...flat].filter(([, v]) => v.trim() === '').map(([k]) => `${lng}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('every plural key has exactly the categories Intl.PluralRules reports for the language', () => {
    for (const [lng, flat] of Object.entries(locales)) {
      const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.filter((c) => c !== 'zero' || lng === 'ar');
      for (const [base, forms] of groupPlurals(flat)) {
        if (forms.size === 0) continue;
        expect([...forms].sort(), `${lng}:${base}`).toEqual([...needed].sort());
        // A plural message must use {{count}}, or i18next cannot choose the form.
        for (const f of forms) expect(variables(flat.get(`${base}_${f}`)!), `${lng}:${base}_${f}`).toContain('count');
      }
    }
  });

  it('every API error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(en.has(`errors.${code}`), `en errors.${code}`).toBe(true);
      expect(fr.has(`errors.${code}`), `fr errors.${code}`).toBe(true);
    }
  });

  it('every shortcut has a description and its named keys have labels', () => {
    for (const s of SHORTCUTS) {
      expect(hasKey(en, `keys.items.${s.id}`)).toBe(true);
      for (const token of s.chords.flat()) if ('name' in token) expect(hasKey(en, `keys.names.${token.name}`), token.name).toBe(true);
    }
    expect(hasKey(en, 'keys.names.cmd')).toBe(true);
  });

  it('French strings use no-break spaces before high punctuation', () => {
    const bad = [...fr].filter(([, v]) => / [:;!?»]|« /.test(v.replace(/\{\{[^}]*\}\}/g, ''))).map(([k]) => k);
    expect(bad).toEqual([]);
  });
});
