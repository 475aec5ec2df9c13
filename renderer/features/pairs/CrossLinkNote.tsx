// A crossing link under a sentence: the linked sentence from the other side (with the word diff
// for two versions), in its own language, and a button that jumps to it.
import { useMemo } from 'react';
import { useT } from '../../i18n/index.js';
import { anchorPieces, findAnchors } from './anchors.js';
import type { PairKind } from './bead-pieces.js';
import type { Side } from './bead-commands.js';
import { SentenceText } from './SentenceText.js';
import type { Piece } from './text-pieces.js';
import { unifiedDiff } from './word-diff.js';

interface Props {
  kind: PairKind;
  /** This sentence's text and the linked one's. */
  text: string;
  linkedText: string;
  linkedSide: Side;
  linkedIndex: number;
  linkedName: string;
  linkedLang: string;
  linkedDir: 'ltr' | 'rtl';
  /** Only the focused row's buttons are in the Tab order. */
  tabbable: boolean;
  onJump: (side: Side, index: number) => void;
}

export function CrossLinkNote({ kind, text, linkedText, linkedSide, linkedIndex, linkedName, linkedLang, linkedDir, tabbable, onJump }: Props) {
  const { t } = useT();
  const n = linkedIndex + 1;
  const pieces = useMemo<Piece[]>(() => {
    if (kind === 'version') return unifiedDiff(text, linkedText) ?? [{ text: linkedText, kind: 'same' }];
    return anchorPieces(linkedText, findAnchors([text], [linkedText]));
  }, [kind, text, linkedText]);
  return (
    <span className="cross-note" data-testid="cross-note">
      <span className="cross-note-head">
        <span aria-hidden="true" className="cross-glyph">
          ⤨
        </span>
        {t('pair.cross.label', { n, name: linkedName })}
        <button
          type="button"
          className="link-button cross-jump"
          tabIndex={tabbable ? 0 : -1}
          onClick={(e) => {
            // The sentence around would otherwise take the click and put the focus back here.
            e.stopPropagation();
            onJump(linkedSide, linkedIndex);
          }}
        >
          {t('pair.cross.jump', { n })}
        </button>
      </span>
      <span className="cross-note-text" lang={kind === 'version' ? undefined : linkedLang} dir={linkedDir}>
        <SentenceText pieces={pieces} unified={kind === 'version'} />
      </span>
    </span>
  );
}
