// Checks a set of decoded texts as ONE corpus: detects languages, splits sentences, finds
// partner documents and aligns them, loads the dictionaries, then runs the shared engine.
import { alignSentences } from '../../../shared/align/index.js';
import type { Glossary } from '../../../shared/checks/glossary/types.js';
import { CheckCancelled, runChecks } from '../../../shared/checks/engine.js';
import type { CheckProfile } from '../../../shared/checks/profile.js';
import type { CheckTools, CorpusDoc, Finding, PartnerLink, RunOptions, SpellChecker } from '../../../shared/checks/types.js';
import { detectDocument, detectLanguage } from '../../../shared/lang/index.js';
import { splitSentences } from '../../../shared/segment/index.js';
import { findPartners } from './partners.js';
import { getSpellChecker } from './spell.js';
import { log } from '../log/logger.js';

export interface CheckInput {
  id?: string;
  name: string;
  text: string;
  language?: string;
}

export interface CorpusCheckOptions extends RunOptions {
  glossary?: Glossary;
  profile?: CheckProfile;
  spell?: SpellChecker | false;
  cacheDir?: string;
  /**
   * The project's pairs in effect (partnersFromPairs): used as they are, never paired again. Absent
   * (no project, or nothing paired yet): documents are paired here.
   */
  partners?: PartnerLink[];
  /** Pairs the editor rejected (never partners). */
  rejectedPairs?: Array<{ a: string; b: string }>;
}

export function documentLanguage(text: string): string {
  try {
    return detectDocument(text).language;
  } catch {
    // no-log: too little text for a document decision; the sentence-level guess follows
    try {
      return detectLanguage(text).language;
    } catch {
      return 'und'; // no-log: undetermined is an answer, shown as such
    }
  }
}

export const checkTools: CheckTools = {
  splitSentences: (text, lang) => splitSentences(text, lang),
  alignSentences: (src, tgt, o) => alignSentences(src, tgt, o),
  detectLanguage: (text, o) => detectLanguage(text, o),
};

/**
 * Pairing compares whole documents: on one huge document it can take longer than all the checks.
 * It answers to the user's cancel (CheckCancelled) and gets one per-file budget of its own; past
 * it, the checks go on without computed partners (logged), as when pairing is unavailable.
 */
function pairWithinBudget(docs: CorpusDoc[], opts: CorpusCheckOptions): PartnerLink[] | undefined {
  const until = opts.docTimeLimitMs !== undefined ? Date.now() + opts.docTimeLimitMs : Infinity;
  const user = opts.signal;
  const signal = {
    get aborted() {
      return Boolean(user?.aborted) || Date.now() > until;
    },
  };
  try {
    return findPartners(docs, checkTools, { signal });
  } catch (error) {
    if (user?.aborted) throw new CheckCancelled();
    if (Date.now() <= until) throw error;
    log.warn('checks.pairingOverBudget', { seconds: (opts.docTimeLimitMs ?? 0) / 1000 });
    return undefined;
  }
}

export function checkCorpus(inputs: CheckInput[], opts: CorpusCheckOptions = {}): { docs: CorpusDoc[]; findings: Finding[] } {
  const docs: CorpusDoc[] = inputs.map((d, i) => ({
    id: d.id ?? `doc${i}`,
    name: d.name,
    language: d.language ?? documentLanguage(d.text),
    text: d.text,
  }));
  const languages = [...new Set(docs.map((d) => d.language).filter((l) => l === 'en' || l === 'fr'))];
  const spell =
    opts.spell === false ? undefined : (opts.spell ?? getSpellChecker(languages.length ? ['en', 'fr'] : [], opts.cacheDir ? { cacheDir: opts.cacheDir } : {}));
  const partners: PartnerLink[] | undefined = opts.partners ?? pairWithinBudget(docs, opts);
  const findings = runChecks(
    {
      docs,
      ...(opts.glossary ? { glossary: opts.glossary } : {}),
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(partners ? { partners } : {}),
      ...(opts.rejectedPairs?.length ? { rejectedPairs: opts.rejectedPairs } : {}),
      ...(spell ? { spell } : {}),
      tools: checkTools,
    },
    {
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.docTimeLimitMs !== undefined ? { docTimeLimitMs: opts.docTimeLimitMs } : {}),
      ...(opts.onDocTimeout ? { onDocTimeout: opts.onDocTimeout } : {}),
      onError: opts.onError ?? ((event, data) => log.warn(event, data)),
    },
  );
  return { docs, findings };
}
