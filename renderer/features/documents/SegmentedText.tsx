// The document's text as plain React text nodes (never HTML), one block per language segment, each
// with its own lang attribute; paragraphs in another language are highlighted and labelled.
import { useEffect, useRef, type ReactNode } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { languageName } from '../../i18n/language-names.js';
import { textBlocks, type TextBlock } from './text-blocks.js';

interface Props {
  detail: DocumentDetail;
  /** Segment to scroll to and focus (coming from the foreign-segments list). */
  focusSegment?: number | undefined;
  /** Draws a block's text (findings and fixes marked); plain text when absent. */
  renderBlock?: ((b: TextBlock) => ReactNode) | undefined;
}

export function SegmentedText({ detail, focusSegment, renderBlock }: Props) {
  const { t, i18n } = useT();
  const focusRef = useRef<HTMLParagraphElement>(null);
  const blocks = textBlocks(detail);
  const foreignCount = blocks.filter((b) => b.foreign).length;

  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center' });
    focusRef.current?.focus({ preventScroll: true });
  }, [focusSegment, detail]);

  if (blocks.length === 0) return <p className="hint">{t('detail.empty')}</p>;
  return (
    <>
      {foreignCount > 0 ? <p className="hint">{t('detail.foreignCount', { count: foreignCount })}</p> : null}
      <article className="doc-text" lang={detail.summary.language} aria-label={t('detail.textLabel', { name: detail.summary.name })}>
        {blocks.map((b) => {
          const focused = b.segmentIndex >= 0 && b.segmentIndex === focusSegment;
          return (
            <p
              key={`${b.start}-${b.end}`}
              lang={b.language}
              className={`segment ${b.foreign ? 'is-foreign' : ''} ${focused ? 'is-target' : ''}`}
              data-segment={b.segmentIndex}
              ref={focused ? focusRef : undefined}
              tabIndex={focused ? -1 : undefined}
            >
              {b.foreign ? (
                <span className="foreign-marker" lang={i18n.language}>
                  {t('detail.foreignMarker', { language: languageName(t, i18n.language, b.language) })}
                </span>
              ) : null}
              {renderBlock ? renderBlock(b) : b.text}
            </p>
          );
        })}
      </article>
    </>
  );
}
