// Runs SRX rules over one paragraph. Semantics (SRX 2.0 §2.5): a position is a candidate when
// a break rule matches there; at each candidate the first rule (in cascade order) whose
// beforebreak matches text ending at the position and whose afterbreak matches text starting
// there decides. "Ending at" is a JS lookbehind, so unlike Java engines there is no length cap.
// Speed: consecutive rules with the same verdict are merged into one alternation, so a
// paragraph costs one scan per run of break rules plus a few sticky tests per candidate.
import { SrxError } from './errors.js';
import { translateJavaRegex, type TranslatedRegex } from './java-regex.js';
import type { SrxRule, SrxRules } from './srx-types.js';

interface RuleGroup {
  break: boolean;
  /** Sticky tests, any of which matching at `p` means the group matches. */
  tests: Array<(s: string, p: number) => boolean>;
  /** Global scanners yielding candidate positions (break groups only). */
  scanners: RegExp[];
}

export interface CompiledSrx {
  /** Sorted break offsets strictly inside `paragraph`. */
  breaks(paragraph: string): number[];
  warnings: string[];
}

/** `fr_CA` → `fr-CA`: POSIX spelling is common in file names and OmegaT settings. */
export function normalizeLanguageCode(lang: string): string {
  return lang.trim().replace(/_/g, '-');
}

export function selectRules(rules: SrxRules, lang: string): SrxRule[] {
  const code = normalizeLanguageCode(lang);
  const byName = new Map(rules.languageRules.map((r) => [r.name, r.rules]));
  const out: SrxRule[] = [];
  for (const m of rules.maps) {
    const t = translateJavaRegex(m.languagePattern, `languagemap “${m.languagePattern}”`);
    const re = new RegExp(`^(?:${t.source})$`, `iu${t.flags.replace('i', '')}`);
    if (!re.test(code)) continue;
    const set = byName.get(m.languageRuleName);
    if (!set) throw new SrxError(`languagemap refers to unknown languagerule “${m.languageRuleName}”`);
    out.push(...set);
    if (!rules.cascade) break;
  }
  return out;
}

interface Prepared {
  rule: SrxRule;
  where: string;
  before: TranslatedRegex;
  after: TranslatedRegex;
}

/**
 * Both tests are zero-width at the same position, so their order does not change what matches;
 * the afterbreak goes first when it can (no capture groups to renumber) because it usually fails
 * at once (it wants a space or a capital), sparing a lookbehind over a long run of dots.
 */
function lookaround(before: string, after: string, afterFirst = false): string {
  const b = before ? `(?<=${before})` : '';
  const a = after ? `(?=${after})` : '';
  return afterFirst ? a + b : b + a;
}

function sticky(source: string, flags: string): (s: string, p: number) => boolean {
  const re = new RegExp(source || '(?:)', `uy${flags}`);
  return (s, p) => {
    re.lastIndex = p;
    return re.test(s);
  };
}

function canMerge(a: Prepared): boolean {
  return a.before.flags === a.after.flags && !a.before.hasNamedGroup && !a.after.hasNamedGroup;
}

function buildGroup(items: Prepared[], isBreak: boolean): RuleGroup {
  const group: RuleGroup = { break: isBreak, tests: [], scanners: [] };
  // Merge maximal runs of mergeable rules sharing flags; backreferences are renumbered.
  let run: Prepared[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    const flags = run[0]?.before.flags ?? '';
    let offset = 0;
    const parts = run.map((it) => {
      const b = translateJavaRegex(it.rule.beforeBreak, it.where, offset);
      const a = translateJavaRegex(it.rule.afterBreak, it.where, offset + b.groups);
      offset += b.groups + a.groups;
      return lookaround(b.source, a.source, b.groups + a.groups === 0);
    });
    const source = parts.length === 1 ? (parts[0] ?? '') : parts.map((p) => `(?:${p})`).join('|');
    group.tests.push(sticky(source, flags));
    if (isBreak) group.scanners.push(new RegExp(source || '(?:)', `gu${flags}`));
    run = [];
  };
  for (const it of items) {
    if (canMerge(it) && (run.length === 0 || run[0]?.before.flags === it.before.flags)) {
      run.push(it);
      continue;
    }
    flushRun();
    if (canMerge(it)) {
      run.push(it);
      continue;
    }
    // Before and after need different flags: test them as two regexes.
    const b = sticky(lookaround(it.before.source, ''), it.before.flags);
    const a = sticky(lookaround('', it.after.source), it.after.flags);
    group.tests.push((s, p) => b(s, p) && a(s, p));
    if (isBreak) {
      const scan = new RegExp(lookaround(it.before.source, '') || '(?:)', `gu${it.before.flags}`);
      // Candidates from the beforebreak alone are filtered by the group test later.
      group.scanners.push(scan);
    }
  }
  flushRun();
  return group;
}

