// Project name, save state, running job, UI language and the keys overlay button.
import { FindingsToggle } from '../features/findings/FindingsToggle.js';
import { useT } from '../i18n/index.js';
import { useWorkbench } from '../state/use-workbench.js';
import { JobStatus } from './JobStatus.js';
import { SaveStatus } from './SaveStatus.js';
import { UndoRedo } from './UndoRedo.js';
import { UiLanguageSwitch } from './UiLanguageSwitch.js';

export function TopBar({ onShowKeys }: { onShowKeys: () => void }) {
  const { t } = useT();
  const projectName = useWorkbench((s) => s.snapshot?.project.name ?? '');
  return (
    <header className="top-bar" aria-label={t('topBar.label')}>
      <span className="app-name">{t('app.title')}</span>
      {projectName ? (
        <span className="project-name" title={t('topBar.project', { name: projectName })}>
          {projectName}
        </span>
      ) : null}
      <SaveStatus />
      <UndoRedo />
      <div className="top-bar-spacer" />
      <JobStatus />
      <FindingsToggle />
      <UiLanguageSwitch />
      <button
        type="button"
        className="icon-button keys-button"
        aria-label={t('topBar.keys')}
        title={t('topBar.keys')}
        aria-keyshortcuts="Shift+? F1"
        onClick={onShowKeys}
      >
        ?
      </button>
    </header>
  );
}
