// J / K / A / R / E while the findings panel is open, anywhere but in a text field or a dialog.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../keyboard/shortcuts.js';
import { matchFindingKey, type FindingKeyCommand } from './finding-keys.js';

export function useFindingKeys(handle: (command: FindingKeyCommand) => void): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const command = matchFindingKey(e, isTypingTarget(e.target), document.querySelector('dialog[open]') !== null);
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
