// Document pairs and their sentence alignments: suggesting pairs, aligning them (off-thread, as a
// cancellable job), the editor's operations, inline sentence edits, and undo/redo of all of it.
import { countDoubtful } from '../../../shared/alignment/doubtful.js';
import { linkedCounts } from '../../../shared/alignment/linked.js';
import { createHash, randomBytes } from 'node:crypto';
import type {
  AlignmentOp,
  AlignmentPatch,
  AlignmentSide,
  AlignmentView,
  EditResult,
  HistoryState,
  PairSummary,
  SentenceView,
} from '../../../shared/api/contract.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { applyChange, checkChain, invertChange, type AlignedBead, type AlignmentChange, type CrossLink } from '../../../shared/alignment/index.js';
import { historyLabel } from '../../../shared/history/labels.js';
import type { AlignmentEdit, StatusEdit, TextEdit } from '../../../shared/history/records.js';
import { applyEdits, effectiveEdits } from '../../../shared/history/text-edits.js';
import { LEARN_FROM_COLLECTION, parseHunalignDictionary, toChain, type LearnedLexicon } from '../../../shared/align/index.js';
import { splitSentences, segmentationLanguage } from '../../../shared/segment/index.js';
import type { AlignmentFile, DocumentRecord, PairRecord } from '../../../shared/project/format.js';
import { effectiveLanguage } from '../../../shared/project/summary.js';
import { Tx, type Direction, type HistoryService } from '../history/history-service.js';
import type { JobRunner } from '../jobs.js';
import type { ProjectStore } from '../project/project-store.js';
import type { Analyzer, RunOptions } from '../workers/analyzer.js';
import { AlignmentFiles } from './alignment-files.js';
import { changeFor } from './apply-op.js';
import { log } from '../log/logger.js';

/** The pairing decision (and its one threshold) is shared/pair's pairDocuments: the app, the
 *  CLI and `bitext clean` suggest the same pairs for the same corpus. */

export interface AlignmentDeps {
  store: ProjectStore;
  analyzer: Analyzer;
  jobs: JobRunner;
  textOf: (rec: DocumentRecord) => Promise<string>;
  onPatch: (p: AlignmentPatch) => void;
  onChanged: () => void;
  /** Every change goes through the history service; this service registers its record kinds there. */
  history: HistoryService;
}

export function pairIdFor(a: string, b: string): string {
  return `p_${createHash('sha256').update(`${a}|${b}`).digest('hex').slice(0, 16)}`;
}

const newId = () => `e_${randomBytes(8).toString('hex')}`;

export class AlignmentService {
  private readonly files: AlignmentFiles;
  /** The collection step's lexicon and the project's translation pairs it was learned from. */
  private lexicon: { key: string; value: LearnedLexicon } | null = null;
  constructor(private readonly d: AlignmentDeps) {
    this.files = new AlignmentFiles(d.store.dir);
    d.history.register('alignment', { stage: (r, dir, tx) => this.stageAlignment(r as AlignmentEdit, dir, tx) });
    d.history.register('status:pair', { stage: (r, dir, tx) => this.stagePairStatus(r as StatusEdit, dir, tx) });
    // Text edits are derived from the history; once durable, the open views get the new sentences.
    d.history.register('text', {
      stage: (r, _dir, tx) => {
        const docId = (r as TextEdit).docId;
        if (tx.scratch.has(`text:${docId}`)) return;
        tx.scratch.set(`text:${docId}`, true);
        tx.after(async () => {
          await this.sentencePatches(docId);
        });
      },
    });
  }

