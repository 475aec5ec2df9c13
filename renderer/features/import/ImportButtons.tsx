// "Add files…" and "Add folder…": the two explicit ways to import.
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { useImport } from './ImportProvider.js';
import { useBitextImport } from './BitextImportResult.js';

export function ImportButtons({ primary = false }: { primary?: boolean }) {
  const { t } = useT();
  const { addFiles, addFolder, openBitext } = useImport();
  const openingBitext = useBitextImport().state.state === 'reading';
  const busy = useWorkbench((s) => s.readingFiles);
  const kind = primary ? 'button primary' : 'button';
  return (
    <div className="import-buttons" role="group" aria-label={t('import.actions')}>
      <button type="button" className={kind} title={t('import.addFilesHint')} aria-keyshortcuts="Control+O" disabled={busy} onClick={addFiles}>
        {t('import.addFiles')}
      </button>
      <button type="button" className="button" title={t('import.addFolderHint')} aria-keyshortcuts="Control+Shift+O" disabled={busy} onClick={addFolder}>
        {t('import.addFolder')}
      </button>
      <button type="button" className="button" title={t('export.bitext.openHint')} disabled={busy || openingBitext} onClick={openBitext}>
        {t('export.bitext.open')}
      </button>
      {busy ? (
        <span className="import-reading" role="status">
          {t('import.reading')}
        </span>
      ) : null}
    </div>
  );
}
