// The correction workflow: run the checks on the cleaned text (off-thread), keep the findings in
// original-text coordinates, and turn the editor's decisions (accept, edit, reject, apply to all,
// fix by hand) into edit records. Statuses are derived from the history, so undo covers them.
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { FindingView, FindingsState, FixOccurrence, FixResult, GlossaryEntryView } from '../../../shared/api/contract.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import {
  defaultProfile,
  glossaryToCsv,
  glossaryToTbx,
  parseGlossaryCsv,
  parseProfile,
  parseTbx,
  resolveCheckData,
  ruleInfo,
} from '../../../shared/checks/index.js';
import type { CheckProfileView } from '../../../shared/api/contract.js';
import type { Glossary, GlossaryEntry } from '../../../shared/checks/glossary/types.js';
import { readStoredFindings } from '../../../shared/checks/stored.js';
import { RankIndex, findingIdIn } from '../../../shared/checks/finding-id.js';
import { partnersFromPairs, type DecidedPair, type ProjectPartners } from '../../../shared/checks/project-partners.js';
import type { Finding, PartialCheck } from '../../../shared/checks/types.js';
import { decisionOf, FINDING_TARGET, findingDecisions, findingTarget, isFixed, type FindingDecision } from '../../../shared/history/finding-status.js';
import { historyLabel, type HistoryLabelKey } from '../../../shared/history/labels.js';
import { buildOffsetMap } from '../../../shared/history/offset-map.js';
import { activeRecords, primitives, type BatchEdit, type EditRecord, type StatusEdit, type TextEdit } from '../../../shared/history/records.js';
import { effectiveEdits } from '../../../shared/history/text-edits.js';
import type { DocumentRecord, ProjectFile } from '../../../shared/project/format.js';
import { effectiveLanguage } from '../../../shared/project/summary.js';
import type { AlignmentService } from '../alignment/alignment-service.js';
import type { HistoryService } from '../history/history-service.js';
import { legacyFindingId } from './legacy-id.js';
import { LARGE_DOC_CHARS } from '../checks/large-docs.js';
import { log } from '../log/logger.js';
import type { JobRunner } from '../jobs.js';
import { writeFileAtomic } from '../project/atomic-write.js';
import type { ProjectStore } from '../project/project-store.js';
import type { Analyzer } from '../workers/analyzer.js';

export interface FindingsDeps {
  store: ProjectStore;
  analyzer: Analyzer;
  jobs: JobRunner;
  alignment: AlignmentService;
  textOf: (rec: DocumentRecord) => Promise<string>;
  onChanged: () => void;
  /** Findings changed: of these documents only, when given (absent: any document). */
  onFindingsChanged: (docIds?: string[]) => void;
  /** These documents' cleaned text changed (a fix was made): their open views fetch it again. */
  onTextChanged?: (docIds: string[]) => void;
  /** Where every change is committed; finding statuses are registered there. */
  history: HistoryService;
  /** Where expanded spelling dictionaries are cached. */
  cacheDir?: string;
}

/** A stored finding: the engine's, with offsets in the ORIGINAL text and a stable id. */
type StoredFinding = Finding;

const newId = () => `e_${randomBytes(8).toString('hex')}`;
const now = () => new Date().toISOString();
const noSuchSuggestion = (index: number, count: number) => new WorkbenchError('finding.noSuchSuggestion', { index, count });

/**
 * Time budget of one document's checks in the app (as `bitext check`'s default): a document past
 * it is shown as stopped (check.timeLimit), and the other documents' findings are published.
 */
// 8 s of checks leaves room for reading, start-up and output within the 10 s a file may take.
export const CHECK_DOC_TIME_LIMIT_MS = 8_000;

/** Checks re-run this long after the last edit (a burst of edits gives one run; the re-check is incremental). */
export const RECHECK_DELAY_MS = 600;

type OffsetMap = ReturnType<typeof buildOffsetMap>;
type RawFinding = Finding;

/** What the checks are given, read from the project: cleaned texts and the offset maps back. */
interface CheckInputs {
  inputs: Array<{ id: string; name: string; text: string; language: string }>;
  maps: Map<string, OffsetMap>;
  originals: Map<string, string>;
  /** Documents with text edits (checked in their cleaned text). */
  edited: Set<string>;
}

/** The last run's state on this side: what its session in the analyzer holds, to re-check from. */
interface SessionState {
  key: string;
  /** What was checked, per document: cleaned text, name, language (the session's documents). */
  checked: Map<string, { text: string; name: string; language: string }>;
  /** The same of the very large documents, checked alone (no session: a change is a full run). */
  large: Map<string, { text: string; name: string; language: string }>;
  /** Glossary, profile and ignore rules of the run: a change of them is a full run. */
  config: string;
  /** The engine's findings per document (cleaned-text offsets), to map again after an edit. */
  raw: Map<string, RawFinding[]>;
}

