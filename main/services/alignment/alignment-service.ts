// Document pairs and their sentence alignments: suggesting pairs, aligning them (off-thread, as a
// cancellable job), the editor's operations, inline sentence edits, and undo/redo of all of it.
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
import { applyChange, checkChain, invertChange, type AlignedBead, type Alignment, type AlignmentChange } from '../../../shared/alignment/index.js';
import { historyLabel } from '../../../shared/history/labels.js';
import { activeRecords, canRedo, canUndo, primitives, pushRecord, type EditRecord, type TextEdit } from '../../../shared/history/records.js';
import { applyEdits, effectiveEdits } from '../../../shared/history/text-edits.js';
import { scorePairs } from '../../../shared/pair/index.js';
import { splitSentences, segmentationLanguage } from '../../../shared/segment/index.js';
import type { AlignmentFile, DocumentRecord, PairRecord } from '../../../shared/project/format.js';
import { effectiveLanguage } from '../../../shared/project/summary.js';
import type { JobRunner } from '../jobs.js';
import type { ProjectStore } from '../project/project-store.js';
import type { Analyzer } from '../workers/analyzer.js';
import { AlignmentFiles } from './alignment-files.js';
import { changeFor } from './apply-op.js';

/** Pairs scoring below this are not suggested (calibrated on the pairing scores, see docs). */
export const SUGGEST_THRESHOLD = 0.4;

export interface AlignmentDeps {
  store: ProjectStore;
  analyzer: Analyzer;
  jobs: JobRunner;
  textOf: (rec: DocumentRecord) => Promise<string>;
  onPatch: (p: AlignmentPatch) => void;
  onChanged: () => void;
}

export function pairIdFor(a: string, b: string): string {
  return `p_${createHash('sha256').update(`${a}|${b}`).digest('hex').slice(0, 16)}`;
}

const newId = () => `e_${randomBytes(8).toString('hex')}`;

