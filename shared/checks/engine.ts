// The check engine. runChecks: builds the corpus model, runs every enabled rule, returns sorted,
// de-duplicated findings. CheckSession keeps what a run built (the model, every rule's findings
// per document, what each rule read of the corpus statistics) so that after an edit only what
// the edit can change is checked again (update()): the edited documents' rules, the rules of
// other documents that read a statistic the edit moved, and the corpus-scoped rules. Its
// findings are those a full run on the same inputs gives (tests/checks/incremental.test.ts).
import { defaultSafety } from './safety.js';
import { CorpusModel, OTHER_DOCUMENTS, type DocView } from './corpus.js';
import { severityRank, type OptionValue } from './profile.js';
import type { Draft, Rule, RuleEnv, RuleInput } from './rule.js';
import { RULES } from './rules/index.js';
import type { CheckContext, CorpusDoc, Finding, PartnerLink, RunOptions } from './types.js';
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
/** Progress is told in hundredths of a rule run; within a long run, a step this often (ms). */
const STEP = 100;
const BEAT_MS = 250;

const ALL_INPUTS: readonly RuleInput[] = ['text', 'corpus', 'partners'];
/** What a rule depends on; a rule that does not say is taken to depend on everything. */
export const ruleInputs = (rule: Rule): readonly RuleInput[] => rule.inputs ?? ALL_INPUTS;

export function ruleEnabled(rule: Rule, model: CorpusModel): boolean {
  const p = model.profile;
  if (p.categories?.[rule.category] === false) return false;
  return p.rules?.[rule.id]?.enabled !== false;
}

export function runChecks(ctx: CheckContext, opts: RunOptions = {}, rules: Rule[] = RULES): Finding[] {
  return new CheckSession(ctx, rules, opts.onError).run(opts);
}

/** What changed since the last run: documents' new texts (same ids), and the partner links. */
export interface CheckChange {
  docs: CorpusDoc[];
  /** The links in effect now (given: compared with the ones in effect; absent: unchanged). */
  partners?: PartnerLink[];
  rejectedPairs?: Array<{ a: string; b: string }>;
}

export interface UpdateResult {
  /** Every finding, as runChecks on the current inputs gives them. */
  findings: Finding[];
  /** The documents whose findings changed (ids, offsets or content), in corpus order. */
  changed: string[];
  /** Rule runs done: (rule × document) for doc-scoped rules, one per corpus-scoped rule. */
  runs: number;
}

/** Findings of one doc-scoped rule on one document, and what that run read of the corpus statistics. */
interface DocRun {
  findings: Finding[];
  reads: Set<string> | null;
}

/**
 * Progress in hundredths of a step (a rule run, or the final assembly): at the end of each step,
 * and a hundredth every BEAT_MS inside a long one (from the rules' checkpoints and the id loop;
 * never reaching the next step), so a rule that takes seconds on a long document does not
 * freeze the progress bar.
 */
class Progress {
  done = 0;
  private sub = 0;
  private at = Date.now();
  constructor(
    private readonly total: number,
    private readonly tell?: (done: number, total: number) => void,
  ) {
    tell?.(0, total * STEP);
  }
  step(): void {
    this.sub = 0;
    this.at = Date.now();
    this.tell?.(++this.done * STEP, this.total * STEP);
  }
  /** Jumps to `done` steps (a document past its budget: its remaining rules are skipped). */
  skipTo(done: number): void {
    this.done = done;
    this.sub = 0;
  }
  beat(now = Date.now()): void {
    if (this.tell && now - this.at >= BEAT_MS && this.sub < STEP - 1) {
      this.at = now;
      this.tell(this.done * STEP + ++this.sub, this.total * STEP);
    }
  }
}

/** A unit of work: a doc-scoped rule on one document, or a corpus-scoped rule. */
interface Unit {
  rule: Rule;
  docId?: string;
}