  /** Stages one bead/cross-link change on the unit's working copy of the pair's alignment. */
  private async stageAlignment(r: AlignmentEdit, dir: Direction, tx: Tx): Promise<void> {
    const key = `alignment:${r.pairId}`;
    const file = (tx.scratch.get(key) as AlignmentFile | undefined) ?? (await this.loaded(r.pairId));
    const change = dir === 'revert' ? invertChange(r.change) : r.change;
    // The stored alignment must be the one the change was made on: anything else is out of step.
    if (!changeMatches(file, change)) throw new WorkbenchError('alignment.invalidOp', { reason: 'the alignment does not match this change (out of step)' });
    const next = applyChange(file, change);
    const problem = checkChain(next.beads, file.src.length, file.tgt.length);
    if (problem) throw new WorkbenchError('alignment.invalidOp', { reason: problem });
    const updated: AlignmentFile = { ...file, beads: next.beads, crossLinks: next.crossLinks };
    tx.scratch.set(key, updated);
    tx.side(this.files.rel(r.pairId), this.files.serialize(updated), () => this.files.loaded(updated));
    tx.mutate((p) => {
      const entry = p.alignments[r.pairId];
      if (entry) {
        Object.assign(entry, beadCounts(updated.beads));
      }
    });
    const patch: AlignmentPatch =
      change.kind === 'beads'
        ? { pairId: r.pairId, start: change.start, deleteCount: change.before.length, insert: change.after, crossLinks: next.crossLinks }
        : { pairId: r.pairId, start: 0, deleteCount: 0, insert: [], crossLinks: next.crossLinks };
    tx.after(() => {
      this.d.onPatch(patch);
      return patch;
    });
  }

  private stagePairStatus(r: StatusEdit, dir: Direction, tx: Tx): void {
    const value = dir === 'revert' ? r.before : r.after;
    const id = r.target.slice('pair:'.length);
    tx.mutate((p) => {
      const pair = p.pairs.find((x) => x.id === id);
      if (pair && (value === 'suggested' || value === 'confirmed' || value === 'rejected')) pair.status = value;
    });
  }

  // ---- pairs ----

  summary(p: PairRecord): PairSummary {
    const docs = this.d.store.project.documents;
    const idx = this.d.store.project.alignments[p.id];
    return {
      id: p.id,
      a: p.a,
      b: p.b,
      aName: docs.find((x) => x.id === p.a)?.name ?? p.a,
      bName: docs.find((x) => x.id === p.b)?.name ?? p.b,
      score: p.score,
      kind: p.kind,
      status: p.status,
      origin: p.origin,
      aligned: idx
        ? {
            beads: idx.beads,
            confirmed: idx.confirmed,
            alignedAt: idx.alignedAt,
            ...(idx.doubtful !== undefined ? { doubtful: idx.doubtful } : {}),
            ...(idx.linked !== undefined ? { linked: idx.linked, linkedConfirmed: idx.linkedConfirmed ?? 0 } : {}),
          }
        : null,
      ...(p.evidence ? { evidence: p.evidence } : {}),
      ...(idx?.method ? { method: idx.method } : {}),
    };
  }

  listPairs(): PairSummary[] {
    const live = new Set(this.d.store.project.documents.map((x) => x.id));
    return this.d.store.project.pairs
      .filter((p) => live.has(p.a) && live.has(p.b))
      .map((p) => this.summary(p))
      .sort((x, y) => rank(x) - rank(y) || y.score - x.score);
  }

  /** Suggests pairs; `dictionaryText` (hunalign format) helps the alignment check. */
  async suggestPairs(dictionaryText?: string): Promise<PairSummary[]> {
    const dictionary = readDictionary(dictionaryText);
    const docs = this.d.store.project.documents;
    // Progress: reading the documents (first half), then checking candidates (second half).
    await this.d.jobs.run('pair', 2 * docs.length, async (ctx) => {
      const input = [];
      for (let i = 0; i < docs.length; i++) {
        ctx.checkCancelled();
        input.push({ id: docs[i]!.id, language: effectiveLanguage(docs[i]!), text: await this.d.textOf(docs[i]!) });
        ctx.progress(i + 1);
      }
      const order = new Map(docs.map((x, i) => [x.id, i]));
      // Off this thread: the decision aligns the best candidates of every document.
      const onProgress = (done: number, total: number) => ctx.progress(docs.length + Math.round((docs.length * done) / Math.max(1, total)));
      const scored = (await this.d.analyzer.pair({ docs: input, ...(dictionary ? { dictionary } : {}) }, { signal: ctx.signal, onProgress })).filter(
        (s) => s.suggested,
      );
      await this.d.store.update((p) => {
        // The editor's decisions stay; machine suggestions are replaced.
        const kept = p.pairs.filter((x) => x.status !== 'suggested' || x.origin === 'manual');
        const keptKeys = new Set(kept.map((x) => [x.a, x.b].sort().join('|')));
        for (const s of scored) {
          // Side A is the document imported first (for 002↔004: the English one).
          const [a, b] = (order.get(s.a) ?? 0) <= (order.get(s.b) ?? 0) ? [s.a, s.b] : [s.b, s.a];
          if (keptKeys.has([a, b].sort().join('|'))) continue;
          kept.push({ id: pairIdFor(a, b), a, b, score: clamp01(s.score), kind: s.kind, status: 'suggested', origin: 'auto', evidence: s.evidence });
        }
        p.pairs = kept;
      });
    });
    this.d.onChanged();
    return this.listPairs();
  }

