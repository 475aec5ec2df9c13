// What the last import did: "5 documents imported, 2 refused — see why", with the reasons on demand.
import { useId, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { RejectedFilesList } from './RejectedFilesList.js';
import { BitextImportResult } from './BitextImportResult.js';

export function ImportResult() {
  return (
    <>
      <BitextImportResult />
      <DocumentsImportResult />
    </>
  );
}

function DocumentsImportResult() {
  const { t } = useT();
  const store = useStore();
  const report = useWorkbench((s) => s.lastImport);
  const [showWhy, setShowWhy] = useState(false);
  const listId = useId();
  if (!report) return null;

  const imported = t('import.result.imported', { count: report.imported.length });
  const refusedCount = report.rejected.length;
  return (
    <section className={`import-result ${refusedCount > 0 ? 'has-refused' : ''}`} aria-label={t('import.result.label')}>
      <p role="status">
        {refusedCount === 0 ? imported : t('import.result.withRefused', { imported, refused: t('import.result.refused', { count: refusedCount }) })}{' '}
        {refusedCount > 0 ? (
          <button type="button" className="link-button" aria-expanded={showWhy} aria-controls={listId} onClick={() => setShowWhy((v) => !v)}>
            {showWhy ? t('import.result.hideWhy') : t('import.result.seeWhy')}
          </button>
        ) : null}
      </p>
      <button
        type="button"
        className="icon-button"
        aria-label={t('import.result.dismiss')}
        title={t('import.result.dismiss')}
        onClick={() => {
          setShowWhy(false);
          store.dismissImport();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
      {showWhy && refusedCount > 0 ? <RejectedFilesList id={listId} files={report.rejected} /> : null}
    </section>
  );
}