function scan(re: RegExp, s: string, into: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const p = m.index;
    if (p > 0 && p < s.length) into.push(p);
    // Zero-width matches: step past the position (a whole surrogate pair in `u` mode).
    const c = s.charCodeAt(p);
    re.lastIndex = Math.max(re.lastIndex, p + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
    if (re.lastIndex > s.length) break;
  }
}

export function compileSrx(rules: SrxRules, lang: string): CompiledSrx {
  const selected = selectRules(rules, lang);
  const warnings: string[] = [];
  const prepared: Prepared[] = selected.map((rule, i) => {
    const where = `rule ${i + 1} for “${lang}”`;
    const before = translateJavaRegex(rule.beforeBreak, `${where}, beforebreak`);
    const after = translateJavaRegex(rule.afterBreak, `${where}, afterbreak`);
    warnings.push(...before.warnings, ...after.warnings);
    if (before.hasBackreference) {
      warnings.push(`${where}: backreferences in beforebreak run right-to-left in a lookbehind and may not match as in Java`);
    }
    return { rule, where, before, after };
  });
  const groups: RuleGroup[] = [];
  let i = 0;
  while (i < prepared.length) {
    const isBreak = prepared[i]?.rule.break ?? false;
    let j = i;
    while (j < prepared.length && prepared[j]?.rule.break === isBreak) j++;
    groups.push(buildGroup(prepared.slice(i, j), isBreak));
    i = j;
  }
  // Trailing no-break groups can never decide anything: no break is the default.
  while (groups.length > 0 && groups[groups.length - 1]?.break === false) groups.pop();
  const breakGroups = groups.filter((g) => g.break);

  const breaksIn = (s: string): number[] => {
    const candidates: number[] = [];
    for (const g of breakGroups) for (const re of g.scanners) scan(re, s, candidates);
    if (candidates.length === 0) return candidates;
    if (breakGroups.length > 1 || (breakGroups[0]?.scanners.length ?? 0) > 1) candidates.sort((a, b) => a - b);
    const out: number[] = [];
    let last = -1;
    for (const p of candidates) {
      if (p === last) continue;
      last = p;
      for (const g of groups) {
        if (g.tests.some((t) => t(s, p))) {
          if (g.break) out.push(p);
          break;
        }
      }
    }
    return out;
  };

  return {
    warnings,
    breaks(s: string): number[] {
      if (s.length <= WINDOWED_ABOVE) return breaksIn(s);
      // A long paragraph is decided window by window, each position seeing CONTEXT (100) characters
      // either side: a lookbehind over a run (400,000 dots) then costs O(CONTEXT) per position
      // instead of O(run), so splitting stays linear. Rules look back a word or two, not 100 characters.
      const out: number[] = [];
      for (let a = 0; a < s.length; a += WINDOW) {
        const b = Math.min(s.length, a + WINDOW);
        const from = Math.max(0, a - CONTEXT);
        const to = Math.min(s.length, b + CONTEXT);
        for (const p of breaksIn(s.slice(from, to))) {
          const g = p + from;
          if (g >= a && g < b && g > 0) out.push(g);
        }
      }
      return out;
    },
  };
}

/** Paragraphs longer than this are decided in windows (see breaks()). */
const WINDOWED_ABOVE = 4096;
const WINDOW = 256;
const CONTEXT = 100;

/** Translation warnings (possessive quantifiers, atomic groups…) for every language rule set. */
export function srxWarnings(rules: SrxRules): string[] {
  const out: string[] = [];
  for (const lr of rules.languageRules) {
    lr.rules.forEach((r, i) => {
      const where = `rule ${i + 1} of “${lr.name}”`;
      out.push(...translateJavaRegex(r.beforeBreak, `${where}, beforebreak`).warnings);
      out.push(...translateJavaRegex(r.afterBreak, `${where}, afterbreak`).warnings);
    });
  }
  return out;
}
