import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/engine.js';
import { defaultProfile, parseProfile } from '../../shared/checks/profile.js';
import { ruleInfo } from '../../shared/checks/rules/index.js';
import { renderBoth } from '../../shared/checks/messages/render.js';
import { check } from './helpers.js';

const doc = { text: 'We saw the the results.  Then, “it ended.', language: 'en' };

describe('engine', () => {
  it('returns findings with stable ids, bilingual messages and UTF-16 spans', () => {
    const a = check(doc, { noSpell: true });
    const b = check(doc, { noSpell: true });
    expect(a.map((f) => f.id)).toEqual(b.map((f) => f.id));
    for (const f of a) {
      expect(doc.text.slice(f.start, f.end)).toBe(f.text);
      const m = renderBoth(f.message);
      expect(m.en && m.fr).toBeTruthy();
      expect(m.en).not.toBe(f.message.key);
    }
  });
  it('honours the profile: categories, rules, severity and minimum severity', () => {
    const all = check(doc, { noSpell: true });
    expect(all.some((f) => f.category === 'repetition')).toBe(true);
    const off = check(doc, { noSpell: true, profile: { version: 1, categories: { repetition: false } } });
    expect(off.some((f) => f.category === 'repetition')).toBe(false);
    const sev = check(doc, { noSpell: true, profile: { version: 1, rules: { 'repetition.doubled-word': { severity: 'error' } }, minSeverity: 'warning' } });
    expect(sev.find((f) => f.rule === 'repetition.doubled-word')?.severity).toBe('error');
    expect(sev.some((f) => f.severity === 'info')).toBe(false);
  });
  it('parses profiles from JSON and rejects bad ones', () => {
    expect(parseProfile(JSON.parse(JSON.stringify(defaultProfile())))).toEqual(defaultProfile());
    expect(() => parseProfile({ version: 2 })).toThrow();
  });
  it('lists its rules, one per check, every category covered', () => {
    const cats = new Set(ruleInfo().map((r) => r.category));
    expect(cats.size).toBe(12);
  });
  it('reports progress and can be cancelled', () => {
    const progress: number[] = [];
    runChecks({ docs: [{ id: 'x', name: 'x', language: 'en', text: 'Hello world.' }] }, { onProgress: (d) => progress.push(d) });
    expect(progress.length).toBeGreaterThan(0);
    expect(() => runChecks({ docs: [{ id: 'x', name: 'x', language: 'en', text: 'Hi.' }] }, { signal: { aborted: true } })).toThrow();
  });
});
