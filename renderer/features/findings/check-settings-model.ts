// The check-settings dialog's form state and its round trip to the saved profile. Plain TypeScript
// (unit-tested): the form holds every switch and value as shown; the profile written back keeps
// only what differs from the defaults, and keeps whatever it does not understand (rules or
// categories of a newer engine, unknown options) as it was.
import type { CheckProfileView } from '../../../shared/api/contract.js';
import type { CheckProfile, OptionValue, RuleSettings } from '../../../shared/checks/profile.js';
import { CATEGORIES, type Severity } from '../../../shared/checks/types.js';

export type RuleInfo = CheckProfileView['rules'][number];
export type NoBreakSpaceStyle = 'narrow' | 'normal' | 'either';
/** 'default': no override, the check chooses each finding's severity itself. */
export type SeverityChoice = 'default' | Severity;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const NO_BREAK_SPACE_STYLES: readonly NoBreakSpaceStyle[] = ['narrow', 'normal', 'either'];
/** The same defaults as shared/checks/profile.ts defaultProfile() (a test keeps them equal). */
export const DEFAULT_NO_BREAK_SPACE: NoBreakSpaceStyle = 'either';
export const DEFAULT_MIN_SEVERITY: Severity = 'info';

/** An option as typed: numbers stay text until saved, so a half-typed "0." is not lost. */
export type OptionInput = string | boolean;

export interface RuleForm {
  enabled: boolean;
  severity: SeverityChoice;
  options: Record<string, OptionInput>;
}

export interface CheckSettingsForm {
  categories: Record<string, boolean>;
  rules: Record<string, RuleForm>;
  frenchNoBreakSpace: NoBreakSpaceStyle;
  minSeverity: Severity;
}

export interface CategoryGroup {
  category: string;
  rules: RuleInfo[];
}

/** The fixed categories in their usual order, then any a newer engine adds; each with its checks. */
export function groupRules(rules: readonly RuleInfo[]): CategoryGroup[] {
  const order: string[] = [...CATEGORIES];
  for (const r of rules) if (!order.includes(r.category)) order.push(r.category);
  return order.map((category) => ({ category, rules: rules.filter((r) => r.category === category) }));
}

export type OptionKind = 'boolean' | 'integer' | 'fraction' | 'number' | 'text';

/** How an option is edited, from its default: integers, fractions in 0–1, switches, text. */
export function optionKind(def: OptionValue): OptionKind {
  if (typeof def === 'boolean') return 'boolean';
  if (typeof def === 'string') return 'text';
  if (Number.isInteger(def)) return 'integer';
  return def > 0 && def < 1 ? 'fraction' : 'number';
}

const toInput = (v: OptionValue): OptionInput => (typeof v === 'boolean' ? v : String(v));

const isSeverity = (x: unknown): x is Severity => x === 'error' || x === 'warning' || x === 'info';
const isStyle = (x: unknown): x is NoBreakSpaceStyle => x === 'narrow' || x === 'normal' || x === 'either';

/** The form as a saved profile shows it (values missing from the profile take their defaults). */
export function formFromProfile(profile: CheckProfile, rules: readonly RuleInfo[]): CheckSettingsForm {
  const categories: Record<string, boolean> = {};
  for (const { category } of groupRules(rules)) categories[category] = profile.categories?.[category as keyof typeof profile.categories] !== false;
  const ruleForms: Record<string, RuleForm> = {};
  for (const r of rules) {
    const saved = profile.rules?.[r.id];
    const options: Record<string, OptionInput> = {};
    for (const [name, def] of Object.entries(r.defaults ?? {})) {
      const v = saved?.options?.[name];
      // A saved value of the wrong type (hand-edited project) shows the default instead.
      options[name] = toInput(v !== undefined && typeof v === typeof def ? v : def);
    }
    ruleForms[r.id] = { enabled: saved?.enabled !== false, severity: isSeverity(saved?.severity) ? saved.severity : 'default', options };
  }
  return {
    categories,
    rules: ruleForms,
    frenchNoBreakSpace: isStyle(profile.houseStyle?.frenchNoBreakSpace) ? profile.houseStyle.frenchNoBreakSpace : DEFAULT_NO_BREAK_SPACE,
    minSeverity: isSeverity(profile.minSeverity) ? profile.minSeverity : DEFAULT_MIN_SEVERITY,
  };
}

/** "Restore defaults": every category and check on, no overrides, default options and house style. */
export function defaultForm(rules: readonly RuleInfo[]): CheckSettingsForm {
  return formFromProfile({ version: 1 }, rules);
}

export type OptionProblem = 'number' | 'negative' | 'fraction';

export interface OptionError {
  ruleId: string;
  option: string;
  problem: OptionProblem;
}

