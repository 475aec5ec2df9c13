// runChecks: builds the corpus model, runs every enabled rule, returns sorted, de-duplicated findings.
import { defaultSafety } from './safety.js';
import { CorpusModel, type DocView } from './corpus.js';
import { severityRank, type OptionValue } from './profile.js';
import type { Draft, Rule, RuleEnv } from './rule.js';
import { RULES } from './rules/index.js';
import type { CheckContext, Finding, RunOptions } from './types.js';
import { assignFindingIds } from './finding-id.js';
import { storedEvidence, storedMessage } from './messages/render.js';

export class CheckCancelled extends Error {
  constructor() {
    super('job.cancelled');
  }
}

/** One document's time budget is spent (caught by the engine: that document only is dropped). */
class DocTimeLimit extends Error {}

/** Checkpoints between two looks at the clock (the signal is looked at every time: it is a flag). */
const CLOCK_EVERY = 256;

export function ruleEnabled(rule: Rule, model: CorpusModel): boolean {
  const p = model.profile;
  if (p.categories?.[rule.category] === false) return false;
  return p.rules?.[rule.id]?.enabled !== false;
}

export function runChecks(ctx: CheckContext, opts: RunOptions = {}, rules: Rule[] = RULES): Finding[] {
  const model = new CorpusModel(ctx, opts.onError);
  const active = rules.filter((r) => ruleEnabled(r, model));
  const docRules = active.filter((r) => r.scope === 'doc');
  const corpusRules = active.filter((r) => r.scope === 'corpus');
  // One step per rule on each document (not per document): a pair of two long documents must not
  // sit at "1 of 5" for seconds.
  const total = model.views.length * docRules.length + corpusRules.length;
  let done = 0;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const minRank = severityRank(model.profile.minSeverity ?? 'info');
  // The running document's deadline (doc rules only; corpus rules answer to the signal alone).
  let deadline = Infinity;
  let ticks = 0;
  const timedOut = new Set<string>();
  const checkpoint = () => {
    if (opts.signal?.aborted) throw new CheckCancelled();
    if (deadline !== Infinity && ++ticks % CLOCK_EVERY === 0 && Date.now() > deadline) throw new DocTimeLimit();
  };

  const envFor = (rule: Rule): RuleEnv => ({
    model,
    opt<T extends OptionValue>(name: string): T {
      const v = model.profile.rules?.[rule.id]?.options?.[name] ?? rule.defaults?.[name];
      return v as T;
    },
    checkpoint,
    emit(view: DocView, d: Draft) {
      checkpoint();
      if (timedOut.has(view.doc.id)) return;
      if (d.end <= d.start || d.start < 0 || d.end > view.text.length) return;
      const severity = model.profile.rules?.[rule.id]?.severity ?? d.severity ?? rule.severity;
      if (severityRank(severity) < minRank) return;
      const text = view.text.slice(d.start, d.end);
      const key = `${view.doc.id}\u0000${rule.id}\u0000${d.start}\u0000${d.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      const f: Finding = {
        id: '', // assigned once all findings are in (finding-id.ts)
        docId: view.doc.id,
        category: d.category ?? rule.category,
        rule: rule.id,
        severity,
        start: d.start,
        end: d.end,
        text,
        suggestions: d.suggestions ?? [],
        // A malformed reference (a rule of an older style) still shows, as its words or its rule.
        message: storedMessage(d.message) ?? { key: rule.id },
        safe: d.safe ?? defaultSafety(d.category ?? rule.category, severity, d.suggestions ?? []),
      };
      const evidence = storedEvidence(d.evidence);
      if (evidence.length) f.evidence = evidence;
      findings.push(f);
    },
  });

  const docEnvs = docRules.map((r) => ({ rule: r, env: envFor(r) }));
  for (const view of model.views) {
    if (opts.signal?.aborted) throw new CheckCancelled();
    if (opts.docTimeLimitMs !== undefined) deadline = Date.now() + opts.docTimeLimitMs;
    const before = findings.length;
    const doneBefore = done;
    try {
      for (const { rule, env } of docEnvs) {
        checkpoint();
        if (!rule.languages || rule.languages.includes(view.lang)) rule.run(env, view);
        if (Date.now() > deadline) throw new DocTimeLimit();
        opts.onProgress?.(++done, total);
      }
    } catch (e) {
      if (!(e instanceof DocTimeLimit)) throw e;
      // Half a check is not shown as a check: the document's findings go, the others stay.
      findings.length = before;
      timedOut.add(view.doc.id);
      opts.onDocTimeout?.(view.doc.id);
      done = doneBefore + docEnvs.length;
    }
  }
  deadline = Infinity;
  for (const rule of corpusRules) {
    if (opts.signal?.aborted) throw new CheckCancelled();
    rule.run(envFor(rule));
    opts.onProgress?.(++done, total);
  }
  const order = new Map(model.views.map((v, i) => [v.doc.id, i]));
  findings.sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return assignFindingIds(
    findings,
    (id) => model.byId.get(id)?.text ?? '',
    () => {
      if (opts.signal?.aborted) throw new CheckCancelled();
    },
  );
}
