// Refused files, each with the reason in the UI language next to its name.
import type { RejectedFile } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { errorText } from '../../i18n/error-text.js';
import { formatDateTime } from '../../i18n/format.js';

export function RejectedFilesList({ files, id }: { files: readonly RejectedFile[]; id?: string }) {
  const { t, i18n } = useT();
  return (
    <ul className="rejected-list" id={id} aria-label={t('import.rejected.listLabel')}>
      {files.map((f, i) => (
        <li key={`${f.name}-${f.at}-${i}`} title={t('import.rejected.at', { date: formatDateTime(i18n.language, f.at) })}>
          <span className="rejected-name">{f.name}</span>
          <span className="rejected-reason">{errorText(t, f.error)}</span>
        </li>
      ))}
    </ul>
  );
}
