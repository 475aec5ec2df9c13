// Translates SRX regexes (ICU/Java flavour) into JavaScript `u`-mode regex source.
// JS in `u` mode is stricter than Java (no identity escapes like `\'`, no lone `{` or `]`,
// no \Q…\E, possessive quantifiers, atomic groups or POSIX \p{Alpha}), so each construct is
// either rewritten, approximated with a warning, or rejected with a message naming it.
import { SrxError } from './errors.js';

export interface TranslatedRegex {
  /** JS regex source, to be compiled with the `u` flag (plus `flags`). */
  source: string;
  /** Flags set by a leading Java inline group such as `(?i)`. */
  flags: string;
  /** Number of capturing groups (to renumber backreferences when patterns are combined). */
  groups: number;
  hasBackreference: boolean;
  hasNamedGroup: boolean;
  warnings: string[];
}

const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const WORD = '[\\p{L}\\p{N}\\p{M}_]';
// Java's \b follows Unicode letters; JS `\b` is ASCII-only even with `u`, which would put a
// "word boundary" inside "États".
const WORD_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_WORD_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;

// POSIX and java.lang.Character classes Java accepts in \p{…}; values are class bodies.
const POSIX_BODIES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: '\\p{Lowercase}',
  javaUpperCase: '\\p{Uppercase}',
  javaWhitespace: '\\s',
  javaLetter: '\\p{L}',
  javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '\\p{L}\\p{Nd}',
  javaAlphabetic: '\\p{Alphabetic}',
  javaSpaceChar: '\\p{Zs}\\p{Zl}\\p{Zp}',
};

const H_BODY = ' \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
const V_BODY = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';