export class FindingsService {
  private findings: StoredFinding[] | null = null;
  private recheckTimer: NodeJS.Timeout | null = null;
  private recheckRunning: Promise<unknown> | null = null;
  private session: SessionState | null = null;
  /** Per-document time budget of the checks (tests lower it). */
  docTimeLimitMs = CHECK_DOC_TIME_LIMIT_MS;
  /** Above this many characters a document is checked alone, after the others (tests lower it). */
  largeDocChars = LARGE_DOC_CHARS;
  /** Documents whose checks were stopped at the budget in the last run (no findings for them). */
  private timedOut: string[] = [];
  /** Of those, very large documents checked in windows: how far they got (their findings are kept). */
  private partial = new Map<string, PartialCheck>();
  /** Per edited document: finding ids in its original text (see stored()). */
  private readonly originalIds = new Map<string, { original: string; ids: Map<string, string> }>();
  private readonly sessionPrefix = randomBytes(6).toString('hex');
  private sessionSeq = 0;

  constructor(private readonly d: FindingsDeps) {
    // A finding's status is derived from the history itself: nothing else to change on undo/redo.
    d.history.register('status:finding', { stage: () => undefined });
  }

  private get file(): string {
    return path.join(this.d.store.dir, 'findings.json');
  }

  private async load(): Promise<StoredFinding[]> {
    if (this.findings) return this.findings;
    try {
      this.findings = readFindingsFile(JSON.parse(await fsp.readFile(this.file, 'utf8')) as unknown);
    } catch (e) {
      // Findings are derived (the checks rebuild them); a missing or damaged file means "not checked yet".
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('findings.unreadable', { file: this.file, error: e });
      this.findings = [];
    }
    return this.findings;
  }

  textEdits(docId: string): TextEdit[] {
    return effectiveEdits(activeRecords(this.d.store.project.history).filter((r): r is TextEdit => r.kind === 'text' && r.docId === docId));
  }

  async cleanText(rec: DocumentRecord): Promise<{ original: string; cleaned: string; edits: TextEdit[] }> {
    const original = await this.d.textOf(rec);
    const edits = this.textEdits(rec.id);
    return { original, cleaned: buildOffsetMap(original, edits).cleaned, edits };
  }

  glossary(): Glossary {
    return this.d.store.project.glossary as Glossary;
  }

  /** The cleaned text of every document, as the checks see it, and the maps back to the original. */
  private async checkInputs(): Promise<CheckInputs> {
    const maps = new Map<string, OffsetMap>();
    const originals = new Map<string, string>();
    const inputs: CheckInputs['inputs'] = [];
    const edited = new Set<string>();
    for (const rec of this.d.store.project.documents) {
      const original = await this.d.textOf(rec);
      const edits = this.textEdits(rec.id);
      if (edits.length) edited.add(rec.id);
      const map = buildOffsetMap(original, edits);
      maps.set(rec.id, map);
      originals.set(rec.id, original);
      inputs.push({ id: rec.id, name: rec.name, text: map.cleaned, language: effectiveLanguage(rec) });
    }
    return { inputs, maps, originals, edited };
  }

  /** What a change of makes a re-check a full run: glossary, profile, ignore rules. */
  private configKey(): string {
    const p = this.d.store.project;
    return JSON.stringify([p.glossary, p.checkProfile ?? null, p.ignoreRules, this.d.cacheDir ?? null]);
  }

  private nextSessionKey(): string {
    return `${this.sessionPrefix}:${++this.sessionSeq}`;
  }

