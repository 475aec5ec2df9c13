// What the Pair view shows of the findings: the open findings of its two documents by sentence,
// and where the span chosen in the findings panel is (side, sentence, bead). The fixes made inside
// a sentence move offsets, so each document's fixes are read too (getCleanText).
import { useMemo } from 'react';
import type { AlignmentView, FindingView } from '../../../shared/api/contract.js';
import { useWorkbench } from '../../state/use-workbench.js';
import type { CleanEdit } from '../findings/index.js';
import { useCleanText } from '../findings/index.js';
import { useFindings } from '../findings/index.js';
import type { FindingsIndex } from './BeadRow.js';
import { findingsBySentence, locateReveal, type PairReveal } from './sentence-marks.js';

const NO_EDITS: readonly CleanEdit[] = [];
const NO_FINDINGS: readonly FindingView[] = [];

export function usePairFindings(view: AlignmentView): { findings: FindingsIndex; reveal: PairReveal | null } {
  const all = useFindings((s) => s.data?.findings) ?? NO_FINDINGS;
  const srcClean = useCleanText(view.src.docId);
  const tgtClean = useCleanText(view.tgt.docId);
  const srcEdits = srcClean?.edits ?? NO_EDITS;
  const tgtEdits = tgtClean?.edits ?? NO_EDITS;
  const srcSentences = view.src.sentences;
  const tgtSentences = view.tgt.sentences;
  const { docId: srcDoc } = view.src;
  const { docId: tgtDoc } = view.tgt;
  const findings = useMemo<FindingsIndex>(
    () => ({
      src: findingsBySentence(
        srcSentences,
        all.filter((f) => f.docId === srcDoc),
        srcEdits,
      ),
      tgt: findingsBySentence(
        tgtSentences,
        all.filter((f) => f.docId === tgtDoc),
        tgtEdits,
      ),
    }),
    [all, srcDoc, tgtDoc, srcSentences, tgtSentences, srcEdits, tgtEdits],
  );
  const target = useWorkbench((s) => s.reveal);
  const reveal = useMemo(() => locateReveal(view, target, { src: srcEdits, tgt: tgtEdits }), [view, target, srcEdits, tgtEdits]);
  return { findings, reveal };
}
