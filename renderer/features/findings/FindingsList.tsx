// The findings as a virtualised list box (thousands stay fast). Selection is the panel's; this
// component draws the rows and keeps the selected one in view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import { usePixelStyle } from '../../components/use-pixel-style.js';
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { FindingItem } from './FindingItem.js';

/** Must match .finding-item height in findings.css. */
export const FINDING_ROW_HEIGHT = 58;

interface Props {
  findings: readonly FindingView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Bumped when the keyboard moved the selection: focus follows it into the list. */
  focusSeq: number;
}

export function FindingsList({ findings, selectedId, onSelect, focusSeq }: Props) {
  const { t } = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const docs = useWorkbench((s) => s.snapshot?.documents);
  const langOf = (id: string) => docs?.find((d) => d.id === id)?.language;

  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => FINDING_ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => findings[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  usePixelStyle(canvasRef, 'padding-top', items[0]?.start ?? 0);
  usePixelStyle(canvasRef, 'padding-bottom', Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)));

  const selectedIndex = findings.findIndex((f) => f.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // After J/K (or ↑/↓ in the list) the focus moves with the selection — only if it was in the list.
  const lastFocusSeq = useRef(focusSeq);
  useEffect(() => {
    if (focusSeq === lastFocusSeq.current || !selectedId) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(selectedId)}"]`);
    if (row && scrollRef.current?.contains(document.activeElement)) {
      lastFocusSeq.current = focusSeq;
      row.focus({ preventScroll: true });
    } else if (row) lastFocusSeq.current = focusSeq;
  });

  return (
    <div
      ref={scrollRef}
      className="findings-list"
      role="listbox"
      aria-label={t('findings.listLabel', { count: findings.length })}
      tabIndex={selectedIndex >= 0 ? -1 : 0}
      data-testid="findings-list"
    >
      <div ref={canvasRef}>
        {items.map((item) => {
          const f = findings[item.index]!;
          return <FindingItem key={f.id} finding={f} selected={f.id === selectedId} lang={langOf(f.docId)} onSelect={onSelect} />;
        })}
      </div>
    </div>
  );
}
