// The check session kept where the checks run (the analysis worker, or in-process): a full run
// with a session key keeps its state; a re-check names that key and sends only the documents
// whose texts changed, and gets back only the documents whose findings changed. One session is
// kept (one project is open), and none for a corpus too large to keep in memory twice.
import type { CheckSession } from '../../../shared/checks/engine.js';
import type { CorpusDoc, Finding, PartialCheck, PartnerLink, RunOptions } from '../../../shared/checks/types.js';
import type { CheckRequest } from '../workers/protocol.js';
import { checkCorpus, pairWithinBudget, type CheckInput } from './run.js';

/** Beyond this many characters in all, a run keeps no session (re-checks are full runs then). */
export const MAX_SESSION_CHARS = 16_000_000;

export interface RecheckRequest {
  /** The key of the run this one continues (the session must still be that run's). */
  from: string;
  /** The key this run's state is kept under for the next re-check. */
  key: string;
  /** The documents whose text, name or language changed, with their ids and languages. */
  inputs: Array<Required<Pick<CheckInput, 'id' | 'language'>> & CheckInput>;
  /** The project's pairs in effect (absent: none, documents are paired as in the full run). */
  partners?: PartnerLink[];
  rejectedPairs?: Array<{ a: string; b: string }>;
  /** Time budget of each document's checks (see RunOptions.docTimeLimitMs). */
  docTimeLimitMs?: number;
}

/**
 * A full run's findings, and the documents stopped at their time budget: they have none, except a
 * very large document checked in windows, which keeps its first `checkedChars` (in `partial`).
 */
export interface CheckResult {
  findings: Finding[];
  timedOut: string[];
  partial?: Array<{ docId: string } & PartialCheck>;
}

export type RecheckResult =
  /** No session for `from` (another run came between, the worker restarted): run in full. */
  | { stale: true }
  /** The documents whose findings changed, and all their findings (in corpus order). */
  | { stale: false; changed: string[]; findings: Finding[]; runs: number; timedOut: string[] };

export class CheckSessions {
  private held: { key: string; session: CheckSession; paired: boolean } | null = null;

  check(req: CheckRequest, run: RunOptions = {}): CheckResult {
    this.held = null;
    const timedOut = new Set<string>();
    const partial: NonNullable<CheckResult['partial']> = [];
    const size = req.inputs.reduce((n, d) => n + d.text.length, 0);
    const key = req.session;
    const { findings } = checkCorpus(req.inputs, {
      ...(req.glossary ? { glossary: req.glossary } : {}),
      ...(req.profile ? { profile: req.profile } : {}),
      ...(req.cacheDir ? { cacheDir: req.cacheDir } : {}),
      ...(req.partners ? { partners: req.partners } : {}),
      ...(req.rejectedPairs ? { rejectedPairs: req.rejectedPairs } : {}),
      ...(req.docTimeLimitMs !== undefined ? { docTimeLimitMs: req.docTimeLimitMs } : {}),
      ...run,
      onDocTimeout: (id: string, part?: PartialCheck) => {
        timedOut.add(id);
        if (part) partial.push({ docId: id, ...part });
        run.onDocTimeout?.(id, part);
      },
      ...(key !== undefined && size <= MAX_SESSION_CHARS
        ? {
            keepSession: (session: CheckSession, paired: boolean) => {
              this.held = { key, session, paired };
            },
          }
        : {}),
    });
    return { findings, timedOut: [...timedOut], ...(partial.length ? { partial } : {}) };
  }

  recheck(req: RecheckRequest, run: RunOptions = {}): RecheckResult {
    const h = this.held;
    if (!h || h.key !== req.from || !h.session.usable) return { stale: true };
    // Until this update completes the session is no run's state (a cancel leaves it unusable).
    this.held = null;
    const model = h.session.model;
    const docs: CorpusDoc[] = [];
    for (const d of req.inputs) {
      const v = model.byId.get(d.id);
      // A document the session does not hold (added since): only a full run knows it.
      if (!v) return { stale: true };
      docs.push({ id: d.id, name: d.name, language: d.language, text: d.text });
    }
    // Pairs given before and none now (or the reverse is fine): a full run would pair by itself.
    if (req.partners === undefined && !h.paired) return { stale: true };
    let partners = req.partners;
    if (partners === undefined) {
      // Nothing paired by the editor: the full run paired the documents, so pairing follows the texts.
      const changed = new Map(docs.map((d) => [d.id, d]));
      const all = model.views.map((v) => changed.get(v.doc.id) ?? v.doc);
      partners = pairWithinBudget(all, { ...run, ...(req.docTimeLimitMs !== undefined ? { docTimeLimitMs: req.docTimeLimitMs } : {}) }) ?? [];
    }
    const r = h.session.update(
      { docs, partners: partners ?? [], rejectedPairs: req.rejectedPairs ?? [] },
      { ...run, ...(req.docTimeLimitMs !== undefined ? { docTimeLimitMs: req.docTimeLimitMs } : {}) },
    );
    this.held = { session: h.session, key: req.key, paired: req.partners === undefined };
    const changed = new Set(r.changed);
    return {
      stale: false,
      changed: r.changed,
      findings: r.findings.filter((f) => changed.has(f.docId)),
      runs: r.runs,
      timedOut: h.session.timedOutDocs(),
    };
  }

  clear(): void {
    this.held = null;
  }
}