  private pair(pairId: string): PairRecord {
    const p = this.d.store.project.pairs.find((x) => x.id === pairId);
    if (!p) throw new WorkbenchError('pair.notFound', { id: pairId });
    return p;
  }

  async setPairStatus(pairId: string, status: PairRecord['status']): Promise<PairSummary> {
    const before = this.pair(pairId).status;
    if (before !== status) {
      await this.d.history.commit({
        id: newId(),
        at: now(),
        label: historyLabel(`pair-${status}`),
        kind: 'status',
        target: `pair:${pairId}`,
        before,
        after: status,
      });
      this.d.onChanged();
    }
    return this.summary(this.pair(pairId));
  }

  async createPair(a: string, b: string): Promise<PairSummary> {
    if (a === b) throw new WorkbenchError('pair.sameDocument');
    const da = this.d.store.findDocument(a);
    const db = this.d.store.findDocument(b);
    const existing = this.d.store.project.pairs.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
    if (existing) return this.setPairStatus(existing.id, 'confirmed');
    const id = pairIdFor(a, b);
    const kind = effectiveLanguage(da) === effectiveLanguage(db) ? 'version' : 'translation';
    await this.d.store.update((p) => {
      p.pairs.push({ id, a, b, score: 1, kind, status: 'confirmed', origin: 'manual' });
    });
    this.d.onChanged();
    return this.summary(this.pair(id));
  }

  /** A pair whose alignment is already known (an imported TMX/TSV): stored as given, confirmed. */
  async createAligned(
    a: string,
    b: string,
    src: { start: number; end: number }[],
    tgt: { start: number; end: number }[],
    beads: AlignedBead[],
  ): Promise<PairSummary> {
    const problem = checkChain(beads, src.length, tgt.length);
    if (problem) throw new WorkbenchError('alignment.invalidOp', { reason: problem });
    const da = this.d.store.findDocument(a);
    const db = this.d.store.findDocument(b);
    const id = pairIdFor(a, b);
    const file: AlignmentFile = { pairId: id, src, tgt, beads, crossLinks: [] };
    const tx = new Tx();
    tx.side(this.files.rel(id), this.files.serialize(file), () => this.files.loaded(file));
    tx.mutate((p) => {
      p.pairs = p.pairs.filter((x) => x.id !== id);
      p.pairs.push({
        id,
        a,
        b,
        score: 1,
        kind: effectiveLanguage(da) === effectiveLanguage(db) ? 'version' : 'translation',
        status: 'confirmed',
        origin: 'manual',
      });
      p.alignments[id] = {
        alignedAt: now(),
        ...beadCounts(beads),
        nSrc: src.length,
        nTgt: tgt.length,
      };
    });
    await this.d.history.write(tx);
    this.d.onChanged();
    return this.summary(this.pair(id));
  }

  // ---- alignments ----

  private async sideOf(docId: string, spans: { start: number; end: number }[]): Promise<AlignmentSide> {
    const rec = this.d.store.findDocument(docId);
    const text = await this.d.textOf(rec);
    const edits = this.textEditsFor(docId);
    return {
      docId,
      name: rec.name,
      language: effectiveLanguage(rec),
      sentences: spans.map((s) => sentenceView(text, edits, s)),
    };
  }

  private textEditsFor(docId: string): TextEdit[] {
    return effectiveEdits(this.d.history.textEdits(docId));
  }

  history(): HistoryState {
    return this.d.history.state();
  }

