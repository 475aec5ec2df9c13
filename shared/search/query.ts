// What the editor asks the corpus search for, and the one regular expression that answers it.
// Pure (no fs, no DOM): the service runs it under a time bound, tests run it directly.
import { WorkbenchError } from '../api/errors.js';

export interface SearchQuery {
  text: string;
  /** The text is a regular expression (JavaScript syntax, Unicode mode). */
  regex: boolean;
  /** Only whole words: no letter or digit just before or after a match. */
  wholeWord: boolean;
  caseSensitive: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query as a global Unicode RegExp; a pattern that does not compile is the editor's error, said so. */
export function queryPattern(q: SearchQuery): RegExp {
  if (!q.text) throw new WorkbenchError('search.invalidPattern', { reason: 'empty' });
  let body = q.regex ? q.text : escapeRegExp(q.text);
  if (q.wholeWord) body = `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`;
  try {
    return new RegExp(body, `gu${q.caseSensitive ? '' : 'i'}`);
  } catch (e) {
    throw new WorkbenchError('search.invalidPattern', { reason: (e as Error).message.replace(/^Invalid regular expression: /, '').slice(0, 200) });
  }
}

/**
 * The replacement for one match: in regex mode `$1`, `$<name>`, `$&` and `$$` expand as in
 * String.prototype.replace; otherwise the replacement is literal text.
 */
export function expandReplacement(q: SearchQuery, m: RegExpExecArray, replacement: string): string {
  if (!q.regex) return replacement;
  return replacement.replace(/\$(\$|&|<([^>]*)>|(\d{1,2}))/g, (all, what: string, name?: string, num?: string) => {
    if (what === '$') return '$';
    if (what === '&') return m[0];
    if (name !== undefined) return m.groups?.[name] ?? '';
    const i = Number(num);
    return i > 0 && i < m.length ? (m[i] ?? '') : all;
  });
}

/** Every non-empty match of the pattern in the text (empty matches say nothing to an editor). */
export function findSpans(text: string, re: RegExp, limit: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (out.length >= limit) break;
  }
  return out;
}
