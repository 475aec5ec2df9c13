// Choose the document's language by hand, or go back to the detected one.
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { languageName } from '../../i18n/language-names.js';

/** Offered codes: the project's two languages first, then the usual suspects of news wires, then "und". */
export const OVERRIDE_CODES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ar', 'und'] as const;

interface Props {
  doc: DocumentSummary;
  onChange: (language: string | null) => void;
  tabIndex?: number;
}

export function OverrideSelect({ doc, onChange, tabIndex }: Props) {
  const { t, i18n } = useT();
  const codes: string[] = [...OVERRIDE_CODES];
  if (doc.override && !codes.includes(doc.override)) codes.splice(codes.length - 1, 0, doc.override);
  return (
    <select
      className="override-select"
      value={doc.override ?? ''}
      tabIndex={tabIndex}
      aria-label={t('documents.override.label', { name: doc.name })}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    >
      <option value="">{t('documents.override.detected', { code: doc.detectedLanguage })}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {t('documents.override.option', { code, language: languageName(t, i18n.language, code) })}
        </option>
      ))}
    </select>
  );
}