  /** "Re-run checks": every rule on every document. */
  async runChecks(): Promise<FindingsState> {
    // A document imported after this moment was not part of this run (see unchecked in state()).
    const startedAt = now();
    const config = this.configKey();
    const ci = await this.checkInputs();
    const profile = this.d.store.project.checkProfile;
    const partners = await this.projectPartners(ci.maps);
    const key = this.nextSessionKey();
    this.session = null;
    const request =
      (inputs: CheckInputs['inputs'], session?: string) => (ctx: { signal: { aborted: boolean }; progress: (done: number, total?: number) => void }) =>
        this.d.analyzer.check(
          {
            inputs,
            glossary: this.glossary(),
            ...(profile ? { profile: parseProfile(profile) } : {}),
            ...(this.d.cacheDir ? { cacheDir: this.d.cacheDir } : {}),
            ...(partners ? { partners: partners.partners, rejectedPairs: partners.rejectedPairs } : {}),
            ...(session ? { session } : {}),
            docTimeLimitMs: this.docTimeLimitMs,
          },
          { signal: ctx.signal, onProgress: (done, total) => ctx.progress(done, total) },
        );
    // A very large document is checked alone (as checkCorpus does: not paired, no evidence for the
    // others), so it runs after the others as a job of its own and their findings show first.
    const large = ci.inputs.filter((d) => d.text.length > this.largeDocChars);
    const ordinary = ci.inputs.filter((d) => d.text.length <= this.largeDocChars);
    const raw = new Map<string, RawFinding[]>(ci.inputs.map((d) => [d.id, []]));
    // Findings of documents no longer in the project go, except those settled by a fix (as before).
    const settled = this.statuses();
    const present = new Set(ci.inputs.map((d) => d.id));
    this.findings = (this.findings ?? (await this.load())).filter((f) => present.has(f.docId) || isFixed(statusOf(settled, f).status));
    const stoppedLarge = this.timedOut.filter((id) => large.some((d) => d.id === id));
    if (!large.length) this.partial.clear();
    if (ordinary.length) {
      const { value } = await this.d.jobs.run('check', 1, request(ordinary, key));
      for (const f of value.findings) raw.get(f.docId)?.push(f);
      this.timedOut = [...value.timedOut, ...stoppedLarge];
      await this.replaceFindings(
        ci,
        ordinary.map((d) => d.id),
        raw,
        startedAt,
      );
      this.session = {
        key,
        config,
        checked: new Map(ordinary.map((d) => [d.id, { text: d.text, name: d.name, language: d.language }])),
        large: new Map(large.map((d) => [d.id, { text: d.text, name: d.name, language: d.language }])),
        raw,
      };
      this.d.onFindingsChanged(large.length ? ordinary.map((d) => d.id) : undefined);
    }
    if (large.length) {
      const { value } = await this.d.jobs.run('check', 1, request(large));
      for (const f of value.findings) raw.get(f.docId)?.push(f);
      this.timedOut = [...this.timedOut.filter((id) => !large.some((d) => d.id === id)), ...value.timedOut];
      this.partial = new Map((value.partial ?? []).map(({ docId, ...p }) => [docId, p]));
      await this.replaceFindings(
        ci,
        large.map((d) => d.id),
        raw,
        startedAt,
      );
      this.d.onFindingsChanged(ordinary.length ? large.map((d) => d.id) : undefined);
    }
    return this.state();
  }

  /**
   * After edits: only what they can have changed is checked again (shared/checks/engine.ts
   * CheckSession), from the state the last run left in the analyzer. Falls back to a full run
   * when there is none (first run, worker restarted, a run came between), when documents were
   * added or removed, a very large document changed, or the glossary, profile or ignore rules.
   */
  async recheck(): Promise<FindingsState> {
    const s = this.session;
    const docs = this.d.store.project.documents;
    const known = (id: string) => s?.checked.has(id) || s?.large.has(id);
    if (!s || s.config !== this.configKey() || docs.length !== s.checked.size + s.large.size || docs.some((d) => !known(d.id))) return this.runChecks();
    const startedAt = now();
    const ci = await this.checkInputs();
    const differs = (was: { text: string; name: string; language: string }, d: CheckInputs['inputs'][number]) =>
      was.text !== d.text || was.name !== d.name || was.language !== d.language;
    if (ci.inputs.some((d) => (s.large.has(d.id) ? differs(s.large.get(d.id)!, d) : d.text.length > this.largeDocChars))) return this.runChecks();
    const changedInputs = ci.inputs.filter((d) => s.checked.has(d.id) && differs(s.checked.get(d.id)!, d));
    const partners = await this.projectPartners(ci.maps);
    const key = this.nextSessionKey();
    this.session = null;
    const { value } = await this.d.jobs.run('check', 1, (ctx) =>
      this.d.analyzer.recheck(
        {
          from: s.key,
          key,
          inputs: changedInputs,
          ...(partners ? { partners: partners.partners, rejectedPairs: partners.rejectedPairs } : {}),
          docTimeLimitMs: this.docTimeLimitMs,
        },
        { signal: ctx.signal, onProgress: (done, total) => ctx.progress(done, total) },
      ),
    );
    if (value.stale) return this.runChecks();
    // A document stopped at its budget (or no longer) is a change of what the editor sees of it.
    const stoppedBefore = new Set(this.timedOut);
    this.timedOut = [...value.timedOut, ...this.timedOut.filter((id) => s.large.has(id))];
    const stoppedChanged = [...new Set([...stoppedBefore, ...this.timedOut])].filter((id) => stoppedBefore.has(id) !== this.timedOut.includes(id));
    const raw = new Map(s.raw);
    for (const id of value.changed) raw.set(id, []);
    for (const f of value.findings) raw.get(f.docId)?.push(f);
    // Documents to map again: their findings changed, or their text did (offsets and ids in the
    // original text follow the edits even where the checks found the same).
    const redo = [...new Set([...value.changed, ...changedInputs.map((d) => d.id)])];
    const changedDocs = await this.replaceFindings(ci, redo, raw, startedAt);
    this.session = {
      key,
      config: s.config,
      checked: new Map(ci.inputs.filter((d) => s.checked.has(d.id)).map((d) => [d.id, { text: d.text, name: d.name, language: d.language }])),
      large: s.large,
      raw,
    };
    for (const id of stoppedChanged) if (!changedDocs.includes(id)) changedDocs.push(id);
    if (changedDocs.length) this.d.onFindingsChanged(changedDocs);
    return this.state();
  }

