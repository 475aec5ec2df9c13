// The Pair view's grid: one virtualised row per bead (rows measure their own height), focus kept
// on the grid element with aria-activedescendant naming the focused cell, so it survives rows
// scrolling out of the DOM. Keys are matched here and handed to the view as commands.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { AlignmentView } from '../../../shared/api/contract.js';
import type { AlignedBead, CrossLink } from '../../../shared/alignment/beads.js';
import { usePixelStyle } from '../../components/use-pixel-style.js';
import { useT } from '../../i18n/index.js';
import { languageName } from '../../i18n/language-names.js';
import { matchPairKey, type PairKeyCommand } from '../../keyboard/pair-keys.js';
import { isTypingTarget } from '../../keyboard/shortcuts.js';
import { BeadRow, cellId, type CrossIndex, type FindingsIndex, type SentenceRef, type SentenceReveal } from './BeadRow.js';
import type { GridFocus } from './bead-commands.js';
import { beadAt, rowOf } from './grid-nav.js';
import { textDirection } from './pair-names.js';
import type { SideActions, SideInfo } from './SideCell.js';

const ESTIMATED_ROW = 72;

interface Props {
  view: AlignmentView;
  /** Bead indices shown (the "doubtful only" filter), or null for all. */
  rows: readonly number[] | null;
  focus: GridFocus;
  editing: (SentenceRef & { bead: number }) | null;
  marked: SentenceRef | null;
  findings: FindingsIndex;
  reveal: SentenceReveal | null;
  /** Changes when the focused bead must be scrolled into view again (a finding revealed there). */
  scrollKey: number;
  actions: SideActions;
  gridRef: RefObject<HTMLDivElement | null>;
  onKey: (cmd: PairKeyCommand, pageSize: number) => boolean;
}

/** Stable across merges and splits of other beads: no two beads share a first sentence. */
const beadKey = (b: AlignedBead | undefined, i: number) => (b ? `${b.src[0] ?? ''}|${b.tgt[0] ?? ''}` : i);

function crossIndex(links: readonly CrossLink[]): CrossIndex {
  const src = new Map<number, CrossLink[]>();
  const tgt = new Map<number, CrossLink[]>();
  for (const l of links) {
    src.set(l.src, [...(src.get(l.src) ?? []), l]);
    tgt.set(l.tgt, [...(tgt.get(l.tgt) ?? []), l]);
  }
  return { src, tgt };
}

function useSideInfo(side: AlignmentView['src']): SideInfo {
  return useMemo(() => ({ name: side.name, lang: side.language, dir: textDirection(side.language), sentences: side.sentences }), [side]);
}

export function AlignmentGrid({ view, rows, focus, editing, marked, findings, reveal, scrollKey, actions, gridRef, onKey }: Props) {
  const { t, i18n } = useT();
  const idPrefix = useId().replace(/:/g, '');
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const { beads } = view;
  const count = rows ? rows.length : beads.length;
  const src = useSideInfo(view.src);
  const tgt = useSideInfo(view.tgt);
  const cross = useMemo(() => crossIndex(view.crossLinks), [view.crossLinks]);
  const kind = view.pair.kind;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    getItemKey: (r) => beadKey(beads[beadAt(r, rows)], r),
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  usePixelStyle(canvasRef, 'padding-top', padTop);
  usePixelStyle(canvasRef, 'padding-bottom', padBottom);

  const activeRow = rowOf(focus.bead, rows);
  // Keep the focused bead in view when the focus moves or the list changes under it. Row heights
  // are estimates until measured, so the virtualizer only brings the row into the DOM; the row
  // itself then scrolls exactly into view.
  // A bead shown for a finding is centred; keyboard moves only scroll as far as needed.
  const pendingScroll = useRef<ScrollLogicalPosition | null>(null);
  const lastScrollKey = useRef(scrollKey);
  useEffect(() => {
    if (count === 0) return;
    const block: ScrollLogicalPosition = lastScrollKey.current !== scrollKey ? 'center' : 'nearest';
    lastScrollKey.current = scrollKey;
    const row = scrollRef.current?.querySelector(`[data-bead="${focus.bead}"]`);
    if (row) row.scrollIntoView({ block });
    else {
      pendingScroll.current = block;
      virtualizer.scrollToIndex(activeRow, { align: block === 'center' ? 'center' : 'auto' });
    }
  }, [activeRow, focus.bead, count, virtualizer, scrollKey]);
  useLayoutEffect(() => {
    if (!pendingScroll.current) return;
    const row = scrollRef.current?.querySelector(`[data-bead="${focus.bead}"]`);
    if (!row) return;
    const block = pendingScroll.current;
    pendingScroll.current = null;
    row.scrollIntoView({ block });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.nativeEvent.isComposing || isTypingTarget(e.target)) return;
    // Buttons inside rows (crossing-link jumps) keep their own Enter and Space.
    if (e.target !== e.currentTarget && (e.key === 'Enter' || e.key === ' ')) return;
    const cmd = matchPairKey(e);
    if (!cmd) return;
    const height = scrollRef.current?.clientHeight ?? ESTIMATED_ROW * 8;
    const pageSize = Math.max(1, Math.floor(height / ESTIMATED_ROW) - 1);
    if (onKey(cmd, pageSize)) e.preventDefault();
  };

  const language = (code: string) => languageName(t, i18n.language, code);
  const activeBead = beads[focus.bead];
  const activeCell = activeBead && rows?.includes(focus.bead) !== false ? cellId(idPrefix, focus.bead, focus.side) : undefined;
  const contains = (b: AlignedBead, r: SentenceRef | null) => (r && b[r.side].includes(r.index) ? r : null);

  return (
    <div
      ref={gridRef}
      role="grid"
      tabIndex={0}
      className="pair-grid"
      aria-label={t('pair.gridLabel', { a: view.src.name, b: view.tgt.name })}
      aria-rowcount={beads.length + 1}
      aria-colcount={3}
      aria-activedescendant={activeCell}
      aria-keyshortcuts="ArrowUp ArrowDown Control+ArrowUp Control+ArrowDown Control+Enter Control+L Space Control+Space N Enter"
      onKeyDown={onKeyDown}
      data-testid="pair-grid"
    >
      <div role="rowgroup" className="pair-grid-head">
        <div role="row" aria-rowindex={1} className="bead-row bead-row-head">
          <div role="columnheader" className="pair-col-head" lang={src.lang} title={view.src.name}>
            {t('pair.columnHeading', { name: view.src.name, language: language(view.src.language) })}
          </div>
          <div role="columnheader" className="pair-col-head link-head">
            {t('pair.linkColumn')}
          </div>
          <div role="columnheader" className="pair-col-head" lang={tgt.lang} title={view.tgt.name}>
            {t('pair.columnHeading', { name: view.tgt.name, language: language(view.tgt.language) })}
          </div>
        </div>
      </div>
      <div role="rowgroup" className="pair-grid-body" ref={scrollRef}>
        <div ref={canvasRef} className="pair-grid-canvas">
          {items.map((item) => {
            const index = beadAt(item.index, rows);
            const bead = beads[index]!;
            const active = index === focus.bead;
            return (
              <BeadRow
                key={item.key}
                idPrefix={idPrefix}
                bead={bead}
                index={index}
                row={item.index}
                total={beads.length}
                kind={kind}
                src={src}
                tgt={tgt}
                cross={cross}
                focus={active ? focus : null}
                editing={editing && editing.bead === index ? editing : null}
                marked={contains(bead, marked)}
                findings={findings}
                reveal={reveal && bead[reveal.side].includes(reveal.index) ? reveal : null}
                actions={actions}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
