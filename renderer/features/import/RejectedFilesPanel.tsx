// Files the project refused so far (from the snapshot), folded away until the editor opens it.
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { RejectedFilesList } from './RejectedFilesList.js';

export function RejectedFilesPanel() {
  const { t } = useT();
  const rejected = useWorkbench((s) => s.snapshot?.rejected);
  if (!rejected || rejected.length === 0) return null;
  return (
    <details className="rejected-panel">
      <summary>{t('import.rejected.title', { count: rejected.length })}</summary>
      <RejectedFilesList files={rejected} />
    </details>
  );
}