  /** `dictionaryText` (hunalign format) adds the editor's word pairs to this (re)alignment. */
  async getAlignment(pairId: string, realign = false, dictionaryText?: string): Promise<AlignmentView> {
    const dictionary = readDictionary(dictionaryText);
    const pair = this.pair(pairId);
    // Re-aligning is the editor's answer to a damaged alignment file.
    if (realign) this.files.clearDamage(pairId);
    let file = await this.files.read(pairId);
    if (!file || realign) file = await this.align(pair, file, dictionary);
    const [src, tgt] = await Promise.all([this.sideOf(pair.a, file.src), this.sideOf(pair.b, file.tgt)]);
    return { pair: this.summary(pair), src, tgt, beads: file.beads, crossLinks: file.crossLinks, history: this.history() };
  }

  /** Aligns a pair as a job. Beads the editor confirmed stay as they are: only the gaps between them are realigned. */
  private async align(pair: PairRecord, previous: AlignmentFile | null, dictionary?: Array<[string, string]>): Promise<AlignmentFile> {
    const da = this.d.store.findDocument(pair.a);
    const db = this.d.store.findDocument(pair.b);
    const [ta, tb] = await Promise.all([this.d.textOf(da), this.d.textOf(db)]);
    const la = effectiveLanguage(da);
    const lb = effectiveLanguage(db);
    const srcSpans = previous?.src ?? splitSentences(ta, segmentationLanguage(la)).map(({ start, end }) => ({ start, end }));
    const tgtSpans = previous?.tgt ?? splitSentences(tb, segmentationLanguage(lb)).map(({ start, end }) => ({ start, end }));
    const ea = this.textEditsFor(pair.a);
    const eb = this.textEditsFor(pair.b);
    const srcText = srcSpans.map((s) => sentenceView(ta, ea, s).text);
    const tgtText = tgtSpans.map((s) => sentenceView(tb, eb, s).text);
    const keep = previous?.beads.filter((b) => b.confirmed) ?? [];
    const confirmed = keep.filter((b) => b.src.length && b.tgt.length).map((b) => ({ src: b.src.map((i) => srcText[i]!), tgt: b.tgt.map((i) => tgtText[i]!) }));

    let comparable = false;
    const autoCross: CrossLink[] = [];
    const { value: beads } = await this.d.jobs.run('align', srcSpans.length + tgtSpans.length, async (ctx) => {
      // Across languages the comparable linker also uses what the project's translation pairs teach.
      const learned = primary(la) !== primary(lb) ? await this.learnedLexicon({ signal: ctx.signal }) : undefined;
      const out: AlignedBead[] = [];
      let s0 = 0;
      let t0 = 0;
      const gap = async (s1: number, t1: number) => {
        if (s1 === s0 && t1 === t0) return;
        const got = await this.d.analyzer.align(
          {
            src: srcText.slice(s0, s1),
            tgt: tgtText.slice(t0, t1),
            opts: { srcLang: la, tgtLang: lb, confirmed, ...(dictionary ? { dictionary } : {}), ...(learned ? { learned } : {}) },
          },
          { signal: ctx.signal, onProgress: (done, total) => ctx.progress(s0 + t0 + Math.round(((s1 - s0 + t1 - t0) * done) / Math.max(1, total))) },
        );
        // Comparable documents may link out of order: the chain keeps what stays in order,
        // the rest become crossing links.
        const chain = got.method === 'comparable' ? toChain(got.beads, s1 - s0, t1 - t0) : { beads: got.beads, crossLinks: [] };
        if (got.method === 'comparable') comparable = true;
        for (const b of chain.beads)
          out.push({ src: b.src.map((i) => i + s0), tgt: b.tgt.map((i) => i + t0), confidence: clamp01(b.confidence), confirmed: false, origin: 'auto' });
        for (const l of chain.crossLinks) autoCross.push({ src: l.src + s0, tgt: l.tgt + t0, confirmed: false });
      };
      for (const k of keep) {
        const ks = k.src[0] ?? s0;
        const kt = k.tgt[0] ?? t0;
        await gap(ks, kt);
        out.push(k);
        s0 = k.src.length ? k.src[k.src.length - 1]! + 1 : ks;
        t0 = k.tgt.length ? k.tgt[k.tgt.length - 1]! + 1 : kt;
      }
      await gap(srcSpans.length, tgtSpans.length);
      ctx.progress(srcSpans.length + tgtSpans.length);
      return out;
    });
    const problem = checkChain(beads, srcSpans.length, tgtSpans.length);
    if (problem) throw new WorkbenchError('internal', {}, `aligner broke the chain: ${problem}`);
    // The editor's crossing links stay; the aligner's are replaced.
    const keptCross = (previous?.crossLinks ?? []).filter((l) => l.confirmed);
    const crossLinks = [...keptCross, ...autoCross.filter((l) => !keptCross.some((k) => k.src === l.src && k.tgt === l.tgt))];
    const file: AlignmentFile = { pairId: pair.id, src: srcSpans, tgt: tgtSpans, beads, crossLinks };
    const tx = new Tx();
    tx.side(this.files.rel(pair.id), this.files.serialize(file), () => this.files.loaded(file));
    tx.mutate((p) => {
      p.alignments[pair.id] = {
        alignedAt: now(),
        ...beadCounts(beads),
        nSrc: srcSpans.length,
        nTgt: tgtSpans.length,
        method: comparable ? 'comparable' : 'parallel',
      };
    });
    await this.d.history.write(tx);
    this.d.onChanged();
    return file;
  }

