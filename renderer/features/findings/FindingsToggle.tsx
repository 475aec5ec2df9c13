// Top-bar button that shows or hides the findings panel, with the number of open findings.
import { useMemo } from 'react';
import { useT } from '../../i18n/index.js';
import { shortcutText } from '../../keyboard/key-labels.js';
import { isMacPlatform } from '../../keyboard/shortcuts.js';
import { useFindings, useFindingsStore } from './use-findings.js';

export function FindingsToggle() {
  const { t } = useT();
  const store = useFindingsStore();
  const open = useFindings((s) => s.panelOpen);
  const findings = useFindings((s) => s.data?.findings);
  const count = useMemo(() => (findings ?? []).filter((f) => f.status === 'open').length, [findings]);
  return (
    <button
      type="button"
      className="button findings-toggle"
      aria-pressed={open}
      aria-controls="findings-panel"
      aria-keyshortcuts="Control+Shift+K"
      title={t('pair.withKeys', { action: t('keys.items.toggleFindings'), keys: shortcutText(t, 'toggleFindings', isMacPlatform(navigator)) })}
      onClick={() => store.setPanelOpen(!open)}
      data-testid="findings-toggle"
    >
      {t('findings.toggle', { count })}
    </button>
  );
}
