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
  const step = (dir: 'undo' | 'redo') => {
    const label = dir === 'undo' ? history.undoLabel : history.redoLabel;
    const what = label ? historyLabel(t, label) : null;
    const name = dir === 'undo' ? (what ? t('topBar.undoWhat', { what }) : t('topBar.undo')) : what ? t('topBar.redoWhat', { what }) : t('topBar.redo');
    return { name, title: t('pair.withKeys', { action: name, keys: shortcutText(t, dir, mac) }) };
  };
  const undo = step('undo');
  const redo = step('redo');
  return (
    <div className="undo-redo" role="group" aria-label={t('topBar.history')}>
      <HistoryButton {...undo} glyph="↶" keys="Control+Z" testId="undo" enabled={history.canUndo} onPress={() => void store.undo()} />
      <HistoryButton {...redo} glyph="↷" keys="Control+Shift+Z Control+Y" testId="redo" enabled={history.canRedo} onPress={() => void store.redo()} />
    </div>
  );
}

function HistoryButton(p: { name: string; title: string; glyph: string; keys: string; testId: string; enabled: boolean; onPress: () => void }) {
  return (
    <button
      type="button"
      className="icon-button"
      disabled={!p.enabled}
      aria-label={p.name}
      title={p.title}
      aria-keyshortcuts={p.keys}
      data-testid={p.testId}
      onClick={p.onPress}
    >
      <span aria-hidden="true">{p.glyph}</span>
    </button>
  );
}