  /**
   * Replaces these documents' stored findings by the engine's (`raw`), keeping the findings the
   * editor settled by a fix (the fixed text no longer shows them: the panel keeps showing what
   * was done, and undo can bring them back); saves. Returns the documents whose findings changed.
   */
  private async replaceFindings(ci: CheckInputs, docIds: readonly string[], raw: ReadonlyMap<string, RawFinding[]>, startedAt: string): Promise<string[]> {
    const redo = new Set(docIds);
    const old = this.findings ?? (await this.load());
    const settled = this.statuses();
    const byDoc = new Map<string, StoredFinding[]>();
    for (const f of old) (byDoc.get(f.docId) ?? byDoc.set(f.docId, []).get(f.docId)!).push(f);
    const changed: string[] = [];
    for (const id of redo) {
      const before = byDoc.get(id) ?? [];
      const fresh = this.stored(id, raw.get(id) ?? [], ci);
      const seen = new Set(fresh.map((f) => f.id));
      const after = [...fresh, ...before.filter((f) => isFixed(statusOf(settled, f).status) && !seen.has(f.id))];
      // Changed means other findings or other contents, not another order (a fixed one moves to the end).
      if (JSON.stringify(byId(after)) !== JSON.stringify(byId(before))) changed.push(id);
      byDoc.set(id, after);
    }
    // Project order; documents no longer in the project (settled findings only) at the end.
    const order = ci.inputs.map((d) => d.id);
    const rest = [...byDoc.keys()].filter((id) => !ci.maps.has(id));
    await this.save(
      [...order, ...rest].flatMap((id) => byDoc.get(id) ?? []),
      startedAt,
    );
    return changed;
  }

