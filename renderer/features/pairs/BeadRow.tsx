// One bead of the Pair view: source side, link gutter, target side. Memoised on the bead object:
// a patch replaces only the beads it changes, so the other rows are not rendered again.
import { memo, useMemo } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import type { AlignedBead, CrossLink } from '../../../shared/alignment/beads.js';
import { useT } from '../../i18n/index.js';
import { describeBead } from './bead-describe.js';
import { beadPieces, type PairKind } from './bead-pieces.js';
import type { GridFocus } from './bead-commands.js';
import { LinkGutter } from './LinkGutter.js';
import type { Span } from './sentence-marks.js';
import { SideCell, type SideActions, type SideInfo } from './SideCell.js';

export interface CrossIndex {
  src: ReadonlyMap<number, readonly CrossLink[]>;
  tgt: ReadonlyMap<number, readonly CrossLink[]>;
}

/** Open findings per side, by sentence index (sentence coordinates). One object per change, so rows stay memoised. */
export interface FindingsIndex {
  src: ReadonlyMap<number, readonly FindingView[]>;
  tgt: ReadonlyMap<number, readonly FindingView[]>;
}

/** A span to show in a sentence (a finding chosen in the panel), in the sentence's coordinates. */
export interface SentenceReveal {
  side: 'src' | 'tgt';
  index: number;
  span: Span;
}

/** Where an edit or crossing-link mark is, by sentence index. */
export interface SentenceRef {
  side: 'src' | 'tgt';
  index: number;
}

interface Props {
  idPrefix: string;
  bead: AlignedBead;
  index: number;
  row: number;
  total: number;
  kind: PairKind;
  src: SideInfo;
  tgt: SideInfo;
  cross: CrossIndex;
  /** Only the active row gets these (others get null, so they stay memoised). */
  focus: GridFocus | null;
  editing: SentenceRef | null;
  marked: SentenceRef | null;
  findings: FindingsIndex;
  /** Only the row holding the revealed span gets it. */
  reveal: SentenceReveal | null;
  actions: SideActions;
  measure: (el: HTMLElement | null) => void;
}

export const cellId = (prefix: string, bead: number, side: 'src' | 'tgt') => `${prefix}-b${bead}-${side}`;

export const BeadRow = memo(function BeadRow(p: Props) {
  const { t, i18n } = useT();
  const { bead } = p;
  const srcTexts = useMemo(() => bead.src.map((i) => p.src.sentences[i]?.text ?? ''), [bead.src, p.src.sentences]);
  const tgtTexts = useMemo(() => bead.tgt.map((i) => p.tgt.sentences[i]?.text ?? ''), [bead.tgt, p.tgt.sentences]);
  const pieces = useMemo(() => beadPieces(p.kind, srcTexts, tgtTexts), [p.kind, srcTexts, tgtTexts]);
  const d = describeBead(t, i18n.language, bead, p.index, p.total);
  const infoId = `${p.idPrefix}-b${p.index}-info`;
  const active = p.focus !== null;
  const side = (s: 'src' | 'tgt') => {
    const editingAt = p.editing?.side === s ? bead[s].indexOf(p.editing.index) : -1;
    return (
      <SideCell
        id={cellId(p.idPrefix, p.index, s)}
        describedBy={infoId}
        kind={p.kind}
        bead={p.index}
        side={s}
        indices={bead[s]}
        pieces={pieces[s]}
        self={s === 'src' ? p.src : p.tgt}
        opposite={s === 'src' ? p.tgt : p.src}
        cross={p.cross[s]}
        focusedAt={p.focus?.side === s ? p.focus.sentence : -1}
        editingAt={editingAt}
        marked={p.marked?.side === s ? p.marked.index : -1}
        active={active}
        findings={p.findings[s]}
        reveal={p.reveal?.side === s ? p.reveal : null}
        actions={p.actions}
      />
    );
  };
  return (
    <div
      role="row"
      ref={p.measure}
      data-index={p.row}
      data-bead={p.index}
      data-testid="bead-row"
      aria-rowindex={p.index + 2}
      aria-selected={active}
      className={`bead-row band-${d.band} ${bead.confirmed ? 'is-confirmed' : ''} ${active ? 'is-active' : ''}`}
    >
      {side('src')}
      <LinkGutter bead={bead} band={d.band} value={d.value} label={d.label} tooltip={d.tooltip} infoId={infoId} />
      {side('tgt')}
    </div>
  );
});
