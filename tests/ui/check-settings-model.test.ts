// The check-settings form model: profile → form (defaults filled in), form → profile (only what
// differs from the defaults, unknown parts kept), severity overrides, option parsing, restore.
import { describe, expect, it } from 'vitest';
import { defaultProfile, parseProfile, type CheckProfile } from '../../shared/checks/profile.js';
import { ruleInfo } from '../../shared/checks/index.js';
import { CATEGORIES } from '../../shared/checks/types.js';
import {
  DEFAULT_MIN_SEVERITY,
  DEFAULT_NO_BREAK_SPACE,
  defaultForm,
  formFromProfile,
  groupRules,
  optionKind,
  parseOption,
  profileFromForm,
  sameSettings,
  setCategory,
  updateRule,
  validateForm,
  type RuleInfo,
} from '../../renderer/features/findings/check-settings-model.js';

const RULES: RuleInfo[] = [
  {
    id: 'typography.fr-spaces',
    category: 'typography',
    severity: 'info',
    description: { en: 'French spaces', fr: 'Espaces' },
    languages: ['fr'],
    defaults: { flagOrdinarySpace: true },
  },
  {
    id: 'spelling.dictionary',
    category: 'spelling',
    severity: 'warning',
    description: { en: 'Spelling', fr: 'Orthographe' },
    defaults: { maxCorpusCount: 1, minLength: 3 },
  },
  {
    id: 'language.foreign-segment',
    category: 'language',
    severity: 'info',
    description: { en: 'Foreign', fr: 'Étranger' },
    defaults: { minWords: 3, minConfidence: 0.8 },
  },
  { id: 'quotes.balance', category: 'quotes', severity: 'error', description: { en: 'Quotes', fr: 'Guillemets' } },
];

