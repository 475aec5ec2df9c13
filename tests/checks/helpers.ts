// Test helpers: run the engine on small texts. The sentence splitter here is a crude fallback
// for tests only; the product injects shared/segment.
import { join } from 'node:path';
import { runChecks } from '../../shared/checks/engine.js';
import type { Glossary } from '../../shared/checks/glossary/types.js';
import type { CheckProfile } from '../../shared/checks/profile.js';
import type { CheckTools, Finding, PartnerLink, SentenceSpan } from '../../shared/checks/types.js';
import { getSpellChecker } from '../../main/services/checks/spell.js';

export const spell = () => getSpellChecker(['en', 'fr'], { cacheDir: join(process.cwd(), '.tmp', 'spell-cache') });

export function crudeSplit(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let para = 0;
  let pos = 0;
  for (const line of text.split('\n')) {
    const re = /[^.!?]+(?:[.!?]+[”»"]?|$)/gu;
    for (const m of line.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t) out.push({ start: pos + m.index + lead, end: pos + m.index + lead + t.length, text: t, paragraph: para });
    }
    if (line.trim()) para++;
    pos += line.length + 1;
  }
  return out;
}

export const testTools: CheckTools = { splitSentences: (t) => crudeSplit(t) };

export interface Doc {
  text: string;
  language: string;
  id?: string;
  name?: string;
}

export function check(
  docs: Doc[] | Doc,
  opts: { glossary?: Glossary; profile?: CheckProfile; partners?: PartnerLink[]; rejectedPairs?: Array<{ a: string; b: string }>; noSpell?: boolean } = {},
): Finding[] {
  const list = Array.isArray(docs) ? docs : [docs];
  return runChecks({
    docs: list.map((d, i) => ({ id: d.id ?? `d${i}`, name: d.name ?? `d${i}`, language: d.language, text: d.text })),
    ...(opts.glossary ? { glossary: opts.glossary } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.partners ? { partners: opts.partners } : {}),
    ...(opts.rejectedPairs ? { rejectedPairs: opts.rejectedPairs } : {}),
    ...(opts.noSpell ? {} : { spell: spell() }),
    tools: testTools,
  });
}

export const of = (fs: Finding[], category: string) => fs.filter((f) => f.category === category);
export const texts = (fs: Finding[], category: string) => of(fs, category).map((f) => f.text);
