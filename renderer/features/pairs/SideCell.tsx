// One side of a bead: its sentences in their own language and direction (or the gap marker when
// the side is empty), the focused sentence, the inline editor, and crossing-link notes.
import type { FindingView, SentenceView } from '../../../shared/api/contract.js';
import type { CrossLink } from '../../../shared/alignment/beads.js';
import { useT } from '../../i18n/index.js';
import type { PairKind } from './bead-pieces.js';
import { other, type Side } from './bead-commands.js';
import { CrossLinkNote } from './CrossLinkNote.js';
import { SentenceEditor } from './SentenceEditor.js';
import { MarkedSentence } from './MarkedSentence.js';
import type { Span } from './sentence-marks.js';
import type { Piece } from './text-pieces.js';

export interface SideInfo {
  name: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  sentences: readonly SentenceView[];
}

export interface SideActions {
  pick(bead: number, side: Side, position: number): void;
  startEdit(bead: number, side: Side, position: number): void;
  saveEdit(side: Side, index: number, text: string): void;
  cancelEdit(): void;
  jump(side: Side, index: number): void;
  /** Selects a finding in the findings panel (a click on an underlined finding). */
  chooseFinding(id: string): void;
}

interface Props {
  id: string;
  describedBy: string;
  kind: PairKind;
  bead: number;
  side: Side;
  indices: readonly number[];
  pieces: readonly Piece[][];
  self: SideInfo;
  opposite: SideInfo;
  /** Crossing links by sentence of this side (other side's sentence indices). */
  cross: ReadonlyMap<number, readonly CrossLink[]>;
  /** Position of the focused sentence when the keyboard is on this side of this bead, else -1. */
  focusedAt: number;
  editingAt: number;
  /** Sentence index marked for a crossing link on this side, else -1. */
  marked: number;
  active: boolean;
  /** Open findings of this side by sentence index (sentence coordinates). */
  findings: ReadonlyMap<number, readonly FindingView[]> | undefined;
  /** The span to show, when it is in one of this cell's sentences. */
  reveal: { index: number; span: Span } | null;
  actions: SideActions;
}

export function SideCell(p: Props) {
  const { t } = useT();
  const focusCell = p.focusedAt >= 0;
  return (
    <div
      role="gridcell"
      id={p.id}
      aria-describedby={p.describedBy}
      aria-selected={focusCell}
      lang={p.self.lang}
      dir={p.self.dir}
      className={`side-cell side-${p.side} ${focusCell ? 'is-focus-cell' : ''} ${p.indices.length === 0 ? 'is-empty' : ''}`}
      onClick={p.indices.length === 0 ? () => p.actions.pick(p.bead, p.side, 0) : undefined}
    >
      {p.indices.length === 0 ? <span className="gap-placeholder">{t('pair.gap')}</span> : null}
      {p.indices.map((index, pos) => {
        const s = p.self.sentences[index];
        if (!s) return null;
        const links = p.cross.get(index) ?? [];
        return (
          <div
            key={index}
            className={`sentence ${pos === p.focusedAt ? 'is-focused' : ''} ${s.edited ? 'is-edited' : ''} ${index === p.marked ? 'is-marked' : ''}`}
            data-sentence={index}
            onClick={(e) => {
              e.stopPropagation();
              p.actions.pick(p.bead, p.side, pos);
            }}
            onDoubleClick={() => p.actions.startEdit(p.bead, p.side, pos)}
          >
            <span className="sentence-number" aria-hidden="true" title={t('pair.sentence', { n: index + 1 })}>
              {index + 1}
            </span>
            {pos === p.editingAt ? (
              <SentenceEditor text={s.text} number={index + 1} onSave={(text) => p.actions.saveEdit(p.side, index, text)} onCancel={p.actions.cancelEdit} />
            ) : (
              <span className="sentence-text">
                <MarkedSentence
                  text={s.text}
                  pieces={p.pieces[pos] ?? [{ text: s.text, kind: 'same' }]}
                  findings={p.findings?.get(index)}
                  reveal={p.reveal?.index === index ? p.reveal.span : null}
                  lang={p.self.lang}
                  tabbable={p.active}
                  onChooseFinding={p.actions.chooseFinding}
                />
              </span>
            )}
            {s.edited ? (
              <span className="edited-mark" title={t('pair.edited')}>
                <span aria-hidden="true">✎</span>
                <span className="sr-only">{t('pair.edited')}</span>
              </span>
            ) : null}
            {index === p.marked ? <span className="marked-mark">{t('pair.cross.markedShort')}</span> : null}
            {links.map((l) => {
              const linkedIndex = p.side === 'src' ? l.tgt : l.src;
              return (
                <CrossLinkNote
                  key={linkedIndex}
                  kind={p.kind}
                  text={s.text}
                  linkedText={p.opposite.sentences[linkedIndex]?.text ?? ''}
                  linkedSide={other(p.side)}
                  linkedIndex={linkedIndex}
                  linkedName={p.opposite.name}
                  linkedLang={p.opposite.lang}
                  linkedDir={p.opposite.dir}
                  tabbable={p.active}
                  onJump={p.actions.jump}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
