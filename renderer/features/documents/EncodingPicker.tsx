// Re-read a legacy file with another encoding when its letters came out wrong.
import { useId } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { useStore } from '../../state/use-workbench.js';

/** Encodings editors meet in French/English news archives (WHATWG labels, which iconv-lite accepts). */
export const ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'macintosh', 'utf-16le', 'utf-16be'] as const;

export function EncodingPicker({ doc }: { doc: DocumentSummary }) {
  const { t } = useT();
  const store = useStore();
  const hintId = useId();
  const current = doc.encoding.toLowerCase();
  const options: string[] = ENCODINGS.includes(current as (typeof ENCODINGS)[number]) ? [...ENCODINGS] : [current, ...ENCODINGS];
  return (
    <div className="encoding-picker">
      <label>
        <span className="field-label">{t('detail.encoding')}</span>
        <select
          value={current}
          aria-label={t('detail.encodingLabel', { name: doc.name })}
          aria-describedby={hintId}
          onChange={(e) => void store.setEncoding(doc.id, e.currentTarget.value)}
        >
          {options.map((enc) => (
            <option key={enc} value={enc}>
              {enc === current ? t('detail.encodingDetected', { encoding: enc }) : enc}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="hint">
        {t('detail.encodingHint')}
      </p>
    </div>
  );
}
