// Checks a set of decoded texts as ONE corpus: detects languages, splits sentences, finds
// partner documents and aligns them, loads the dictionaries, then runs the shared engine.
import { alignSentences } from '../../../shared/align/index.js';
import type { Glossary } from '../../../shared/checks/glossary/types.js';
import { CheckCancelled, CheckSession } from '../../../shared/checks/engine.js';
import type { CheckProfile } from '../../../shared/checks/profile.js';
import type { CheckTools, CorpusDoc, Finding, PartnerLink, RunOptions, SpellChecker } from '../../../shared/checks/types.js';
import { detectDocument, detectLanguage } from '../../../shared/lang/index.js';
import { splitSentences } from '../../../shared/segment/index.js';
import { findPartners } from './partners.js';
import { getSpellChecker } from './spell.js';
import { checkLargeDocument, LARGE_DOC_CHARS, spreadSample, WINDOW_CHARS } from './large-docs.js';
import { log } from '../log/logger.js';

export interface CheckInput {
  id?: string;
  name: string;
  text: string;
  language?: string;
}

export interface CorpusCheckOptions extends RunOptions {
  /**
   * Given: told the check session of the run (the model and every rule's findings), for checking
   * again after edits (check-session.ts); `paired`: the partners were found here, not given.
   * Not called when a document is checked alone in windows (large-docs.ts).
   */
  keepSession?: (session: CheckSession, paired: boolean) => void;
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
  /**
   * Window size for very large documents (tests use small ones): a document over twice this is
   * checked alone, window by window (large-docs.ts), within its time budget and bounded memory.
   */
  windowChars?: number;
  /** The clock of very large documents' budgets (Date.now; tests stop the budget at a chosen point). */
  now?: () => number;
  /**
   * When the caller started on these files (Date.now): the first very large document's budget then
   * also counts the reading, start-up and language sampling before its windows (not the ordinary
   * documents' checks, which have budgets of their own), so a file's whole handling stays within it.
   */
  budgetFrom?: number;
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
export function pairWithinBudget(docs: CorpusDoc[], opts: Pick<CorpusCheckOptions, 'docTimeLimitMs' | 'signal'>): PartnerLink[] | undefined {
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
  const windowChars = opts.windowChars ?? WINDOW_CHARS;
  const largeAbove = opts.windowChars !== undefined ? 2 * windowChars : LARGE_DOC_CHARS;
  const isLarge = (text: string) => text.length > largeAbove;
  const docs: CorpusDoc[] = inputs.map((d, i) => ({
    id: d.id ?? `doc${i}`,
    name: d.name,
    // A large document's language is read from a spread sample (bounded work; same answer on a
    // document in one language, which is what a multi-megabyte file is).
    language: d.language ?? documentLanguage(isLarge(d.text) ? spreadSample(d.text).text : d.text),
    text: d.text,
  }));
  const languages = [...new Set(docs.map((d) => d.language).filter((l) => l === 'en' || l === 'fr'))];
  const spell =
    opts.spell === false ? undefined : (opts.spell ?? getSpellChecker(languages.length ? ['en', 'fr'] : [], opts.cacheDir ? { cacheDir: opts.cacheDir } : {}));
  const large = docs.filter((d) => isLarge(d.text));
  // Progress in hundredths of a step when there are large documents (one step each, done by windows).
  let steps = 0;
  const ordinaryFrom = Date.now();
  const findings = checkCorpusOf(
    large.length ? docs.filter((d) => !isLarge(d.text)) : docs,
    spell,
    opts,
    large.length && opts.onProgress
      ? (done, total) => {
          steps = total;
          opts.onProgress!(done * 100, (total + large.length) * 100);
        }
      : opts.onProgress,
    large.length === 0,
  );
  // Large documents: alone (not paired, not evidence for the others), in windows, each within
  // its own budget (from the moment it starts) and the user's cancel.
  const ordinaryMs = Date.now() - ordinaryFrom;
  large.forEach((doc, k) => {
    const now = opts.now ?? Date.now;
    const from = k === 0 && opts.budgetFrom !== undefined ? Math.min(now(), opts.budgetFrom + ordinaryMs) : now();
    const deadline = opts.docTimeLimitMs !== undefined ? from + opts.docTimeLimitMs : Infinity;
    const found = checkLargeDocument(doc, {
      now,
      context: {
        ...(opts.glossary ? { glossary: opts.glossary } : {}),
        ...(opts.profile ? { profile: opts.profile } : {}),
        ...(spell ? { spell } : {}),
        tools: checkTools,
      },
      signal: opts.signal,
      deadline,
      windowChars,
      onError: opts.onError ?? ((event, data) => log.warn(event, data)),
      ...(opts.onProgress ? { onProgress: (f: number) => opts.onProgress!(Math.round((steps + k + f) * 100), (steps + large.length) * 100) } : {}),
    });
    // Past its budget, the windows checked to the end keep their findings: the document is
    // reported as partly checked (check.timeLimit with how far it got), not emptied.
    for (const f of found.findings) findings.push(f);
    if (!found.complete) {
      const checked = found.checkedChars;
      log.warn('checks.largeDocumentOverBudget', { docId: doc.id, chars: doc.text.length, checkedChars: checked, seconds: (opts.docTimeLimitMs ?? 0) / 1000 });
      if (checked > 0) opts.onDocTimeout?.(doc.id, { checkedChars: checked, totalChars: doc.text.length });
      else opts.onDocTimeout?.(doc.id);
    }
    opts.onProgress?.((steps + k + 1) * 100, (steps + large.length) * 100);
  });
  if (large.length) {
    const order = new Map(docs.map((d, i) => [d.id, i]));
    findings.sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  }
  return { docs, findings };
}

/** The corpus of ordinary documents: paired, then checked together by the shared engine. */
function checkCorpusOf(
  docs: CorpusDoc[],
  spell: SpellChecker | undefined,
  opts: CorpusCheckOptions,
  onProgress: RunOptions['onProgress'],
  whole: boolean,
): Finding[] {
  if (docs.length === 0) return [];
  const partners: PartnerLink[] | undefined = opts.partners ?? pairWithinBudget(docs, opts);
  const onError = opts.onError ?? ((event: string, data: Record<string, unknown>) => log.warn(event, data));
  const session = new CheckSession(
    {
      docs,
      ...(opts.glossary ? { glossary: opts.glossary } : {}),
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(partners ? { partners } : {}),
      ...(opts.rejectedPairs?.length ? { rejectedPairs: opts.rejectedPairs } : {}),
      ...(spell ? { spell } : {}),
      tools: checkTools,
    },
    undefined,
    onError,
  );
  const findings = session.run({
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(opts.docTimeLimitMs !== undefined ? { docTimeLimitMs: opts.docTimeLimitMs } : {}),
    ...(opts.onDocTimeout ? { onDocTimeout: opts.onDocTimeout } : {}),
    onError,
  });
  // Only a session over the whole corpus can be updated (large documents are checked apart).
  if (whole) opts.keepSession?.(session, opts.partners === undefined);
  return findings;
}
