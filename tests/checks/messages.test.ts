// Check messages are data (key + parameters); the words live in the EN and FR catalogues. Every
// key a rule can emit must be in both, with the same placeholders, and French must follow French
// typography.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, msg, placeholders, renderBoth, renderMessage, storedMessage } from '../../shared/checks/messages/index.js';
import { RULES, ruleInfo } from '../../shared/checks/rules/index.js';
import { check } from './helpers.js';

const NBSP = '\u00a0';
const RULES_DIR = join(process.cwd(), 'shared', 'checks', 'rules');

/** Keys written literally in the rules' sources: msg('key' …). */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const f of readdirSync(RULES_DIR).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(join(RULES_DIR, f), 'utf8');
    for (const m of src.matchAll(/\bmsg\(\s*'([^']+)'/gu)) keys.add(m[1]!);
    // A key chosen between literals: msg(cond ? 'a' : 'b', …).
    for (const m of src.matchAll(/\bmsg\(\s*[^'()]*\?\s*'([^']+)'\s*:\s*'([^']+)'/gu)) {
      keys.add(m[1]!);
      keys.add(m[2]!);
    }
  }
  return [...keys].sort();
}

describe('check message catalogues', () => {
  it('English and French have the same keys and the same placeholders', () => {
    expect(Object.keys(CATALOGUES.fr).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
    for (const [k, t] of Object.entries(CATALOGUES.en)) {
      if (k === 'legacy') continue; // {en} / {fr}: each language its own stored words
      expect([k, placeholders(CATALOGUES.fr[k]!)]).toEqual([k, placeholders(t)]);
    }
  });

  it('every key written in a rule is in both catalogues', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !(k in CATALOGUES.en) || !(k in CATALOGUES.fr))).toEqual([]);
  });

  it('every message the rules emit on real texts renders from the catalogue', () => {
    const dir = join(process.cwd(), 'corpus');
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f, i) => ({ id: `c${i}`, name: f, text: readFileSync(join(dir, f), 'utf8'), language: /\bfr\b|\.fr\./u.test(f) ? 'fr' : 'en' }));
    const found = check(docs);
    expect(found.length).toBeGreaterThan(10);
    for (const f of found) {
      for (const ref of [f.message, ...(f.evidence ?? [])]) {
        expect(ref.key in CATALOGUES.en && ref.key in CATALOGUES.fr, ref.key).toBe(true);
        const both = renderBoth(ref);
        expect(both.en).not.toMatch(/\{[a-z]/u);
        expect(both.fr).not.toMatch(/\{[a-z]/u);
      }
    }
  });

  it('French templates put a no-break space before : ; ! ? and use no English quotes around parameters', () => {
    for (const [k, t] of Object.entries(CATALOGUES.fr)) {
      for (const s of typeof t === 'string' ? [t] : [t.one, t.other]) {
        for (const m of s.matchAll(/(.)([:;!?])/gu)) {
          if (m[1] === '{' || (/[a-z0-9]/u.test(m[1]!) && m[2] === ':' && /\{[^}]*$/u.test(s.slice(0, m.index! + 1)))) continue; // inside {x:q}
          expect([k, m[1]]).toEqual([k, NBSP]);
        }
        expect([k, /“\{|\}”/u.test(s)]).toEqual([k, false]);
      }
    }
  });

  it('every rule has its description in both catalogues (no inline words in the rules)', () => {
    for (const r of RULES) {
      expect([r.id, `${r.id}.description` in CATALOGUES.en, `${r.id}.description` in CATALOGUES.fr]).toEqual([r.id, true, true]);
      expect([r.id, 'description' in r]).toEqual([r.id, false]);
    }
    const info = ruleInfo();
    expect(info.find((r) => r.id === 'spelling.dictionary')!.description).toEqual({ en: 'Word not in the dictionary', fr: 'Mot absent du dictionnaire' });
    for (const src of readdirSync(RULES_DIR)
      .filter((x) => x.endsWith('.ts'))
      .map((f) => readFileSync(join(RULES_DIR, f), 'utf8'))) {
      expect(src).not.toMatch(/\{ en: ['`]/u);
    }
  });

  it('every rule’s main message exists in both languages', () => {
    // A rule's description is in its metadata; its messages start with its id.
    for (const r of RULES) expect([r.id, Object.keys(CATALOGUES.en).some((k) => k === r.id || k.startsWith(`${r.id}.`))]).toEqual([r.id, true]);
  });
});

describe('renderMessage', () => {
  it('quotes, language names, decimals and French elision per language', () => {
    expect(renderBoth(msg('spelling.dictionary', { word: 'teh' }))).toEqual({ en: 'Unknown word “teh”', fr: `Mot inconnu «${NBSP}teh${NBSP}»` });
    expect(renderBoth(msg('language.foreign-segment.ev.detector', { found: 'de', confidence: 0.934 }))).toEqual({
      en: 'language detector: German (0.93)',
      fr: `détecteur de langue${NBSP}: allemand (0,93)`,
    });
    expect(renderMessage(msg('terminology.glossary.ev.title', { person: 'Antony Blinken', who: 'Blinken' }), 'fr')).toBe(
      `titre d’Antony Blinken («${NBSP}Blinken${NBSP}» juste à côté)`,
    );
    expect(renderMessage(msg('terminology.glossary.ev.title', { person: 'Joe Biden', who: 'Biden' }), 'en')).toBe('title of Joe Biden (“Biden” next to it)');
  });
  it('chooses plural forms by count', () => {
    expect(renderMessage(msg('boilerplate.recurring-line.ev.more', { count: 1 }), 'fr')).toBe('… et 1 autre');
    expect(renderMessage(msg('boilerplate.recurring-line.ev.more', { count: 4 }), 'fr')).toBe('… et 4 autres');
    expect(renderMessage(msg('boilerplate.recurring-line', { count: 3 }), 'en')).toBe('Line recurs in 3 documents (page furniture?)');
  });
  it('an unknown key shows as itself; stored words of older versions show as they were', () => {
    expect(renderMessage({ key: 'no.such.key' }, 'fr')).toBe('no.such.key');
    expect(renderBoth(storedMessage({ en: 'Old words', fr: 'Anciens mots' })!)).toEqual({ en: 'Old words', fr: 'Anciens mots' });
    expect(renderBoth(storedMessage('English only')!)).toEqual({ en: 'English only', fr: 'English only' });
    expect(storedMessage(42)).toBeNull();
  });
});