export class CheckSession {
  readonly model: CorpusModel;
  private readonly docRules: Rule[];
  private readonly corpusRules: Rule[];
  /** docId → rule id → the run's findings (before ids) and reads. */
  private readonly docRuns = new Map<string, Map<string, DocRun>>();
  /** corpus rule id → docId → findings (before ids). */
  private readonly corpusRuns = new Map<string, Map<string, Finding[]>>();
  private readonly timedOut = new Set<string>();
  /** docId → the document's findings as last returned (sorted, with ids). */
  private readonly output = new Map<string, Finding[]>();
  /** An update stopped halfway (cancel, error): the state is no longer a run's; only run() again. */
  private broken = false;
  private ran = false;

  constructor(ctx: CheckContext, rules: Rule[] = RULES, onError?: RunOptions['onError']) {
    this.model = new CorpusModel(ctx, onError);
    const active = rules.filter((r) => ruleEnabled(r, this.model));
    this.docRules = active.filter((r) => r.scope === 'doc');
    this.corpusRules = active.filter((r) => r.scope === 'corpus');
  }

  /** Whether update() can be called (a full run was made and no update broke off). */
  get usable(): boolean {
    return this.ran && !this.broken;
  }

  /** A full run: every rule on every document. */
  run(opts: RunOptions = {}): Finding[] {
    this.broken = true;
    this.docRuns.clear();
    this.corpusRuns.clear();
    this.timedOut.clear();
    this.output.clear();
    const units: Unit[] = [];
    for (const v of this.model.views) for (const rule of this.docRules) units.push({ rule, docId: v.doc.id });
    for (const rule of this.corpusRules) units.push({ rule });
    // One step per rule per document (a pair of long documents must not sit at "1 of 5"), one to assemble.
    const progress = new Progress(units.length + 1, opts.onProgress);
    this.execute(units, opts, progress);
    const findings = this.assemble(
      this.model.views.map((v) => v.doc.id),
      opts,
      progress,
    ).findings;
    this.broken = false;
    this.ran = true;
    return findings;
  }

  /**
   * Checks again what the change can have changed. Throws CheckCancelled on cancel (the session
   * is then unusable: run() again). Documents past their time budget before stay dropped unless
   * edited.
   */
  update(change: CheckChange, opts: RunOptions = {}): UpdateResult {
    if (!this.usable) throw new Error('CheckSession.update: no complete run to update');
    this.broken = true;
    const m = this.model;
    const edited = change.docs.filter((d) => {
      const v = m.byId.get(d.id);
      if (!v) throw new Error(`CheckSession.update: unknown document ${d.id}`);
      return v.text !== d.text || v.doc.language !== d.language || v.doc.name !== d.name;
    });
    const editedIds = new Set(edited.map((d) => d.id));
    const moved = edited.length ? m.replaceDocuments(edited) : new Set<string>();
    const linksChanged = change.partners !== undefined && m.setPartners(change.partners, change.rejectedPairs);
    // A doc rule that looked at other documents or at the links (recorded as OTHER_DOCUMENTS) may
    // see something else after any of them changed.
    if (edited.length > 0 || linksChanged) moved.add(OTHER_DOCUMENTS);
    for (const id of editedIds) this.timedOut.delete(id);

    // Documents whose partner links or partner documents changed (for doc rules reading partners).
    const partnerTouched = new Set<string>();
    if (linksChanged) for (const v of m.views) partnerTouched.add(v.doc.id);
    else for (const id of editedIds) for (const p of m.partnersOf(id)) partnerTouched.add(p.other.doc.id);

    const units: Unit[] = [];
    for (const v of m.views) {
      const id = v.doc.id;
      if (this.timedOut.has(id)) continue;
      const runs = this.docRuns.get(id);
      for (const rule of this.docRules) {
        const inputs = ruleInputs(rule);
        const again =
          editedIds.has(id) ||
          // Undeclared inputs: it may look at anything, so anything is a change for it.
          (rule.inputs === undefined && (edited.length > 0 || linksChanged)) ||
          (inputs.includes('partners') && partnerTouched.has(id)) ||
          // Reads are recorded for every rule (a rule that reads and does not say so is still right).
          (moved.size > 0 && readsAny(runs?.get(rule.id)?.reads, moved));
        if (again) units.push({ rule, docId: id });
      }
    }
    for (const rule of this.corpusRules) {
      const inputs = ruleInputs(rule);
      // A corpus rule's input is every document: any text change is a change of its input.
      if (edited.length > 0 || (linksChanged && inputs.includes('partners'))) units.push({ rule });
    }
    const progress = new Progress(units.length + 1, opts.onProgress);
    const touched = this.execute(units, opts, progress);
    for (const id of editedIds) touched.add(id);
    const { findings, changed } = this.assemble(
      m.views.map((v) => v.doc.id).filter((id) => touched.has(id)),
      opts,
      progress,
    );
    this.broken = false;
    return { findings, changed, runs: units.length };
  }

