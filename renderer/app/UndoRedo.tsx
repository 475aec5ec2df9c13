// Undo / redo in the top bar, named after the change they would undo or redo (in the UI language).
import { useT } from '../i18n/index.js';
import { historyLabel } from '../features/pairs/op-labels.js';
import { shortcutText } from '../keyboard/key-labels.js';
import { isMacPlatform } from '../keyboard/shortcuts.js';
import { useStore, useWorkbench } from '../state/use-workbench.js';

export function UndoRedo() {
  const { t } = useT();
  const store = useStore();
  const history = useWorkbench((s) => s.snapshot?.history);
  if (!history) return null;
  const mac = isMacPlatform(navigator);
  const undoWhat = history.undoLabel ? historyLabel(t, history.undoLabel) : null;
  const redoWhat = history.redoLabel ? historyLabel(t, history.redoLabel) : null;
  const undo = undoWhat ? t('topBar.undoWhat', { what: undoWhat }) : t('topBar.undo');
  const redo = redoWhat ? t('topBar.redoWhat', { what: redoWhat }) : t('topBar.redo');
  return (
    <div className="undo-redo" role="group" aria-label={t('topBar.history')}>
      <button
        type="button"
        className="icon-button"
        disabled={!history.canUndo}
        aria-label={undo}
        title={t('pair.withKeys', { action: undo, keys: shortcutText(t, 'undo', mac) })}
        aria-keyshortcuts="Control+Z"
        data-testid="undo"
        onClick={() => void store.undo()}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!history.canRedo}
        aria-label={redo}
        title={t('pair.withKeys', { action: redo, keys: shortcutText(t, 'redo', mac) })}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        data-testid="redo"
        onClick={() => void store.redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
