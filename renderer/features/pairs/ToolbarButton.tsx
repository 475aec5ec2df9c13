// A toolbar button whose tooltip names its shortcut; pressing it keeps the keyboard in the grid.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.js';
import { shortcutText } from '../../keyboard/key-labels.js';
import { isMacPlatform, type ShortcutHelp } from '../../keyboard/shortcuts.js';

interface Props {
  label: string;
  icon: string;
  shortcut?: ShortcutHelp['id'];
  /** A longer explanation for the tooltip, when the label alone is terse. */
  hint?: string;
  disabled?: boolean;
  pressed?: boolean;
  onClick: () => void;
  children?: ReactNode;
}

export function ToolbarButton({ label, icon, shortcut, hint, disabled, pressed, onClick }: Props) {
  const { t } = useT();
  const keys = shortcut ? shortcutText(t, shortcut, isMacPlatform(navigator)) : '';
  // The tooltip says in full what the short label means, as the `?` overlay does.
  const what = hint ?? (shortcut ? t(`keys.items.${shortcut}`) : label);
  const tip = keys ? t('pair.withKeys', { action: what, keys }) : what;
  return (
    <button
      type="button"
      className="button small tool-button"
      title={tip}
      aria-keyshortcuts={keys ? keys.replace(/ \/ /g, ' ') : undefined}
      aria-pressed={pressed}
      disabled={disabled}
      // The grid keeps the focus (and its focused bead) when a button is clicked with the mouse.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true" className="tool-icon">
        {icon}
      </span>
      <span className="tool-label">{label}</span>
    </button>
  );
}