  /**
   * Doc-scoped rules that read what they do not declare (a declaration to fix): corpus statistics
   * without 'corpus', other documents or the links without 'partners' or 'corpus'.
   */
  undeclaredReads(): string[] {
    const out = new Set<string>();
    for (const runs of this.docRuns.values())
      for (const rule of this.docRules) {
        const reads = runs.get(rule.id)?.reads;
        if (!reads) continue;
        const inputs = ruleInputs(rule);
        const stats = reads.size > (reads.has(OTHER_DOCUMENTS) ? 1 : 0);
        if ((stats && !inputs.includes('corpus')) || (reads.has(OTHER_DOCUMENTS) && !inputs.includes('partners') && !inputs.includes('corpus')))
          out.add(rule.id);
      }
    return [...out];
  }

  /** Documents whose checks were stopped at their time budget (no findings for them), in corpus order. */
  timedOutDocs(): string[] {
    return this.model.views.map((v) => v.doc.id).filter((id) => this.timedOut.has(id));
  }

  /** Every finding as last computed, in corpus order. */
  findings(): Finding[] {
    return this.model.views.flatMap((v) => this.output.get(v.doc.id) ?? []);
  }

  /** Runs the units (one progress step each); returns the documents whose rule findings differ from before. */
  private execute(units: Unit[], opts: RunOptions, progress: Progress): Set<string> {
    const model = this.model;
    const touched = new Set<string>();
    const minRank = severityRank(model.profile.minSeverity ?? 'info');
    let deadline = Infinity;
    let ticks = 0;
    const checkpoint = () => {
      if (opts.signal?.aborted) throw new CheckCancelled();
      if (++ticks % CLOCK_EVERY !== 0) return;
      const now = Date.now();
      if (now > deadline) throw new DocTimeLimit();
      progress.beat(now);
    };
    // Where the running unit's findings go, and its de-duplication keys.
    let sink: Finding[] = [];
    let seen = new Set<string>();
    let onlyDoc: string | undefined;

    const envFor = (rule: Rule): RuleEnv => ({
      model,
      opt<T extends OptionValue>(name: string): T {
        const v = model.profile.rules?.[rule.id]?.options?.[name] ?? rule.defaults?.[name];
        return v as T;
      },
      checkpoint,
      emit(view: DocView, d: Draft) {
        checkpoint();
        // A doc rule emits for its own document only (its findings are kept per document).
        if (onlyDoc !== undefined && view.doc.id !== onlyDoc) return;
        if (d.end <= d.start || d.start < 0 || d.end > view.text.length) return;
        const severity = model.profile.rules?.[rule.id]?.severity ?? d.severity ?? rule.severity;
        if (severityRank(severity) < minRank) return;
        const text = view.text.slice(d.start, d.end);
        const key = `${view.doc.id}\u0000${d.start}\u0000${d.end}`;
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
        sink.push(f);
      },
    });
    const envs = new Map<Rule, RuleEnv>();
    const env = (rule: Rule) => envs.get(rule) ?? envs.set(rule, envFor(rule)).get(rule)!;

    // Doc units grouped by document (one time budget per document), in corpus order.
    const byDoc = new Map<string, Rule[]>();
    const corpusUnits: Rule[] = [];
    for (const u of units) {
      if (u.docId === undefined) corpusUnits.push(u.rule);
      else (byDoc.get(u.docId) ?? byDoc.set(u.docId, []).get(u.docId)!).push(u.rule);
    }
    try {
      for (const [docId, rules] of byDoc) {
        const view = model.byId.get(docId)!;
        if (opts.signal?.aborted) throw new CheckCancelled();
        if (opts.docTimeLimitMs !== undefined) deadline = Date.now() + opts.docTimeLimitMs;
        const doneBefore = progress.done;
        const fresh = new Map<string, DocRun>();
        try {
          for (const rule of rules) {
            checkpoint();
            sink = [];
            seen = new Set();
            onlyDoc = docId;
            // Every run records what it reads of the statistics: a rule's declared inputs are
            // checked against it in tests, and a rule that reads nothing never runs again for others.
            const reads = new Set<string>();
            model.track(reads, docId, ruleInputs(rule).includes('corpus'));
            try {
              if (!rule.languages || rule.languages.includes(view.lang)) rule.run(env(rule), view);
            } finally {
              model.track(null);
            }
            fresh.set(rule.id, { findings: sink, reads: reads.size ? reads : null });
            if (Date.now() > deadline) throw new DocTimeLimit();
            progress.step();
          }
        } catch (e) {
          if (!(e instanceof DocTimeLimit)) throw e;
          // Half a check is not shown as a check: the document's findings go, the others stay.
          this.docRuns.delete(docId);
          this.timedOut.add(docId);
          touched.add(docId);
          opts.onDocTimeout?.(docId);
          progress.skipTo(doneBefore + rules.length);
          continue;
        }
        let runs = this.docRuns.get(docId);
        if (!runs) this.docRuns.set(docId, (runs = new Map()));
        for (const [ruleId, r] of fresh) {
          if (!sameFindings(runs.get(ruleId)?.findings, r.findings)) touched.add(docId);
          runs.set(ruleId, r);
        }
      }
      deadline = Infinity;
      onlyDoc = undefined;
      for (const rule of corpusUnits) {
        if (opts.signal?.aborted) throw new CheckCancelled();
        sink = [];
        seen = new Set();
        rule.run(env(rule));
        const byDocNew = new Map<string, Finding[]>();
        for (const f of sink) (byDocNew.get(f.docId) ?? byDocNew.set(f.docId, []).get(f.docId)!).push(f);
        const old = this.corpusRuns.get(rule.id) ?? new Map<string, Finding[]>();
        for (const id of new Set([...old.keys(), ...byDocNew.keys()])) if (!sameFindings(old.get(id), byDocNew.get(id))) touched.add(id);
        this.corpusRuns.set(rule.id, byDocNew);
        progress.step();
      }
    } finally {
      model.track(null);
    }
    return touched;
  }

