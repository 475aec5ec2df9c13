// What the Document view needs to show findings and fixes: the text mode, and a renderer for each
// text block. Without the cleaned text (not loaded yet, or out of step) blocks show plain text.
import { useCallback, useMemo, type ReactNode } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { MarkedText } from './MarkedText.js';
import type { TextMode } from './text-marks.js';
import { useCleanText } from './use-clean-text.js';
import { useFindings, useFindingsStore } from './use-findings.js';

export interface DocumentMarks {
  mode: TextMode;
  setMode: (m: TextMode) => void;
  renderBlock: ((b: { start: number; end: number; text: string; language: string }) => ReactNode) | undefined;
}

export function useDocumentMarks(detail: DocumentDetail | null, id: string): DocumentMarks {
  const findingsStore = useFindingsStore();
  const clean = useCleanText(id);
  const mode = useFindings((s) => s.textMode);
  const all = useFindings((s) => s.data?.findings);
  const reveal = useWorkbench((s) => (s.reveal?.docId === id ? s.reveal : null));
  const findings = useMemo(() => (all ?? []).filter((f) => f.docId === id), [all, id]);
  const setMode = useCallback((m: TextMode) => findingsStore.setTextMode(m), [findingsStore]);
  const choose = useCallback(
    (findingId: string) => {
      findingsStore.focusFinding(findingId);
      findingsStore.select(findingId);
    },
    [findingsStore],
  );
  const ready = detail !== null && clean !== null && clean.original === detail.text;
  const renderBlock = useMemo(() => {
    if (!ready || !detail) return undefined;
    const edits = clean.edits;
    return (b: { start: number; end: number; language: string }) => (
      <MarkedText
        text={detail.text}
        start={b.start}
        end={b.end}
        findings={findings}
        edits={edits}
        mode={mode}
        reveal={reveal}
        lang={b.language}
        onChooseFinding={choose}
      />
    );
  }, [ready, detail, clean, findings, mode, reveal, choose]);
  return { mode, setMode, renderBlock };
}
