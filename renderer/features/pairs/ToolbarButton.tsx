// A toolbar button whose tooltip names its shortcut; pressing it keeps the keyboard in the grid.
// In a narrow toolbar the label is hidden visually (CSS container query) but stays the button's
// accessible name; the tooltip says what it does, a keyboard focus shows the label.
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
  /** Keep the visible label in a narrow toolbar (hidden only when it is narrower still). */
  keepLabel?: boolean;
  onClick: () => void;
  children?: ReactNode;
}

export function ToolbarButton({ label, icon, shortcut, hint, disabled, pressed, keepLabel, onClick }: Props) {
  const { t } = useT();
  const keys = shortcut ? shortcutText(t, shortcut, isMacPlatform(navigator)) : '';
  // The tooltip says in full what the short label means, as the `?` overlay does.
  const what = hint ?? (shortcut ? t(`keys.items.${shortcut}`) : label);
  const tip = keys ? t('pair.withKeys', { action: what, keys }) : what;
  return (
    <button
      type="button"
      className={`button small tool-button${keepLabel ? ' keeps-label' : ''}`}
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