  /** Rebuilds the output of these documents (sorted, ids); returns all findings and the changed ones. */
  private assemble(docIds: string[], opts: RunOptions, progress: Progress): { findings: Finding[]; changed: string[] } {
    const changed: string[] = [];
    let ticks = 0;
    for (const docId of docIds) {
      const list: Finding[] = [];
      if (!this.timedOut.has(docId)) {
        const runs = this.docRuns.get(docId);
        if (runs) for (const r of runs.values()) list.push(...r.findings);
        for (const perDoc of this.corpusRuns.values()) list.push(...(perDoc.get(docId) ?? []));
      }
      list.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
      // Ids are set on copies: the kept runs stay as the rules made them.
      const out = assignFindingIds(
        list.map((f) => ({ ...f })),
        (id) => this.model.byId.get(id)?.text ?? '',
        () => {
          if (opts.signal?.aborted) throw new CheckCancelled();
          if (++ticks % CLOCK_EVERY === 0) progress.beat();
        },
      );
      if (!sameFindings(this.output.get(docId), out)) changed.push(docId);
      this.output.set(docId, out);
    }
    progress.step();
    return { findings: this.findings(), changed };
  }
}

function readsAny(reads: Set<string> | null | undefined, moved: Set<string>): boolean {
  if (!reads) return false;
  const [small, big] = reads.size < moved.size ? [reads, moved] : [moved, reads];
  for (const k of small) if (big.has(k)) return true;
  return false;
}

function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const f = x[i]!;
    const g = y[i]!;
    if (f.id !== g.id || f.start !== g.start || f.end !== g.end || f.rule !== g.rule || f.text !== g.text || f.severity !== g.severity) return false;
    if (JSON.stringify(f) !== JSON.stringify(g)) return false;
  }
  return true;
}
