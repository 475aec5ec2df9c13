// The language in effect as a short code; a hand-set language is marked (shape and text, not only colour).
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { languageName } from '../../i18n/language-names.js';
import { bandOf } from './segment-mix.js';

export function LanguageBadge({ doc }: { doc: Pick<DocumentSummary, 'language' | 'detectedLanguage' | 'override'> }) {
  const { t, i18n } = useT();
  const name = (code: string) => languageName(t, i18n.language, code);
  const overridden = doc.override !== null;
  const title = overridden
    ? t('documents.badge.overridden', { language: name(doc.language), detected: name(doc.detectedLanguage) })
    : t('documents.badge.detected', { language: name(doc.language) });
  return (
    <span className={`lang-badge band-${bandOf(doc.language)} ${overridden ? 'is-override' : ''}`} title={title} aria-label={title} role="img">
      {doc.language}
      {overridden ? (
        <span aria-hidden="true" className="override-mark">
          ✎
        </span>
      ) : null}
    </span>
  );
}
