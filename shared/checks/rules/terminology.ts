// Glossary terms: forbidden terms get the preferred one as suggestion. A title bound to a person
// ("Secretary of State" for Antony Blinken) is judged only next to that person's name, so the
// same words for somebody else ("Lithuanian Foreign Minister …") are left alone.
import type { Rule } from '../rule.js';
import { msg, type MessageRef } from '../messages/ref.js';
import { preferredOf, termsOf } from '../glossary/types.js';
import { matchInitialCase } from '../util/text.js';

const escape = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/['’]/gu, "['’]")
    .replace(/ /gu, '[\\s\\u00a0]+');

export const terminologyRule: Rule = {
  id: 'terminology.glossary',
  category: 'terminology',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  defaults: { personWindow: 40 },
  run(env, view) {
    if (!view) return;
    const window = env.opt<number>('personWindow');
    const { text } = view;
    for (const entry of env.model.glossary.entries) {
      if (entry.kind === 'name') continue; // wrong renderings of names: name-translation check
      const forbidden = termsOf(entry, view.lang, 'forbidden');
      if (!forbidden.length) continue;
      const preferred = preferredOf(entry, view.lang);
      const personParts = entry.person ? [entry.person, ...entry.person.split(/\s+/u).filter((w) => w.length > 2)] : [];
      for (const term of forbidden) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu');
        for (const m of text.matchAll(re)) {
          const s = m.index;
          const e = s + m[0].length;
          let evidence: MessageRef[] | undefined;
          if (entry.kind === 'title' && personParts.length) {
            // The title must be attached to the person: "Title [Given] Surname" or "Surname, [the] title".
            const after = text.slice(e, Math.min(text.length, e + window));
            const before = text.slice(Math.max(0, s - window), s);
            const who = personParts.find(
              (p) =>
                new RegExp(`^[\\s\\u00a0]+(?:\\p{Lu}[\\p{L}.’'-]*[\\s\\u00a0]+)?${escape(p)}(?!\\p{L})`, 'u').test(after) ||
                new RegExp(`(?<!\\p{L})${escape(p)},?[\\s\\u00a0]+(?:the|le|la|l’|l')?[\\s\\u00a0]*$`, 'u').test(before),
            );
            if (!who) continue;
            evidence = [msg('terminology.glossary.ev.title', { person: entry.person!, who })];
          }
          env.emit(view, {
            start: s,
            end: e,
            suggestions: preferred ? [matchInitialCase(m[0], preferred)] : [],
            message: entry.person
              ? msg(preferred ? 'terminology.glossary.title-preferred' : 'terminology.glossary.title', {
                  person: entry.person,
                  term: m[0],
                  ...(preferred ? { preferred } : {}),
                })
              : msg(preferred ? 'terminology.glossary.preferred' : 'terminology.glossary', { term: m[0], ...(preferred ? { preferred } : {}) }),
            ...(evidence ? { evidence } : {}),
          });
        }
      }
    }
  },
};
