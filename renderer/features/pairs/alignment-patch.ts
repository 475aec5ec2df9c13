// Applies a server AlignmentPatch to the view the Pair view holds. Untouched beads and sentences
// keep their object identity, so memoised rows outside the change do not re-render.
// The same patch can reach us twice (an undo answers with it and also broadcasts it), and a patch
// can arrive for a state we no longer have: both are detected instead of corrupting the chain.
import type { AlignmentPatch, AlignmentView, SentenceView } from '../../../shared/api/contract.js';
import type { AlignedBead, CrossLink } from '../../../shared/alignment/beads.js';

export type PatchOutcome = 'applied' | 'duplicate' | 'stale' | 'other-pair';

export function sameBead(a: AlignedBead, b: AlignedBead): boolean {
  return a.confidence === b.confidence && a.confirmed === b.confirmed && a.origin === b.origin && sameNumbers(a.src, b.src) && sameNumbers(a.tgt, b.tgt);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameLinks(a: readonly CrossLink[], b: readonly CrossLink[]): boolean {
  return a.length === b.length && a.every((l, i) => l.src === b[i]!.src && l.tgt === b[i]!.tgt && l.confirmed === b[i]!.confirmed);
}

/** The sentences a run of beads covers, per side, as "first..last" (beads are contiguous). */
function coverage(beads: readonly AlignedBead[]): string {
  const src = beads.flatMap((b) => b.src);
  const tgt = beads.flatMap((b) => b.tgt);
  return `${src[0] ?? ''}:${src.length}|${tgt[0] ?? ''}:${tgt.length}`;
}

/** Whether replacing beads[start, start+deleteCount) by insert keeps every sentence in exactly one bead. */
function fits(beads: readonly AlignedBead[], p: AlignmentPatch): boolean {
  if (p.start < 0 || p.start + p.deleteCount > beads.length) return false;
  const removed = beads.slice(p.start, p.start + p.deleteCount);
  if (removed.length === 0 && p.insert.length === 0) return true;
  // An empty side contributes no first index, so also compare the counts (in coverage()).
  return coverage(removed) === coverage(p.insert);
}

function alreadyApplied(beads: readonly AlignedBead[], p: AlignmentPatch): boolean {
  if (p.start + p.insert.length > beads.length) return false;
  return p.insert.every((b, i) => sameBead(beads[p.start + i]!, b));
}

function patchSentences(list: SentenceView[], updates: { index: number; sentence: SentenceView }[]): SentenceView[] {
  let out: SentenceView[] | null = null;
  for (const { index, sentence } of updates) {
    const old = list[index];
    if (!old || (old.text === sentence.text && old.edited === sentence.edited && old.start === sentence.start && old.end === sentence.end)) continue;
    out ??= list.slice();
    out[index] = sentence;
  }
  return out ?? list;
}

export function applyPatch(view: AlignmentView, p: AlignmentPatch): { view: AlignmentView; outcome: PatchOutcome } {
  if (p.pairId !== view.pair.id) return { view, outcome: 'other-pair' };
  let beads = view.beads;
  let outcome: PatchOutcome = 'applied';
  if (p.deleteCount > 0 || p.insert.length > 0) {
    if (alreadyApplied(beads, p) && (p.deleteCount === p.insert.length || !fits(beads, p))) outcome = 'duplicate';
    else if (!fits(beads, p)) return { view, outcome: 'stale' };
    else beads = beads.slice(0, p.start).concat(p.insert, beads.slice(p.start + p.deleteCount));
  }
  const crossLinks = sameLinks(view.crossLinks, p.crossLinks) ? view.crossLinks : p.crossLinks;
  let { src, tgt } = view;
  if (p.sentences?.length) {
    const srcSentences = patchSentences(
      src.sentences,
      p.sentences.filter((s) => s.side === 'src'),
    );
    const tgtSentences = patchSentences(
      tgt.sentences,
      p.sentences.filter((s) => s.side === 'tgt'),
    );
    if (srcSentences !== src.sentences) src = { ...src, sentences: srcSentences };
    if (tgtSentences !== tgt.sentences) tgt = { ...tgt, sentences: tgtSentences };
  }
  const changed = beads !== view.beads || crossLinks !== view.crossLinks || src !== view.src || tgt !== view.tgt;
  if (!changed) return { view, outcome: outcome === 'applied' && (p.deleteCount > 0 || p.insert.length > 0) ? 'duplicate' : outcome };
  return { view: { ...view, beads, crossLinks, src, tgt }, outcome };
}
