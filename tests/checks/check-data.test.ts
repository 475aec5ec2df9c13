// Speech verbs, widget labels and credit/sponsor patterns are versioned data that a project's
// check profile can extend or trim; the profile is validated (bad patterns are refused).
import { describe, expect, it } from 'vitest';
import { CorpusModel } from '../../shared/checks/corpus.js';
import { CHECK_DATA_VERSION, DEFAULT_CHECK_DATA, resolveCheckData } from '../../shared/checks/data/check-data.js';
import { parseProfile, type CheckProfile } from '../../shared/checks/profile.js';
import { check, testTools } from './helpers.js';

const slots = (text: string, profile?: CheckProfile) => {
  const model = new CorpusModel({ docs: [{ id: 'd', name: 'd', language: 'en', text }], ...(profile ? { profile } : {}), tools: testTools });
  return model.speakerSlots(model.views[0]!).map((s) => `${s.slot}:${s.token.text}:${s.cue}`);
};

describe('check data', () => {
  it('is versioned; a profile that changes it says so in the version', () => {
    expect(DEFAULT_CHECK_DATA.version).toBe(CHECK_DATA_VERSION);
    expect(CHECK_DATA_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/u);
    expect(resolveCheckData().version).toBe(CHECK_DATA_VERSION);
    expect(resolveCheckData({ widgetPatterns: { add: ['\\bjoin our channel\\b'] } }).version).toBe(`${CHECK_DATA_VERSION}+profile`);
    expect(resolveCheckData().speechVerbs.speakerFirst['en']).toContain('said');
  });

  it('speech verbs: a profile adds one ("quipped") and removes another ("said")', () => {
    const text = 'Marlow quipped that the plan was late. Vance said it was not.';
    expect(slots(text)).toEqual(['subject:Vance:said']);
    const profile: CheckProfile = { version: 1, data: { speechVerbs: { speakerFirst: { en: { add: ['quipped'], remove: ['said'] } } } } };
    expect(slots(text, parseProfile(profile))).toEqual(['subject:Marlow:quipped']);
  });

  it("widget and credit patterns: a profile adds its site's labels", () => {
    const text =
      'The council met on Monday to discuss the budget for next year and the new school.\nJoin our channel today\nThe vote is expected next week after a long debate in the council chamber.';
    const debris = (p?: CheckProfile) =>
      check({ text, language: 'en' }, { noSpell: true, ...(p ? { profile: p } : {}) })
        .filter((f) => f.rule === 'boilerplate.web-debris')
        .map((f) => f.text);
    expect(debris()).toEqual([]);
    expect(debris(parseProfile({ version: 1, data: { widgetPatterns: { add: ['\\bjoin our channel\\b'] } } }))).toEqual(['Join our channel today']);
    const credit = 'The mayor opened the bridge on Sunday morning before a small crowd. (Picture by: J. Smith)';
    const credits = (p?: CheckProfile) =>
      check({ text: credit, language: 'en' }, { noSpell: true, ...(p ? { profile: p } : {}) })
        .filter((f) => f.message.key === 'boilerplate.web-debris.credit')
        .map((f) => f.text);
    expect(credits()).toEqual([]);
    expect(credits(parseProfile({ version: 1, data: { creditPatterns: { add: ['\\(picture by:[^)\\n]{2,40}\\)'] } } }))).toEqual(['(Picture by: J. Smith)']);
  });

  it('the profile is validated: patterns must compile, verbs must be words', () => {
    expect(() => parseProfile({ version: 1, data: { widgetPatterns: { add: ['(unclosed'] } } })).toThrow(/not a valid pattern/u);
    expect(() => parseProfile({ version: 1, data: { speechVerbs: { verbFirst: { en: { add: ['said|.*'] } } } } })).toThrow(/a word/u);
    expect(() => parseProfile({ version: 1, data: { speechVerbs: { verbFirst: { english: { add: ['said'] } } } } })).toThrow();
    expect(() => parseProfile({ version: 1, data: { unknownList: { add: ['x'] } } })).toThrow();
    const ok = {
      version: 1 as const,
      data: { speechVerbs: { verbFirst: { fr: { add: ['a martelé'] } } }, sponsorPatterns: { remove: [DEFAULT_CHECK_DATA.sponsorPatterns[0]!] } },
    };
    expect(parseProfile(JSON.parse(JSON.stringify(ok)))).toEqual(ok);
  });
});