function isValidProperty(body: string): boolean {
  try {
    new RegExp(`\\p{${body}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Returns a class body (without brackets) for a Java \p{name}. */
function propertyBody(name: string, where: string): string {
  const posix = POSIX_BODIES[name] ?? POSIX_BODIES[name.replace(/^Is/, '')];
  if (posix !== undefined) return posix;
  if (/^In[A-Z]/.test(name) || /^(?:block|blk)=/i.test(name)) {
    throw new SrxError(`Unicode block \\p{${name}} is not supported in JavaScript; use a script (\\p{IsLatin}) or a range`, where);
  }
  const candidates: string[] = [];
  const bare = name.replace(/^Is/, '');
  const eq = /^(?:gc|general_category|sc|script|scx|script_extensions)=(.+)$/i.exec(name);
  if (eq) {
    const kind = name.slice(0, name.indexOf('=')).toLowerCase();
    const value = eq[1] ?? '';
    candidates.push(
      kind.startsWith('g')
        ? `General_Category=${value}`
        : kind.startsWith('scx') || kind.startsWith('script_')
          ? `Script_Extensions=${value}`
          : `Script=${value}`,
    );
  } else {
    candidates.push(name, bare, `Script=${bare}`);
    // Java accepts any case for binary properties (IsAlphabetic, IsWhite_Space, isUppercase).
    const title = bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase();
    candidates.push(
      title,
      title.replace(/_(\w)/g, (_, c: string) => `_${c.toUpperCase()}`),
    );
    if (bare === 'L&' || bare === 'LC') candidates.push('LC');
  }
  for (const c of candidates) if (isValidProperty(c)) return `\\p{${c}}`;
  throw new SrxError(`unknown Unicode property \\p{${name}}`, where);
}

interface State {
  src: string;
  i: number;
  out: string;
  groups: number;
  hasBackreference: boolean;
  hasNamedGroup: boolean;
  warnings: string[];
  where: string;
  groupOffset: number;
}

function escapeLiteral(ch: string, inClass: boolean): string {
  if (inClass) return ch === '\\' || ch === ']' || ch === '[' || ch === '-' || ch === '^' ? `\\${ch}` : ch;
  return JS_SYNTAX.has(ch) ? `\\${ch}` : ch;
}

function fail(st: State, message: string): never {
  throw new SrxError(`${message} (at position ${st.i} of /${st.src}/)`, st.where);
}

/** Reads \p{…}/\pL after the `p`/`P`; returns [name, negated]. */
function readProperty(st: State, negated: boolean): [string, boolean] {
  const c = st.src[st.i];
  if (c === '{') {
    const close = st.src.indexOf('}', st.i);
    if (close < 0) fail(st, 'unterminated \\p{');
    let name = st.src.slice(st.i + 1, close);
    st.i = close + 1;
    if (name.startsWith('^')) {
      name = name.slice(1);
      negated = !negated;
    }
    return [name, negated];
  }
  if (c === undefined) fail(st, 'dangling \\p');
  st.i++;
  return [c, negated];
}

/** Translates one escape (st.i is just past the backslash). */
function translateEscape(st: State, inClass: boolean): string {
  const c = st.src[st.i];
  if (c === undefined) fail(st, 'pattern ends with a backslash');
  st.i++;
  switch (c) {
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 's':
    case 'S':
    case 't':
    case 'n':
    case 'r':
    case 'f':
      return `\\${c}`;
    case 'a':
      return '\\x07';
    case 'e':
      return '\\x1B';
    case 'h':
      return inClass ? H_BODY : `[${H_BODY}]`;
    case 'H':
      if (inClass) fail(st, '\\H inside a character class is not supported');
      return `[^${H_BODY}]`;
    case 'v':
      return inClass ? V_BODY : `[${V_BODY}]`;
    case 'V':
      if (inClass) fail(st, '\\V inside a character class is not supported');
      return `[^${V_BODY}]`;
    case 'R':
      if (inClass) fail(st, '\\R inside a character class');
      return `(?:\\r\\n|[${V_BODY}])`;
    case 'b':
      if (inClass) fail(st, '\\b inside a character class');
      return WORD_BOUNDARY;
    case 'B':
      if (inClass) fail(st, '\\B inside a character class');
      return NOT_WORD_BOUNDARY;
    case 'A':
      if (inClass) fail(st, '\\A inside a character class');
      return '^';
    case 'z':
    case 'Z':
      if (inClass) fail(st, `\\${c} inside a character class`);
      return '$';
    case 'c': {
      const l = st.src[st.i];
      if (!l || !/[A-Za-z]/.test(l)) fail(st, '\\c must be followed by a letter');
      st.i++;
      return `\\c${l}`;
    }
    case 'x': {
      if (st.src[st.i] === '{') {
        const close = st.src.indexOf('}', st.i);
        const hex = close < 0 ? '' : st.src.slice(st.i + 1, close);
        if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) fail(st, 'bad \\x{…} escape');
        st.i = close + 1;
        return `\\u{${hex}}`;
      }
      const hex = st.src.slice(st.i, st.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail(st, 'bad \\x escape');
      st.i += 2;
      return `\\x${hex}`;
    }
    case 'u': {
      const hex = st.src.slice(st.i, st.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(st, 'bad \\u escape');
      st.i += 4;
      return `\\u${hex}`;
    }
    case '0': {
      const m = /^[0-3]?[0-7]{1,2}/.exec(st.src.slice(st.i));
      if (!m) fail(st, 'bad octal escape \\0');
      st.i += m[0].length;
      return `\\u{${parseInt(m[0], 8).toString(16)}}`;
    }
    case 'p':
    case 'P': {
      const [name, negated] = readProperty(st, c === 'P');
      const body = propertyBody(name, st.where);
      const single = /^\\p\{[^}]+\}$/.test(body);
      if (single) return negated ? body.replace('\\p', '\\P') : body;
      if (inClass) {
        if (negated) fail(st, `negated \\P{${name}} inside a character class is not supported`);
        return body;
      }
      return negated ? `[^${body}]` : `[${body}]`;
    }
    case 'k': {
      const m = /^<([A-Za-z][A-Za-z0-9]*)>/.exec(st.src.slice(st.i));
      if (!m) fail(st, 'bad named backreference');
      st.i += m[0].length;
      st.hasBackreference = true;
      return `\\k<${m[1]}>`;
    }
    case 'Q': {
      const end = st.src.indexOf('\\E', st.i);
      const lit = st.src.slice(st.i, end < 0 ? undefined : end);
      st.i = end < 0 ? st.src.length : end + 2;
      return Array.from(lit, (ch) => escapeLiteral(ch, inClass)).join('');
    }
    case 'E':
      return ''; // stray \E is ignored by Java too
    case 'G':
    case 'X':
    case 'N':
    case 'K':
      fail(st, `\\${c} has no JavaScript equivalent`);
  }
  if (c >= '1' && c <= '9') {
    if (inClass) fail(st, 'backreference inside a character class');
    let digits = c;
    while (st.src[st.i] !== undefined && /[0-9]/.test(st.src[st.i] ?? '') && Number(digits + st.src[st.i]) <= st.groups) {
      digits += st.src[st.i];
      st.i++;
    }
    st.hasBackreference = true;
    return `\\${Number(digits) + st.groupOffset}`;
  }
  if (/[A-Za-z0-9]/.test(c)) fail(st, `unsupported escape \\${c}`);
  // Java lets any punctuation be escaped; JS `u` mode only syntax characters.
  return escapeLiteral(c, inClass);
}

function translateClass(st: State): string {
  // st.i is just past '['
  let out = '[';
  if (st.src[st.i] === '^') {
    out += '^';
    st.i++;
  }
  let first = true;
  for (;;) {
    const c = st.src[st.i];
    if (c === undefined) fail(st, 'unterminated character class');
    if (c === ']' && !first) {
      st.i++;
      return `${out}]`;
    }
    first = false;
    if (c === '\\') {
      st.i++;
      out += translateEscape(st, true);
      continue;
    }
    if (c === '[') {
      const posix = /^\[:(\^?)([A-Za-z_]+):\]/.exec(st.src.slice(st.i));
      if (posix) {
        // ICU's [[:Lu:]] spelling of a property.
        st.i += posix[0].length;
        const body = propertyBody(posix[2] ?? '', st.where);
        if (posix[1]) {
          if (!/^\\p\{[^}]+\}$/.test(body)) fail(st, 'negated POSIX class inside a class');
          out += body.replace('\\p', '\\P');
        } else out += body;
        continue;
      }
      fail(st, 'nested character classes (Java union) are not supported; flatten the class');
    }
    if (c === '&' && st.src[st.i + 1] === '&') fail(st, 'character class intersection (&&) is not supported');
    out += c === ']' ? '\\]' : c;
    st.i++;
  }
}

const QUANTIFIER_BRACE = /^\{(\d+)(,(\d*))?\}/;

/** After a quantifier: keep a lazy `?`, drop a possessive `+` (with a warning). */
function quantifierSuffix(st: State): string {
  const c = st.src[st.i];
  if (c === '?') {
    st.i++;
    return '?';
  }
  if (c === '+') {
    st.i++;
    addWarning(st, 'possessive quantifier treated as greedy (same result unless the pattern relies on not backtracking)');
  }
  return '';
}

function addWarning(st: State, w: string): void {
  const msg = st.where ? `${st.where}: ${w}` : w;
  if (!st.warnings.includes(msg)) st.warnings.push(msg);
}

function translateGroupOpen(st: State): string {
  // st.i is at '('
  st.i++;
  if (st.src[st.i] !== '?') {
    st.groups++;
    return '(';
  }
  const rest = st.src.slice(st.i + 1);
  if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!')) {
    st.i += 2;
    return `(?${rest[0]}`;
  }
  if (rest.startsWith('<=') || rest.startsWith('<!')) {
    st.i += 3;
    return `(?${rest.slice(0, 2)}`;
  }
  const named = /^<([A-Za-z][A-Za-z0-9]*)>/.exec(rest);
  if (named) {
    st.i += 1 + named[0].length;
    st.groups++;
    st.hasNamedGroup = true;
    return `(?<${named[1]}>`;
  }
  if (rest.startsWith('>')) {
    st.i += 2;
    addWarning(st, 'atomic group (?>…) treated as a plain group (same result unless the pattern relies on not backtracking)');
    return '(?:';
  }
  fail(st, 'inline flags are only supported at the very start of a pattern, e.g. (?i)');
}

/** Leading `(?flags)` — the only placement we can map onto JS regex flags. */
function readLeadingFlags(st: State): string {
  const m = /^\(\?([a-zA-Z]+)\)/.exec(st.src);
  if (!m) return '';
  let flags = '';
  for (const f of m[1] ?? '') {
    if (f === 'i') flags += 'i';
    else if (f === 's') flags += 's';
    else if (f === 'm') flags += 'm';
    else if (f === 'u' || f === 'U' || f === 'd')
      continue; // Unicode case / classes / UNIX_LINES: JS `u` already
    else fail(st, `inline flag (?${f}) is not supported`);
  }
  st.i = m[0].length;
  return [...new Set(flags)].sort().join('');
}

export function translateJavaRegex(src: string, where = '', groupOffset = 0): TranslatedRegex {
  const st: State = { src, i: 0, out: '', groups: 0, hasBackreference: false, hasNamedGroup: false, warnings: [], where, groupOffset };
  const flags = readLeadingFlags(st);
  let depth = 0;
  while (st.i < src.length) {
    const c = src[st.i] as string;
    switch (c) {
      case '\\':
        st.i++;
        st.out += translateEscape(st, false);
        break;
      case '[':
        st.i++;
        st.out += translateClass(st);
        break;
      case '(':
        st.out += translateGroupOpen(st);
        depth++;
        break;
      case ')':
        if (depth === 0) fail(st, 'unbalanced )');
        depth--;
        st.out += ')';
        st.i++;
        break;
      case '*':
      case '+':
      case '?':
        st.i++;
        st.out += c + quantifierSuffix(st);
        break;
      case '{': {
        const m = QUANTIFIER_BRACE.exec(src.slice(st.i));
        if (m) {
          st.i += m[0].length;
          st.out += m[0] + quantifierSuffix(st);
        } else {
          st.out += '\\{';
          st.i++;
        }
        break;
      }
      case '}':
      case ']':
        st.out += `\\${c}`;
        st.i++;
        break;
      default:
        st.out += c;
        st.i++;
    }
  }
  if (depth !== 0) fail(st, 'unbalanced (');
  // With an offset, backreferences point at groups of the combined pattern: validated there.
  if (groupOffset === 0) {
    try {
      new RegExp(st.out, `u${flags}`);
    } catch (e) {
      throw new SrxError(`regex /${src}/ is not valid after translation: ${(e as Error).message}`, where);
    }
  }
  return { source: st.out, flags, groups: st.groups, hasBackreference: st.hasBackreference, hasNamedGroup: st.hasNamedGroup, warnings: st.warnings };
}
