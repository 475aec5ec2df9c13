// A sentence's runs as text nodes: differing words in <del>/<ins> and anchors in <mark>. What a
// highlight means is said to screen readers by hidden CSS-generated text (data-sr-* attributes):
// unlike hidden spans it is not copied with the sentence when the editor selects and copies it.
import type { Piece } from './text-pieces.js';
import { useT } from '../../i18n/index.js';
import { hasInlineCodes, InlineCodes } from '../../components/InlineCodes.js';

interface Props {
  pieces: readonly Piece[];
  /** In a unified diff both kinds show in one text and are named after the sentence they come from. */
  unified?: boolean;
}

export function SentenceText({ pieces, unified = false }: Props) {
  const { t } = useT();
  return (
    <>
      {pieces.map((p, i) => {
        // Inline codes of an imported bilingual file show as tags (InlineCodes).
        if (p.kind === 'same') return hasInlineCodes(p.text) ? <InlineCodes key={i} text={p.text} /> : p.text;
        if (p.kind === 'anchor')
          return (
            <mark key={i} className="anchor" title={t('pair.anchor')}>
              {p.text}
            </mark>
          );
        const start = unified ? (p.kind === 'removed' ? t('pair.diff.removed') : t('pair.diff.added')) : t('pair.diff.onlyHere');
        const end = t('pair.diff.end');
        return p.kind === 'removed' ? (
          <del key={i} className="diff-removed" data-sr-start={start} data-sr-end={end}>
            {p.text}
          </del>
        ) : (
          <ins key={i} className="diff-added" data-sr-start={start} data-sr-end={end}>
            {p.text}
          </ins>
        );
      })}
    </>
  );
}