  /**
   * The collection step (shared/align learnFromCollection, as `bitext clean` and the checks run
   * it): word translations learned from the project's translation pairs, suggested or confirmed,
   * each aligned from its documents' original text. Learned again only when those pairs change.
   */
  private async learnedLexicon(run: RunOptions): Promise<LearnedLexicon | undefined> {
    if (!LEARN_FROM_COLLECTION) return undefined;
    const docs = new Map(this.d.store.project.documents.map((x) => [x.id, x]));
    const pairs = this.d.store.project.pairs.filter((p) => {
      const a = docs.get(p.a),
        b = docs.get(p.b);
      return p.status !== 'rejected' && a && b && primary(effectiveLanguage(a)) !== primary(effectiveLanguage(b));
    });
    if (!pairs.length) return undefined;
    const key = [this.d.store.dir, ...pairs.map((p) => `${p.a}|${p.b}|${effectiveLanguage(docs.get(p.a)!)}|${effectiveLanguage(docs.get(p.b)!)}`).sort()].join(
      '\n',
    );
    if (this.lexicon?.key === key) return this.lexicon.value;
    const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const input = await Promise.all(
      ids.map(async (id) => {
        const rec = docs.get(id)!;
        return { id, language: effectiveLanguage(rec), text: await this.d.textOf(rec) };
      }),
    );
    const value = await this.d.analyzer.learn({ docs: input, pairs: pairs.map((p) => ({ a: p.a, b: p.b })) }, run);
    this.lexicon = { key, value };
    return value;
  }

  /**
   * The pair's stored alignment as the editor left it (sentence spans in the original texts), or
   * null when never aligned or damaged (for the checks, which must not fail because of it).
   */
  async storedAlignment(pairId: string): Promise<AlignmentFile | null> {
    return this.files.read(pairId).catch((error: unknown) => {
      log.warn('alignment.storedUnreadable', { pairId, error });
      return null;
    });
  }

  private async loaded(pairId: string): Promise<AlignmentFile> {
    const f = (await this.files.read(pairId)) ?? (await this.align(this.pair(pairId), null));
    return f;
  }

  async edit(pairId: string, op: AlignmentOp): Promise<EditResult> {
    // Read, decide and write as one step: two quick edits never work from the same old state.
    return this.d.history.exclusive(async () => {
      const file = await this.loaded(pairId);
      const { change, label } = changeFor(file, op);
      const { patches } = await this.d.history.commit({ id: newId(), at: now(), label, kind: 'alignment', pairId, change });
      this.d.onChanged();
      return { patch: patches.find((x) => x.pairId === pairId) ?? null, history: this.history() };
    });
  }

