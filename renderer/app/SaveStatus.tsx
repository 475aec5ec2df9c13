// "Saving…" while a change is on its way, "Saved" (with the time) once the project is on disk.
import { useT } from '../i18n/index.js';
import { formatTime } from '../i18n/format.js';
import { useWorkbench } from '../state/use-workbench.js';

export function SaveStatus() {
  const { t, i18n } = useT();
  const pending = useWorkbench((s) => s.pendingSaves);
  const savedAt = useWorkbench((s) => s.snapshot?.project.savedAt ?? null);
  const lost = useWorkbench((s) => s.sessionLost);
  // Never "Saved" once the server stopped listening to this page.
  if (lost)
    return (
      <span className="save-status is-lost" role="status" data-testid="save-status">
        {t('session.notSaved')}
      </span>
    );

  let text = t('topBar.noChanges');
  let title: string | undefined;
  if (pending > 0) text = t('topBar.saving');
  else if (savedAt) {
    text = t('topBar.saved');
    title = t('topBar.savedAt', { time: formatTime(i18n.language, savedAt) });
  }
  return (
    <span className={`save-status ${pending > 0 ? 'is-saving' : savedAt ? 'is-saved' : ''}`} role="status" title={title} data-testid="save-status">
      {text}
    </span>
  );
}