export class AlignmentService {
  private readonly files: AlignmentFiles;
  constructor(private readonly d: AlignmentDeps) {
    this.files = new AlignmentFiles(d.store.dir);
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
      aligned: idx ? { beads: idx.beads, confirmed: idx.confirmed, alignedAt: idx.alignedAt } : null,
    };
  }

  listPairs(): PairSummary[] {
    const live = new Set(this.d.store.project.documents.map((x) => x.id));
    return this.d.store.project.pairs
      .filter((p) => live.has(p.a) && live.has(p.b))
      .map((p) => this.summary(p))
      .sort((x, y) => rank(x) - rank(y) || y.score - x.score);
  }

  async suggestPairs(): Promise<PairSummary[]> {
    const docs = this.d.store.project.documents;
    await this.d.jobs.run('pair', docs.length, async (ctx) => {
      const input = [];
      for (let i = 0; i < docs.length; i++) {
        ctx.checkCancelled();
        input.push({ id: docs[i]!.id, language: effectiveLanguage(docs[i]!), text: await this.d.textOf(docs[i]!) });
        ctx.progress(i + 1);
      }
      const order = new Map(docs.map((x, i) => [x.id, i]));
      const scored = scorePairs(input).filter((s) => s.score >= SUGGEST_THRESHOLD);
      await this.d.store.update((p) => {
        // The editor's decisions stay; machine suggestions are replaced.
        const kept = p.pairs.filter((x) => x.status !== 'suggested' || x.origin === 'manual');
        const keptKeys = new Set(kept.map((x) => [x.a, x.b].sort().join('|')));
        for (const s of scored) {
          // Side A is the document imported first (for 002↔004: the English one).
          const [a, b] = (order.get(s.a) ?? 0) <= (order.get(s.b) ?? 0) ? [s.a, s.b] : [s.b, s.a];
          if (keptKeys.has([a, b].sort().join('|'))) continue;
          kept.push({ id: pairIdFor(a, b), a, b, score: clamp01(s.score), kind: s.kind, status: 'suggested', origin: 'auto' });
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
      await this.d.store.update((p) => {
        p.pairs.find((x) => x.id === pairId)!.status = status;
        p.history = pushRecord(p.history, { id: newId(), at: now(), label: historyLabel(`pair-${status}`), kind: 'status', target: `pair:${pairId}`, before, after: status });
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
  async createAligned(a: string, b: string, src: { start: number; end: number }[], tgt: { start: number; end: number }[], beads: AlignedBead[]): Promise<PairSummary> {
    const problem = checkChain(beads, src.length, tgt.length);
    if (problem) throw new WorkbenchError('alignment.invalidOp', { reason: problem });
    const da = this.d.store.findDocument(a);
    const db = this.d.store.findDocument(b);
    const id = pairIdFor(a, b);
    await this.files.write({ pairId: id, src, tgt, beads, crossLinks: [] });
    await this.d.store.update((p) => {
      p.pairs = p.pairs.filter((x) => x.id !== id);
      p.pairs.push({ id, a, b, score: 1, kind: effectiveLanguage(da) === effectiveLanguage(db) ? 'version' : 'translation', status: 'confirmed', origin: 'manual' });
      p.alignments[id] = { alignedAt: now(), beads: beads.length, confirmed: beads.filter((x) => x.confirmed).length, nSrc: src.length, nTgt: tgt.length };
    });
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
    return effectiveEdits(activeRecords(this.d.store.project.history).filter((r): r is TextEdit => r.kind === 'text' && r.docId === docId));
  }

  history(): HistoryState {
    const h = this.d.store.project.history;
    return {
      canUndo: canUndo(h),
      canRedo: canRedo(h),
      undoLabel: canUndo(h) ? h.records[h.cursor - 1]!.label : null,
      redoLabel: canRedo(h) ? h.records[h.cursor]!.label : null,
    };
  }

  async getAlignment(pairId: string, realign = false): Promise<AlignmentView> {
    const pair = this.pair(pairId);
    let file = await this.files.read(pairId);
    if (!file || realign) file = await this.align(pair, file);
    const [src, tgt] = await Promise.all([this.sideOf(pair.a, file.src), this.sideOf(pair.b, file.tgt)]);
    return { pair: this.summary(pair), src, tgt, beads: file.beads, crossLinks: file.crossLinks, history: this.history() };
  }

  /** Aligns a pair as a job. Beads the editor confirmed stay as they are: only the gaps between them are realigned. */
  private async align(pair: PairRecord, previous: AlignmentFile | null): Promise<AlignmentFile> {
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

    const { value: beads } = await this.d.jobs.run('align', srcSpans.length + tgtSpans.length, async (ctx) => {
      const out: AlignedBead[] = [];
      let s0 = 0;
      let t0 = 0;
      const gap = async (s1: number, t1: number) => {
        if (s1 === s0 && t1 === t0) return;
        const got = await this.d.analyzer.align(
          { src: srcText.slice(s0, s1), tgt: tgtText.slice(t0, t1), opts: { srcLang: la, tgtLang: lb, confirmed } },
          { signal: ctx.signal, onProgress: (done, total) => ctx.progress(s0 + t0 + Math.round(((s1 - s0 + t1 - t0) * done) / Math.max(1, total))) },
        );
        for (const b of got) out.push({ src: b.src.map((i) => i + s0), tgt: b.tgt.map((i) => i + t0), confidence: clamp01(b.confidence), confirmed: false, origin: 'auto' });
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
    const file: AlignmentFile = { pairId: pair.id, src: srcSpans, tgt: tgtSpans, beads, crossLinks: previous?.crossLinks ?? [] };
    await this.files.write(file);
    await this.d.store.update((p) => {
      p.alignments[pair.id] = { alignedAt: now(), beads: beads.length, confirmed: beads.filter((b) => b.confirmed).length, nSrc: srcSpans.length, nTgt: tgtSpans.length };
    });
    this.d.onChanged();
    return file;
  }

  private async loaded(pairId: string): Promise<AlignmentFile> {
    const f = (await this.files.read(pairId)) ?? (await this.align(this.pair(pairId), null));
    return f;
  }

  async edit(pairId: string, op: AlignmentOp): Promise<EditResult> {
    const file = await this.loaded(pairId);
    const { change, label } = changeFor(file, op);
    const patch = await this.applyAlignmentChange(pairId, change);
    await this.d.store.update((p) => {
      p.history = pushRecord(p.history, { id: newId(), at: now(), label, kind: 'alignment', pairId, change });
      this.refreshIndex(p.alignments, pairId);
    });
    this.d.onChanged();
    return { patch, history: this.history() };
  }

  /** Applies a change to the stored alignment and returns the patch for the views. */
  async applyAlignmentChange(pairId: string, change: AlignmentChange): Promise<AlignmentPatch> {
    const file = await this.loaded(pairId);
    const next: Alignment = applyChange(file, change);
    const problem = checkChain(next.beads, file.src.length, file.tgt.length);
    if (problem) throw new WorkbenchError('alignment.invalidOp', { reason: problem });
    await this.files.write({ ...file, beads: next.beads, crossLinks: next.crossLinks });
    return change.kind === 'beads'
      ? { pairId, start: change.start, deleteCount: change.before.length, insert: change.after, crossLinks: next.crossLinks }
      : { pairId, start: 0, deleteCount: 0, insert: [], crossLinks: next.crossLinks };
  }

  private refreshIndex(index: Record<string, { beads: number; confirmed: number }>, pairId: string): void {
    const f = this.files.peek(pairId);
    const entry = index[pairId];
    if (f && entry) {
      entry.beads = f.beads.length;
      entry.confirmed = f.beads.filter((b) => b.confirmed).length;
    }
  }

  async editSentence(pairId: string, side: 'src' | 'tgt', index: number, text: string): Promise<EditResult> {
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
    await this.d.store.update((p) => {
      p.history = pushRecord(p.history, record);
    });
    this.d.onChanged();
    return { patch: await this.sentencePatch(record.docId), history: this.history() };
  }

  /** A patch carrying the current text of every sentence of a document, in every pair it is in, for the first such pair. */
  async sentencePatch(docId: string): Promise<AlignmentPatch | null> {
    for (const pair of this.d.store.project.pairs) {
      if (pair.a !== docId && pair.b !== docId) continue;
      const file = await this.files.read(pair.id);
      if (!file) continue;
      const sideKey = pair.a === docId ? 'src' : 'tgt';
      const text = await this.d.textOf(this.d.store.findDocument(docId));
      const edits = this.textEditsFor(docId);
      const sentences = file[sideKey].map((s, index) => ({ side: sideKey, index, sentence: sentenceView(text, edits, s) }) as const);
      const patch: AlignmentPatch = { pairId: pair.id, start: 0, deleteCount: 0, insert: [], crossLinks: file.crossLinks, sentences };
      this.d.onPatch(patch);
      return patch;
    }
    return null;
  }

  // ---- undo / redo ----

  async undo(): Promise<EditResult> {
    const h = this.d.store.project.history;
    if (!canUndo(h)) throw new WorkbenchError('history.nothingToUndo');
    const record = h.records[h.cursor - 1]!;
    const patch = await this.replay(record, 'undo');
    await this.d.store.update((p) => {
      p.history.cursor -= 1;
      this.applyStatus(p.pairs, record, 'undo');
      for (const r of primitives(record)) if (r.kind === 'alignment') this.refreshIndex(p.alignments, r.pairId);
    });
    const textPatch = await this.textPatchFor(record);
    this.d.onChanged();
    return { patch: patch ?? textPatch, history: this.history() };
  }

  async redo(): Promise<EditResult> {
    const h = this.d.store.project.history;
    if (!canRedo(h)) throw new WorkbenchError('history.nothingToRedo');
    const record = h.records[h.cursor]!;
    const patch = await this.replay(record, 'redo');
    await this.d.store.update((p) => {
      p.history.cursor += 1;
      this.applyStatus(p.pairs, record, 'redo');
      for (const r of primitives(record)) if (r.kind === 'alignment') this.refreshIndex(p.alignments, r.pairId);
    });
    const textPatch = await this.textPatchFor(record);
    this.d.onChanged();
    return { patch: patch ?? textPatch, history: this.history() };
  }

  private async replay(record: EditRecord, dir: 'undo' | 'redo'): Promise<AlignmentPatch | null> {
    const prims = primitives(record);
    const ordered = dir === 'undo' ? [...prims].reverse() : prims;
    let last: AlignmentPatch | null = null;
    for (const r of ordered) {
      if (r.kind !== 'alignment') continue;
      last = await this.applyAlignmentChange(r.pairId, dir === 'undo' ? invertChange(r.change) : r.change);
      this.d.onPatch(last);
    }
    return last;
  }

  private applyStatus(pairs: PairRecord[], record: EditRecord, dir: 'undo' | 'redo'): void {
    for (const r of primitives(record)) {
      if (r.kind !== 'status' || !r.target.startsWith('pair:')) continue;
      const p = pairs.find((x) => x.id === r.target.slice(5));
      const value = dir === 'undo' ? r.before : r.after;
      if (p && (value === 'suggested' || value === 'confirmed' || value === 'rejected')) p.status = value;
    }
  }

  private async textPatchFor(record: EditRecord): Promise<AlignmentPatch | null> {
    let patch: AlignmentPatch | null = null;
    for (const r of primitives(record)) if (r.kind === 'text') patch = (await this.sentencePatch(r.docId)) ?? patch;
    return patch;
  }
}

function sentenceView(text: string, edits: TextEdit[], s: { start: number; end: number }): SentenceView {
  const inside = edits.filter((e) => e.start >= s.start && e.end <= s.end);
  return { start: s.start, end: s.end, text: inside.length ? applyEdits(text, inside, s.start, s.end) : text.slice(s.start, s.end), edited: inside.length > 0 };
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