describe('check settings model', () => {
  it('groups checks under the fixed categories in order, then unknown ones', () => {
    const groups = groupRules([...RULES, { id: 'x.y', category: 'future', severity: 'info', description: { en: 'x', fr: 'x' } }]);
    expect(groups.map((g) => g.category)).toEqual([...CATEGORIES, 'future']);
    expect(groups.find((g) => g.category === 'typography')!.rules.map((r) => r.id)).toEqual(['typography.fr-spaces']);
    expect(groups.find((g) => g.category === 'grammar')!.rules).toEqual([]);
  });

  it('an empty profile gives every category and check on, no overrides, default options', () => {
    const form = formFromProfile({ version: 1 }, RULES);
    expect(Object.values(form.categories).every(Boolean)).toBe(true);
    expect(form.rules['spelling.dictionary']).toEqual({ enabled: true, severity: 'default', options: { maxCorpusCount: '1', minLength: '3' } });
    expect(form.rules['typography.fr-spaces']!.options).toEqual({ flagOrdinarySpace: true });
    expect(form.frenchNoBreakSpace).toBe('either');
    expect(form.minSeverity).toBe('info');
  });

  it('its defaults are the core’s defaultProfile()', () => {
    expect(DEFAULT_NO_BREAK_SPACE).toBe(defaultProfile().houseStyle!.frenchNoBreakSpace);
    expect(DEFAULT_MIN_SEVERITY).toBe(defaultProfile().minSeverity);
    expect(formFromProfile(defaultProfile(), RULES)).toEqual(defaultForm(RULES));
  });

  it('reads a saved profile: category off, check off, severity override, option values', () => {
    const profile: CheckProfile = {
      version: 1,
      categories: { typography: false },
      rules: {
        'spelling.dictionary': { enabled: false, severity: 'error', options: { minLength: 5 } },
        'language.foreign-segment': { options: { minConfidence: 0.6 } },
      },
      houseStyle: { frenchNoBreakSpace: 'narrow' },
      minSeverity: 'warning',
    };
    const form = formFromProfile(profile, RULES);
    expect(form.categories.typography).toBe(false);
    expect(form.categories.spelling).toBe(true);
    expect(form.rules['spelling.dictionary']).toEqual({ enabled: false, severity: 'error', options: { maxCorpusCount: '1', minLength: '5' } });
    expect(form.rules['language.foreign-segment']!.options.minConfidence).toBe('0.6');
    expect(form.frenchNoBreakSpace).toBe('narrow');
    expect(form.minSeverity).toBe('warning');
  });

  it('a saved option of the wrong type shows the default', () => {
    const form = formFromProfile({ version: 1, rules: { 'spelling.dictionary': { options: { minLength: 'five' } } } }, RULES);
    expect(form.rules['spelling.dictionary']!.options.minLength).toBe('3');
  });

  it('writes back only what differs from the defaults, and the core accepts it', () => {
    let form = defaultForm(RULES);
    expect(profileFromForm(form, RULES)).toEqual({ version: 1, categories: {}, rules: {}, houseStyle: { frenchNoBreakSpace: 'either' }, minSeverity: 'info' });
    form = setCategory(form, 'typography', false);
    form = updateRule(form, 'spelling.dictionary', { severity: 'info' });
    form = updateRule(form, 'spelling.dictionary', { option: ['minLength', '4'] });
    form = updateRule(form, 'spelling.dictionary', { option: ['maxCorpusCount', '1'] }); // = default: not written
    form = updateRule(form, 'quotes.balance', { enabled: false });
    form = updateRule(form, 'typography.fr-spaces', { option: ['flagOrdinarySpace', false] });
    form = { ...form, frenchNoBreakSpace: 'normal', minSeverity: 'warning' };
    const profile = profileFromForm(form, RULES);
    expect(profile).toEqual({
      version: 1,
      categories: { typography: false },
      rules: {
        'spelling.dictionary': { severity: 'info', options: { minLength: 4 } },
        'quotes.balance': { enabled: false },
        'typography.fr-spaces': { options: { flagOrdinarySpace: false } },
      },
      houseStyle: { frenchNoBreakSpace: 'normal' },
      minSeverity: 'warning',
    });
    expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
    // And back: the same form.
    expect(formFromProfile(profile, RULES)).toEqual({
      ...form,
      rules: { ...form.rules, 'spelling.dictionary': { ...form.rules['spelling.dictionary']!, options: { maxCorpusCount: '1', minLength: '4' } } },
    });
  });

  it('a severity override back to "default" removes it', () => {
    const saved: CheckProfile = { version: 1, rules: { 'quotes.balance': { severity: 'info' } } };
    const form = updateRule(formFromProfile(saved, RULES), 'quotes.balance', { severity: 'default' });
    expect(profileFromForm(form, RULES, saved).rules).toEqual({});
  });

  it('keeps rules, categories and options the catalogue does not know', () => {
    const base: CheckProfile = {
      version: 1,
      categories: { future: false, typography: false } as CheckProfile['categories'],
      rules: { 'future.rule': { enabled: false, options: { k: 1 } }, 'spelling.dictionary': { options: { experimental: true, minLength: 6 } } },
    };
    const form = setCategory(formFromProfile(base, RULES), 'typography', true);
    const out = profileFromForm(form, RULES, base);
    expect(out.categories).toEqual({ future: false });
    expect(out.rules).toEqual({
      'future.rule': { enabled: false, options: { k: 1 } },
      'spelling.dictionary': { options: { experimental: true, minLength: 6 } },
    });
  });

  it("keeps the profile's changes to the word lists and patterns (not edited in the dialog)", () => {
    const data: CheckProfile['data'] = { speechVerbs: { speakerFirst: { en: { add: ['quipped'] } } }, widgetPatterns: { add: ['\\bjoin our channel\\b'] } };
    const base: CheckProfile = { version: 1, data };
    expect(profileFromForm(formFromProfile(base, RULES), RULES, base).data).toEqual(data);
    expect(profileFromForm(defaultForm(RULES), RULES, base).data).toEqual(data);
  });

  it('restoring defaults drops every override of known checks', () => {
    const base: CheckProfile = {
      version: 1,
      categories: { typography: false },
      rules: { 'quotes.balance': { enabled: false, severity: 'warning' } },
      minSeverity: 'error',
      houseStyle: { frenchNoBreakSpace: 'narrow' },
    };
    const out = profileFromForm(defaultForm(RULES), RULES, base);
    expect(out).toEqual(defaultProfile());
  });

  it('parses options by the kind of their default', () => {
    expect(optionKind(true)).toBe('boolean');
    expect(optionKind(3)).toBe('integer');
    expect(optionKind(0.55)).toBe('fraction');
    expect(optionKind(2.5)).toBe('number');
    expect(optionKind('x')).toBe('text');
    expect(parseOption('4', 3)).toEqual({ value: 4 });
    expect(parseOption(' 0,6 ', 0.8)).toEqual({ value: 0.6 });
    expect(parseOption('2.5', 3)).toEqual({ problem: 'number' });
    expect(parseOption('', 3)).toEqual({ problem: 'number' });
    expect(parseOption('abc', 3)).toEqual({ problem: 'number' });
    expect(parseOption('-1', 3)).toEqual({ problem: 'negative' });
    expect(parseOption('1.5', 0.8)).toEqual({ problem: 'fraction' });
    expect(parseOption(false, true)).toEqual({ value: false });
  });

  it('validation lists what cannot be saved; saving it throws', () => {
    const form = updateRule(updateRule(defaultForm(RULES), 'spelling.dictionary', { option: ['minLength', ''] }), 'language.foreign-segment', {
      option: ['minConfidence', '2'],
    });
    expect(validateForm(form, RULES)).toEqual([
      { ruleId: 'spelling.dictionary', option: 'minLength', problem: 'number' },
      { ruleId: 'language.foreign-segment', option: 'minConfidence', problem: 'fraction' },
    ]);
    expect(() => profileFromForm(form, RULES)).toThrow();
  });

  it('tells when a form changes nothing', () => {
    const a = defaultForm(RULES);
    expect(sameSettings(a, updateRule(a, 'spelling.dictionary', { option: ['minLength', '3.0'] }), RULES)).toBe(true);
    expect(sameSettings(a, updateRule(a, 'spelling.dictionary', { option: ['minLength', '4'] }), RULES)).toBe(false);
    expect(sameSettings(a, setCategory(a, 'quotes', false), RULES)).toBe(false);
  });

  it('works with the real catalogue: every rule gets a form entry with its defaults', () => {
    const rules = ruleInfo();
    const form = defaultForm(rules);
    for (const r of rules) expect(Object.keys(form.rules[r.id]!.options)).toEqual(Object.keys(r.defaults ?? {}));
    expect(profileFromForm(form, rules)).toEqual(defaultProfile());
  });
});
