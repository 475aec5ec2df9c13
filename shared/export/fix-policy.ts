// Which check findings `bitext clean --fix safe` applies without an editor: the checks engine
// marks each finding `safe` when its evidence is strong (shared/checks/safety.ts and the
// name-translation rule); `all` takes every first suggestion. The evidence text itself is for
// people (and bilingual): the policy reads only the `safe` flag, never the evidence lines.
import type { CorpusTextEdit } from './types.js';

export type FixLevel = 'none' | 'safe' | 'all';

/** The fields of shared/checks Finding the policy reads. */
export interface FixableFinding {
  id: string;
  docId: string;
  category: string;
  rule: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  suggestions: string[];
  safe?: boolean;
}

export function isSafeFix(f: FixableFinding): boolean {
  return f.safe === true && f.suggestions.length === 1;
}

export function wantsFix(f: FixableFinding, level: FixLevel): boolean {
  if (level === 'none' || f.suggestions.length === 0) return false;
  return level === 'all' ? true : isSafeFix(f);
}

/**
 * Text edits for the findings selected at `level`, per document, non-overlapping. Removals are
 * considered first (a removed line makes fixes inside it moot), then by position.
 */
export function fixesFor(findings: readonly FixableFinding[], level: FixLevel): Map<string, Array<CorpusTextEdit & { findingId: string }>> {
  const chosen = findings.filter((f) => wantsFix(f, level));
  chosen.sort((x, y) => Number(x.suggestions[0] !== '') - Number(y.suggestions[0] !== '') || y.end - y.start - (x.end - x.start) || x.start - y.start);
  const out = new Map<string, Array<CorpusTextEdit & { findingId: string }>>();
  for (const f of chosen) {
    const list = out.get(f.docId) ?? [];
    if (list.some((e) => f.start < e.end && e.start < f.end)) continue;
    list.push({ start: f.start, end: f.end, before: f.text, after: f.suggestions[0]!, source: f.rule, findingId: f.id });
    out.set(f.docId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}