/** Parses a typed option; a problem when the text is no number, negative, or a fraction outside 0–1. */
export function parseOption(input: OptionInput, def: OptionValue): { value: OptionValue } | { problem: OptionProblem } {
  const kind = optionKind(def);
  if (kind === 'boolean') return { value: input === true };
  if (kind === 'text') return { value: String(input) };
  const text = String(input).trim().replace(',', '.');
  const n = text === '' ? NaN : Number(text);
  if (!Number.isFinite(n) || (kind === 'integer' && !Number.isInteger(n))) return { problem: 'number' };
  if (n < 0) return { problem: 'negative' };
  if (kind === 'fraction' && n > 1) return { problem: 'fraction' };
  return { value: n };
}

/** Every option that cannot be saved as typed. */
export function validateForm(form: CheckSettingsForm, rules: readonly RuleInfo[]): OptionError[] {
  const errors: OptionError[] = [];
  for (const r of rules) {
    for (const [name, def] of Object.entries(r.defaults ?? {})) {
      const input = form.rules[r.id]?.options[name];
      if (input === undefined) continue;
      const parsed = parseOption(input, def);
      if ('problem' in parsed) errors.push({ ruleId: r.id, option: name, problem: parsed.problem });
    }
  }
  return errors;
}

/**
 * The profile to save: `base` (the profile as loaded) with this form's choices; only values that
 * differ from the defaults are written. Rules, categories and options the catalogue does not list
 * are kept from `base`. Throws if an option cannot be parsed (validate first).
 */
export function profileFromForm(form: CheckSettingsForm, rules: readonly RuleInfo[], base: CheckProfile = { version: 1 }): CheckProfile {
  const known = new Set(groupRules(rules).map((g) => g.category));
  const categories: Record<string, boolean> = {};
  for (const [c, on] of Object.entries(base.categories ?? {})) if (!known.has(c) && typeof on === 'boolean') categories[c] = on;
  for (const c of known) if (form.categories[c] === false) categories[c] = false;

  const ruleIds = new Set(rules.map((r) => r.id));
  const out: Record<string, RuleSettings> = {};
  for (const [id, s] of Object.entries(base.rules ?? {})) if (!ruleIds.has(id)) out[id] = s;
  for (const r of rules) {
    const f = form.rules[r.id];
    if (!f) continue;
    const defaults = r.defaults ?? {};
    const options: Record<string, OptionValue> = {};
    // Options this catalogue does not describe are kept as they were.
    for (const [name, v] of Object.entries(base.rules?.[r.id]?.options ?? {})) if (!(name in defaults)) options[name] = v;
    for (const [name, def] of Object.entries(defaults)) {
      const input = f.options[name];
      if (input === undefined) continue;
      const parsed = parseOption(input, def);
      if ('problem' in parsed) throw new Error(`option ${r.id}.${name}: ${parsed.problem}`);
      if (parsed.value !== def) options[name] = parsed.value;
    }
    const s: RuleSettings = {
      ...(f.enabled ? {} : { enabled: false }),
      ...(f.severity === 'default' ? {} : { severity: f.severity }),
      ...(Object.keys(options).length ? { options } : {}),
    };
    if (Object.keys(s).length) out[r.id] = s;
  }
  return {
    version: 1,
    categories,
    rules: out,
    houseStyle: { ...base.houseStyle, frenchNoBreakSpace: form.frenchNoBreakSpace },
    minSeverity: form.minSeverity,
    // The word lists and patterns (profile.data) are not edited here: kept as they were.
    ...(base.data ? { data: base.data } : {}),
  };
}

/** Whether saving would change anything (compares what would be written). */
export function sameSettings(a: CheckSettingsForm, b: CheckSettingsForm, rules: readonly RuleInfo[]): boolean {
  if (validateForm(a, rules).length || validateForm(b, rules).length) return false;
  return JSON.stringify(profileFromForm(a, rules)) === JSON.stringify(profileFromForm(b, rules));
}

// ---- Immutable updates the dialog uses ----

export function setCategory(form: CheckSettingsForm, category: string, on: boolean): CheckSettingsForm {
  return { ...form, categories: { ...form.categories, [category]: on } };
}

export function updateRule(
  form: CheckSettingsForm,
  ruleId: string,
  patch: Partial<Omit<RuleForm, 'options'>> & { option?: [string, OptionInput] },
): CheckSettingsForm {
  const current = form.rules[ruleId];
  if (!current) return form;
  const { option, ...rest } = patch;
  const next: RuleForm = { ...current, ...rest, options: option ? { ...current.options, [option[0]]: option[1] } : current.options };
  return { ...form, rules: { ...form.rules, [ruleId]: next } };
}