  /** One document's stored findings from the engine's: ignore rules, original offsets, stable ids. */
  private stored(docId: string, raw: RawFinding[], ci: CheckInputs): StoredFinding[] {
    const ignore = new Set(this.d.store.project.ignoreRules.map((r) => `${r.rule}\u0000${r.text}`));
    const map = ci.maps.get(docId);
    if (!map) return [];
    const original = ci.originals.get(docId)!;
    const edited = ci.edited.has(docId);
    const mapped: Array<{ f: RawFinding; start: number; end: number }> = [];
    for (const f of raw) {
      if (ignore.has(`${f.rule}\u0000${f.text}`)) continue;
      const start = map.toOriginal(f.start, 'start');
      const end = Math.max(start, map.toOriginal(f.end, 'end'));
      mapped.push({ f, start, end });
    }
    // A document without edits was checked in its original text: the engine's ids are already
    // the ids in the original (same function, same text, same offsets), computing them again
    // cost a pass over the whole text per document.
    // An id in the original text is a function of that text and the finding's rule, text and
    // original span: kept per document (while its original text stays), a re-check after an
    // edit computes only the ids of findings it had not seen (the rank index is a pass over it).
    let cache = this.originalIds.get(docId);
    if (edited && (!cache || cache.original !== original)) this.originalIds.set(docId, (cache = { original, ids: new Map() }));
    const keyOf = (f: RawFinding, start: number, end: number) => `${f.rule}\u0000${start}\u0000${end}\u0000${f.text}`;
    const unseen = edited ? mapped.filter((m) => !cache!.ids.has(keyOf(m.f, m.start, m.end))) : [];
    // Few new ids: each counts its window directly; many: one pass builds the index.
    const ranks = unseen.length > 16 ? new RankIndex(original, unseen) : undefined;
    const ids = new Map<string, string>();
    const seen = new Set<string>();
    const out: StoredFinding[] = [];
    for (const { f, start, end } of mapped) {
      // Ids anchored in the original text, which edits never change: decisions stay attached
      // however the cleaned text moves around them (shared/checks/finding-id.ts).
      let id = f.id;
      if (edited) {
        const k = keyOf(f, start, end);
        id = cache!.ids.get(k) ?? findingIdIn(original, f.docId, f.rule, f.text, start, end, ranks);
        ids.set(k, id);
      }
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ ...f, id, start, end });
    }
    if (edited) cache!.ids = ids;
    else this.originalIds.delete(docId);
    return out;
  }

  private async save(findings: StoredFinding[], startedAt: string): Promise<void> {
    this.findings = findings;
    await writeFileAtomic(this.file, JSON.stringify(findings));
    await this.d.store.update((p) => {
      p.checks.checkedAt = startedAt;
    });
  }

  /**
   * What the editor decided about pairs, for the checks: the project's pairs (rejected ones left
   * out, hand-made and confirmed ones in) with their alignments as edited, sentence spans mapped
   * to the cleaned text. Undefined while nothing was paired: the checks then pair by themselves.
   */
  private async projectPartners(maps: ReadonlyMap<string, OffsetMap>): Promise<ProjectPartners | undefined> {
    const pairs = this.d.store.project.pairs;
    if (pairs.length === 0) return undefined;
    const decided: DecidedPair[] = [];
    for (const p of pairs) {
      if (!maps.has(p.a) || !maps.has(p.b)) continue;
      const file = p.status === 'rejected' ? null : await this.d.alignment.storedAlignment(p.id);
      decided.push({ a: p.a, b: p.b, kind: p.kind, status: p.status, origin: p.origin, alignment: file });
    }
    return partnersFromPairs(decided, (docId, pos) => maps.get(docId)!.toCleaned(pos));
  }

  /** The editor's decisions, derived from the history in effect (shared/history/finding-status.ts). */
  private statuses(): Map<string, FindingDecision> {
    return findingDecisions(this.d.store.project.history);
  }

  /**
   * The documents whose findings an undone or redone record changes (its text edits, its decisions
   * on findings), for findings-changed {docIds}; undefined when a decided finding is not known here
   * (then any may have changed).
   */
  findingDocsOf(record: EditRecord): string[] | undefined {
    const docs = new Set<string>();
    for (const r of primitives(record)) {
      if (r.kind === 'text') docs.add(r.docId);
      else if (r.kind === 'status' && r.target.startsWith(FINDING_TARGET)) {
        const id = r.target.slice(FINDING_TARGET.length);
        const f = this.findings?.find((x) => x.id === id);
        if (!f) return undefined;
        docs.add(f.docId);
      }
    }
    return [...docs];
  }

  /** `docIds`: those documents' findings only (the renderer refetching what an event named). */
  async state(docIds?: readonly string[]): Promise<FindingsState> {
    const only = docIds ? new Set(docIds) : null;
    const findings = (await this.load()).filter((f) => !only || only.has(f.docId));
    const statuses = this.statuses();
    const names = new Map(this.d.store.project.documents.map((x) => [x.id, x]));
    const texts = new Map<string, string>();
    const views: FindingView[] = [];
    const counts: Record<string, { open: number; total: number }> = {};
    for (const f of findings) {
      const rec = names.get(f.docId);
      if (!rec) continue;
      let text = texts.get(f.docId);
      if (text === undefined) {
        text = await this.d.textOf(rec);
        texts.set(f.docId, text);
      }
      const st = statusOf(statuses, f);
      const c = (counts[f.category] ??= { open: 0, total: 0 });
      c.total++;
      if (st.status === 'open') c.open++;
      views.push({
        id: f.id,
        docId: f.docId,
        docName: rec.name,
        category: f.category,
        rule: f.rule,
        severity: f.severity,
        start: f.start,
        end: f.end,
        text: f.text,
        suggestions: f.suggestions,
        message: f.message,
        evidence: f.evidence ?? [],
        safe: f.safe,
        status: st.status,
        ...(st.applied !== undefined ? { appliedText: st.applied } : {}),
        ...(st.reason ? { rejectReason: st.reason } : {}),
        context: contextOf(text, f.start, f.end),
      });
    }
    const checkedAt = this.d.store.project.checks.checkedAt;
    // "0 findings" is only true of a document the checks have seen.
    const unchecked = this.d.store.project.documents.filter((x) => checkedAt === null || x.importedAt > checkedAt).map((x) => x.id);
    const docs = new Set(this.d.store.project.documents.map((x) => x.id));
    const timedOut = this.timedOut
      .filter((id) => docs.has(id) && (!only || only.has(id)))
      .map((docId) => ({ docId, seconds: this.docTimeLimitMs / 1000, ...this.partial.get(docId) }));
    return { checkedAt, findings: views, counts, unchecked, ...(timedOut.length ? { timedOut } : {}) };
  }

  private async finding(id: string): Promise<StoredFinding> {
    const f = (await this.load()).find((x) => x.id === id);
    if (!f) throw new WorkbenchError('finding.notFound', { id });
    return f;
  }

  private async textRecord(
    docId: string,
    start: number,
    end: number,
    after: string,
    source: string,
    label: HistoryLabelKey,
    findingId?: string,
  ): Promise<TextEdit> {
    const rec = this.d.store.findDocument(docId);
    const original = await this.d.textOf(rec);
    if (start > end || end > original.length) throw new WorkbenchError('finding.spanOutside', { start, end, length: original.length });
    return {
      id: newId(),
      at: now(),
      label: historyLabel(label),
      kind: 'text',
      docId,
      start,
      end,
      before: original.slice(start, end),
      after,
      source,
      ...(findingId ? { findingId } : {}),
    };
  }

  /**
   * docIds: the documents whose text the record changes (re-checked); findingDocs: those whose
   * findings' statuses it changes (by default the same).
   */
  private async commit(record: TextEdit | StatusEdit | BatchEdit, docIds: string[], extra?: (p: ProjectFile) => void, findingDocs = docIds): Promise<void> {
    // The history service writes the record (and `extra`) as one unit and patches the open views.
    await this.d.history.commit(record, extra);
    this.d.onChanged();
    this.d.onFindingsChanged([...new Set(findingDocs)]);
    if (docIds.length) this.d.onTextChanged?.([...new Set(docIds)]);
    if (docIds.length) this.scheduleRecheck();
  }

  /**
   * After text changes the checks run again by themselves, off-thread, once the editor pauses:
   * a fix can create or settle other findings (a doubled space, a repeated phrase).
   */
  scheduleRecheck(delay = RECHECK_DELAY_MS): void {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = null;
      const run = async () => {
        if (this.recheckRunning) await this.recheckRunning.catch(() => /* no-log: its own caller got and logged that failure */ undefined);
        // Only what the edits can have changed (a full run when that cannot be told).
        await this.recheck();
      };
      // A failed background re-check leaves the last findings in place; the next edit tries again.
      this.recheckRunning = run()
        .catch((e: unknown) => log.warn('findings.recheckFailed', { error: e }))
        .finally(() => {
          this.recheckRunning = null;
        });
    }, delay);
    this.recheckTimer.unref();
  }

  /** Resolves when no re-check is scheduled or running (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.recheckTimer || this.recheckRunning) {
      if (this.recheckRunning) await this.recheckRunning;
      else await new Promise((r) => setTimeout(r, 20));
    }
  }

  cancelScheduled(): void {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = null;
  }

  profileView(): CheckProfileView {
    const saved = this.d.store.project.checkProfile;
    let profile = defaultProfile();
    try {
      if (saved) profile = parseProfile(saved);
    } catch (e) {
      // A damaged profile falls back to the defaults; the next save replaces it.
      log.warn('profile.damaged', { error: e });
    }
    return { profile, rules: ruleInfo(), dataVersion: resolveCheckData(profile.data).version };
  }

  async setProfile(raw: unknown): Promise<CheckProfileView> {
    let profile;
    try {
      profile = parseProfile(raw);
    } catch (e) {
      throw new WorkbenchError('profile.invalid', { reason: (e as Error).message.slice(0, 200) });
    }
    await this.d.store.update((p) => {
      p.checkProfile = profile;
    });
    this.d.onChanged();
    this.scheduleRecheck(0);
    return this.profileView();
  }

  async accept(findingId: string, suggestion: number): Promise<FixResult> {
    const f = await this.finding(findingId);
    const text = f.suggestions[suggestion];
    if (text === undefined) throw noSuchSuggestion(suggestion, f.suggestions.length);
    await this.commit(await this.textRecord(f.docId, f.start, f.end, text, f.rule, 'accept-fix', f.id), [f.docId]);
    return { history: this.d.alignment.history() };
  }

  async edit(findingId: string, text: string): Promise<FixResult> {
    const f = await this.finding(findingId);
    const rec = await this.textRecord(f.docId, f.start, f.end, text, 'manual', 'edit-finding', f.id);
    await this.commit(rec, [f.docId]);
    return { history: this.d.alignment.history(), ...(await this.offerFor(rec)) };
  }

  async reject(findingId: string, reason?: string, ignorePattern?: boolean): Promise<FixResult> {
    const f = await this.finding(findingId);
    const before = statusOf(this.statuses(), f).status;
    const record: StatusEdit = {
      id: newId(),
      at: now(),
      label: historyLabel('reject-finding'),
      kind: 'status',
      target: findingTarget(f.id),
      before,
      after: 'rejected',
      ...(reason ? { note: reason } : {}),
    };
    // The ignore rule and the rejection are saved together: never one without the other.
    const ignore = ignorePattern
      ? (p: ProjectFile) => {
          if (!p.ignoreRules.some((r) => r.rule === f.rule && r.text === f.text))
            p.ignoreRules.push({ rule: f.rule, text: f.text, ...(reason ? { reason } : {}), at: now() });
        }
      : undefined;
    await this.commit(record, [], ignore, [f.docId]);
    return { history: this.d.alignment.history() };
  }

  async reopen(findingId: string): Promise<FixResult> {
    const f = await this.finding(findingId);
    const st = statusOf(this.statuses(), f).status;
    if (st === 'open') return { history: this.d.alignment.history() };
    if (st === 'rejected') {
      await this.commit(
        { id: newId(), at: now(), label: historyLabel('reopen-finding'), kind: 'status', target: findingTarget(f.id), before: 'rejected', after: 'open' },
        [],
        undefined,
        [f.docId],
      );
    } else {
      // Reverting a fix is itself an edit: the original text comes back over the same span.
      const rec = await this.textRecord(f.docId, f.start, f.end, '', 'revert', 'revert-fix', f.id);
      await this.commit({ ...rec, after: rec.before }, [f.docId]);
    }
    return { history: this.d.alignment.history() };
  }

  /** Other open findings that the same fix settles: same check, same proposed text (in any document or language). */
  async preview(findingId: string, suggestion: number): Promise<FixOccurrence[]> {
    const f = await this.finding(findingId);
    const target = f.suggestions[suggestion];
    if (target === undefined) throw noSuchSuggestion(suggestion, f.suggestions.length);
    const statuses = this.statuses();
    const names = new Map(this.d.store.project.documents.map((x) => [x.id, x]));
    const out: FixOccurrence[] = [];
    for (const g of await this.load()) {
      if (g.rule !== f.rule || !g.suggestions.includes(target)) continue;
      if (statusOf(statuses, g).status !== 'open') continue;
      // Same text, or (for names) a different wrong form of the same name: "Flashing" and "Clignote".
      if (g.text !== f.text && f.category !== 'name-translation') continue;
      const rec = names.get(g.docId);
      if (!rec) continue;
      const text = await this.d.textOf(rec);
      out.push({ docId: g.docId, docName: rec.name, start: g.start, end: g.end, text: g.text, findingId: g.id, context: contextOf(text, g.start, g.end) });
    }
    return out;
  }

  async applyToAll(findingId: string, suggestion: number, findingIds: string[]): Promise<FixResult> {
    const f = await this.finding(findingId);
    const target = f.suggestions[suggestion];
    if (target === undefined) throw noSuchSuggestion(suggestion, f.suggestions.length);
    const allowed = new Set((await this.preview(findingId, suggestion)).map((o) => o.findingId));
    const records: TextEdit[] = [];
    for (const id of new Set([findingId, ...findingIds])) {
      if (!allowed.has(id)) continue;
      const g = await this.finding(id);
      records.push(await this.textRecord(g.docId, g.start, g.end, target, g.rule, 'accept-fix', g.id));
    }
    if (records.length === 0) return { history: this.d.alignment.history() };
    const batch: BatchEdit = { id: newId(), at: now(), label: historyLabel('apply-to-all', records.length), kind: 'batch', records };
    await this.commit(
      batch,
      records.map((r) => r.docId),
    );
    return { history: this.d.alignment.history() };
  }

  async fixText(docId: string, start: number, end: number, text: string): Promise<FixResult> {
    const rec = await this.textRecord(docId, start, end, text, 'manual', 'edit-text');
    await this.commit(rec, [docId]);
    return { history: this.d.alignment.history(), ...(await this.offerFor(rec)) };
  }

  /** After a hand fix of a word or short phrase: the same words elsewhere in the corpus. */
  private async offerFor(rec: TextEdit): Promise<Pick<FixResult, 'offer'>> {
    const from = rec.before.trim();
    const to = rec.after.trim();
    if (!from || from === to || from.length > 60 || /\n/.test(from)) return {};
    const occurrences: FixOccurrence[] = [];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const doc of this.d.store.project.documents) {
      const original = await this.d.textOf(doc);
      const edits = this.textEdits(doc.id);
      for (const m of original.matchAll(pattern)) {
        const s = m.index;
        const e = s + m[0].length;
        if (edits.some((x) => x.start < e && s < x.end)) continue; // already changed there
        occurrences.push({ docId: doc.id, docName: doc.name, start: s, end: e, text: m[0], findingId: null, context: contextOf(original, s, e) });
      }
    }
    return occurrences.length ? { offer: { from, to, occurrences } } : {};
  }

  async applyFixAt(from: string, to: string, places: Array<{ docId: string; start: number; end: number }>): Promise<FixResult> {
    const records: TextEdit[] = [];
    for (const p of places) {
      const r = await this.textRecord(p.docId, p.start, p.end, to, 'manual', 'same-fix-elsewhere');
      if (r.before !== from) continue; // the text there is not what the editor saw
      records.push(r);
    }
    if (records.length)
      await this.commit(
        { id: newId(), at: now(), label: historyLabel('same-fix-elsewhere', records.length), kind: 'batch', records },
        records.map((r) => r.docId),
      );
    return { history: this.d.alignment.history() };
  }

  /**
   * Several replacements done and undone as one step (corpus replace). Each place must still read
   * `expected` in the original text; a place that does not (changed since) is left out.
   */
  async applyTextEdits(
    places: Array<{ docId: string; start: number; end: number; expected: string; after: string }>,
    label: HistoryLabelKey,
  ): Promise<{ applied: number; history: FixResult['history'] }> {
    const records: TextEdit[] = [];
    for (const p of places) {
      const r = await this.textRecord(p.docId, p.start, p.end, p.after, 'manual', label);
      if (r.before !== p.expected || r.before === r.after) continue;
      records.push(r);
    }
    if (records.length)
      await this.commit(
        { id: newId(), at: now(), label: historyLabel(label, records.length), kind: 'batch', records },
        records.map((r) => r.docId),
      );
    return { applied: records.length, history: this.d.alignment.history() };
  }

  // ---- glossary ----

  async addNameToGlossary(findingId: string, name?: string): Promise<GlossaryEntryView[]> {
    const f = await this.finding(findingId);
    const proper = name ?? f.suggestions.find((s) => s.trim().length > 0);
    if (!proper) throw new WorkbenchError('finding.noName');
    const lang = effectiveLanguage(this.d.store.findDocument(f.docId));
    await this.d.store.update((p) => {
      const g = p.glossary as Glossary;
      let entry = g.entries.find(
        (e) => e.kind === 'name' && Object.values(e.terms).some((ts) => ts.some((t) => t.status === 'preferred' && t.text === proper)),
      );
      if (!entry) {
        entry = { id: `g_${randomBytes(6).toString('hex')}`, kind: 'name', doNotTranslate: true, terms: { '*': [{ text: proper, status: 'preferred' }] } };
        g.entries.push(entry);
      }
      const list = (entry.terms[lang] ??= []);
      // Like Okapi's blacklist: the wrong form, in this language, with its fix.
      if (!list.some((t) => t.text === f.text)) list.push({ text: f.text, status: 'forbidden', note: 'machine-translation artifact' });
    });
    this.d.onChanged();
    return this.glossary().entries;
  }

  async setGlossary(entries: GlossaryEntry[]): Promise<GlossaryEntryView[]> {
    await this.d.store.update((p) => {
      p.glossary = { entries };
    });
    this.d.onChanged();
    return this.glossary().entries;
  }

  async importGlossary(format: 'tbx' | 'csv', content: string): Promise<GlossaryEntryView[]> {
    let parsed: Glossary;
    try {
      parsed = format === 'tbx' ? parseTbx(content) : parseGlossaryCsv(content);
    } catch (e) {
      throw new WorkbenchError('glossary.invalid', { reason: `${format.toUpperCase()}: ${(e as Error).message.slice(0, 200)}` });
    }
    const existing = new Set(this.glossary().entries.map((e) => e.id));
    const merged = [...this.glossary().entries, ...parsed.entries.filter((e) => !existing.has(e.id))];
    return this.setGlossary(merged);
  }

  exportGlossary(format: 'tbx' | 'csv'): { content: string; fileName: string } {
    const g = this.glossary();
    return format === 'tbx' ? { content: glossaryToTbx(g), fileName: 'glossary.tbx' } : { content: glossaryToCsv(g), fileName: 'glossary.csv' };
  }
}

/** The stored findings (findings.json); older files are read as shared/checks/stored.ts says. */
export function readFindingsFile(raw: unknown): StoredFinding[] {
  return readStoredFindings(raw);
}

const byId = (fs: StoredFinding[]) => [...fs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function statusOf(decisions: ReadonlyMap<string, FindingDecision>, f: StoredFinding): FindingDecision {
  return decisionOf(decisions, f.id, [legacyFindingId(f)]);
}

/** Up to ~60 characters either side, cut at a line break. */
function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  let b = text.slice(Math.max(0, start - 60), start);
  let a = text.slice(end, end + 60);
  const nl = b.lastIndexOf('\n');
  if (nl >= 0) b = b.slice(nl + 1);
  const nl2 = a.indexOf('\n');
  if (nl2 >= 0) a = a.slice(0, nl2);
  return { before: b, after: a };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