  async editSentence(pairId: string, side: 'src' | 'tgt', index: number, text: string): Promise<EditResult> {
    return this.d.history.exclusive(async () => {
      const pair = this.pair(pairId);
      const file = await this.loaded(pairId);
      const span = file[side][index];
      if (!span) throw new WorkbenchError('alignment.invalidOp', { reason: `no sentence ${index}` });
      const docId = side === 'src' ? pair.a : pair.b;
      const original = await this.d.textOf(this.d.store.findDocument(docId));
      const record: TextEdit = {
        id: newId(),
        at: now(),
        label: historyLabel('edit-sentence'),
        kind: 'text',
        docId,
        start: span.start,
        end: span.end,
        before: original.slice(span.start, span.end),
        after: text,
        source: 'manual',
      };
      await this.d.history.commit(record);
      this.d.onChanged();
      // The document may be in several pairs: the answer is the patch of the pair being edited.
      const patches = await this.sentencePatches(docId);
      return { patch: patches.find((x) => x.pairId === pairId) ?? null, history: this.history() };
    });
  }

  /** Patches carrying the current text of every sentence of a document, one per pair it is in (each sent to the views). */
  async sentencePatches(docId: string): Promise<AlignmentPatch[]> {
    const out: AlignmentPatch[] = [];
    for (const pair of this.d.store.project.pairs) {
      if (pair.a !== docId && pair.b !== docId) continue;
      const file = await this.files.read(pair.id).catch((error: unknown) => {
        log.warn('alignment.storedUnreadable', { pairId: pair.id, error });
        return null;
      });
      if (!file) continue;
      const text = await this.d.textOf(this.d.store.findDocument(docId));
      const edits = this.textEditsFor(docId);
      // A document paired with itself does not exist (pair.sameDocument), so one side matches.
      const sideKey = pair.a === docId ? 'src' : 'tgt';
      const sentences = file[sideKey].map((s, index) => ({ side: sideKey, index, sentence: sentenceView(text, edits, s) }) as const);
      const patch: AlignmentPatch = { pairId: pair.id, start: 0, deleteCount: 0, insert: [], crossLinks: file.crossLinks, sentences };
      this.d.onPatch(patch);
      out.push(patch);
    }
    return out;
  }

  /** The first of sentencePatches (kept for callers that show one pair). */
  async sentencePatch(docId: string): Promise<AlignmentPatch | null> {
    return (await this.sentencePatches(docId))[0] ?? null;
  }

  // ---- undo / redo ----

  async undo(): Promise<EditResult> {
    const { patches } = await this.d.history.undo();
    this.d.onChanged();
    return { patch: mainPatch(patches), history: this.history() };
  }

  async redo(): Promise<EditResult> {
    const { patches } = await this.d.history.redo();
    this.d.onChanged();
    return { patch: mainPatch(patches), history: this.history() };
  }
}

/** The patch a view shows after undo/redo: the last bead change, else the last sentence patch. */
function mainPatch(patches: AlignmentPatch[]): AlignmentPatch | null {
  const beads = patches.filter((p) => !p.sentences);
  return beads[beads.length - 1] ?? patches[patches.length - 1] ?? null;
}

/** Whether the alignment holds exactly what the change expects to replace. */
function changeMatches(a: AlignmentFile, c: AlignmentChange): boolean {
  if (c.kind === 'cross') return JSON.stringify(a.crossLinks) === JSON.stringify(c.before);
  if (c.start + c.before.length > a.beads.length) return false;
  return JSON.stringify(a.beads.slice(c.start, c.start + c.before.length)) === JSON.stringify(c.before);
}

function sentenceView(text: string, edits: TextEdit[], s: { start: number; end: number }): SentenceView {
  const inside = edits.filter((e) => e.start >= s.start && e.end <= s.end);
  return { start: s.start, end: s.end, text: inside.length ? applyEdits(text, inside, s.start, s.end) : text.slice(s.start, s.end), edited: inside.length > 0 };
}

/** The editor's dictionary (hunalign's "target @ source" lines); text without one such line is refused. */
function readDictionary(text: string | undefined): Array<[string, string]> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const entries = parseHunalignDictionary(text);
  if (entries.length === 0) throw new WorkbenchError('alignment.badDictionary');
  return entries;
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}
function rank(p: PairSummary): number {
  return p.status === 'confirmed' ? 0 : p.status === 'suggested' ? 1 : 2;
}
function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
function now(): string {
  return new Date().toISOString();
}

/** The alignment index's counts of a pair's beads: one derivation for every writer of the index. */
function beadCounts(beads: AlignedBead[]) {
  return { beads: beads.length, confirmed: beads.filter((b) => b.confirmed).length, doubtful: countDoubtful(beads), ...linkedCounts(beads) };
}
