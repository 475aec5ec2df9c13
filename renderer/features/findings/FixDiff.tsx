// A fix shown as a diff: context, what goes (struck, red), what comes (underlined, green), context.
// The marks carry the meaning in shape as well as colour; screen readers get one plain sentence.
import { useT } from '../../i18n/index.js';
import { clipContext, fixDiff, showInvisible } from './finding-diff.js';

interface Props {
  context: { before: string; after: string };
  from: string;
  to: string;
  /** Characters of context each side (the list shows less than the detail). */
  contextChars?: number;
  lang?: string | undefined;
}

export function FixDiff({ context, from, to, contextChars = 50, lang }: Props) {
  const { t } = useT();
  const model = fixDiff(clipContext(context, contextChars), from, to);
  const summary = model.exclude ? t('findings.diff.excludeLabel', { text: from }) : t('findings.diff.replaceLabel', { from, to });
  return (
    <span className="fix-diff">
      <span className="sr-only">{summary}</span>
      <span className="fix-diff-text" aria-hidden="true" lang={lang}>
        <span className="diff-context">{model.before}</span>
        {model.parts.map((p, i) =>
          p.kind === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.kind === 'removed' ? (
            <del key={i} className="diff-removed">
              {showInvisible(p.text)}
            </del>
          ) : (
            <ins key={i} className="diff-added">
              {showInvisible(p.text)}
            </ins>
          ),
        )}
        <span className="diff-context">{model.after}</span>
      </span>
      {model.exclude ? (
        <span className="diff-exclude-note" aria-hidden="true">
          {t('findings.diff.exclude')}
        </span>
      ) : null}
    </span>
  );
}
